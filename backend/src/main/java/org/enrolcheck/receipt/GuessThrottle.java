package org.enrolcheck.receipt;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Wrong verification codes per client address, counted in PostgreSQL so every replica sees the same
 * lock: {@value #LIMIT} wrong codes within {@value #WINDOW_MINUTES} minutes lock the address for
 * {@value #WINDOW_MINUTES} minutes. With 31^16 possible codes this leaves guessing hopeless, while a
 * campus NAT's honest employers, who type real codes, are not counted at all.
 */
@Component
class GuessThrottle {

	static final int LIMIT = 10;

	static final int WINDOW_MINUTES = 10;

	private final DatabaseClient db;

	GuessThrottle(DatabaseClient db) {
		this.db = db;
	}

	static String key(@Nullable String ip) {
		return "ip:" + (ip == null ? "unknown" : ip);
	}

	/** Seconds the key stays locked; zero when it is not. */
	Mono<Long> lockedFor(String key) {
		return db.sql("""
				SELECT ceil(extract(epoch FROM locked_until - now()))::bigint FROM verification_throttle
				WHERE key = :key AND locked_until > now()""")
			.bind("key", key)
			.map(row -> Math.max(1, row.get(0, Long.class)))
			.one()
			.defaultIfEmpty(0L);
	}

	/** Counts a wrong code; the {@value #LIMIT}th in a window locks the key and starts a new window. */
	Mono<Void> wrong(String key) {
		return db.sql("""
				INSERT INTO verification_throttle AS t (key, failures, window_started_at) VALUES (:key, 1, now())
				ON CONFLICT (key) DO UPDATE SET
				  failures = CASE WHEN t.window_started_at < now() - make_interval(mins => :window) THEN 1
				                  ELSE t.failures + 1 END,
				  window_started_at = CASE WHEN t.window_started_at < now() - make_interval(mins => :window) THEN now()
				                           ELSE t.window_started_at END""")
			.bind("key", key).bind("window", WINDOW_MINUTES).fetch().rowsUpdated()
			.then(db.sql("""
					UPDATE verification_throttle SET failures = 0, window_started_at = now(),
					  locked_until = now() + make_interval(mins => :window)
					WHERE key = :key AND failures >= :limit""")
				.bind("key", key).bind("window", WINDOW_MINUTES).bind("limit", LIMIT).fetch().rowsUpdated())
			.then();
	}

}
