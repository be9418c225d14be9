package org.enrolcheck.receipt;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Wrong verification codes per client address, counted in PostgreSQL so every replica sees the same
 * lock: {@value #LIMIT} wrong codes within {@value #WINDOW_MINUTES} minutes lock the address for
 * {@value #WINDOW_MINUTES} minutes. Each look-up takes its slot before it runs (one atomic upsert), so
 * a burst of parallel guesses gets no more than the limit either; a code that turns out right gives
 * its slot back, so honest employers typing real codes behind a campus NAT are not counted.
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

	/** A slot for one look-up: its number in the window, or empty when the key is locked. */
	Mono<Integer> take(String key) {
		return db.sql("""
				INSERT INTO verification_throttle AS t (key, failures, window_started_at) VALUES (:key, 1, now())
				ON CONFLICT (key) DO UPDATE SET
				  failures = CASE WHEN t.window_started_at < now() - make_interval(mins => :window) THEN 1
				                  ELSE t.failures + 1 END,
				  window_started_at = CASE WHEN t.window_started_at < now() - make_interval(mins => :window) THEN now()
				                           ELSE t.window_started_at END
				WHERE t.locked_until IS NULL OR t.locked_until <= now()
				RETURNING failures""")
			.bind("key", key).bind("window", WINDOW_MINUTES)
			.map(row -> row.get(0, Integer.class))
			.one()
			.flatMap(slot -> slot > LIMIT ? lock(key).then(Mono.<Integer>empty()) : Mono.just(slot));
	}

	/** The look-up found a code: its slot is given back. */
	Mono<Void> found(String key) {
		return db.sql("UPDATE verification_throttle SET failures = greatest(failures - 1, 0) WHERE key = :key")
			.bind("key", key).then();
	}

	/** The look-up found nothing: the last slot of the window locks the key. */
	Mono<Void> missed(String key, int slot) {
		return slot >= LIMIT ? lock(key) : Mono.empty();
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

	private Mono<Void> lock(String key) {
		return db.sql("""
				UPDATE verification_throttle SET failures = 0, window_started_at = now(),
				  locked_until = now() + make_interval(mins => :window)
				WHERE key = :key AND (locked_until IS NULL OR locked_until <= now())""")
			.bind("key", key).bind("window", WINDOW_MINUTES).then();
	}

}
