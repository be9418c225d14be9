package org.enrolcheck.account;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.enrolcheck.privacy.PersonalDataCipher;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Failed-login counters in PostgreSQL, so every replica sees the same lock. A key (an account, an
 * unknown identifier or an IP) that fails {@code limit} times within 15 minutes is locked for one
 * minute, then two, four … up to 30 minutes for each further lock-out. An IP gets a higher limit
 * than an account: a campus NAT puts many honest students behind one address.
 */
@Component
class LoginThrottle {

	static final int ACCOUNT_LIMIT = 5;

	static final int IP_LIMIT = 20;

	private final DatabaseClient db;

	private final PersonalDataCipher cipher;

	LoginThrottle(DatabaseClient db, PersonalDataCipher cipher) {
		this.db = db;
		this.cipher = cipher;
	}

	/**
	 * An identifier that names no account is counted too, so probing it looks like a real account.
	 * It may be a phone or ID number, so the key holds its blind index, not the text.
	 */
	Key identifier(String identifier) {
		byte[] index = cipher.blindIndex("login_throttle.identifier", identifier.strip().toLowerCase(Locale.ROOT));
		return new Key("identifier:" + HexFormat.of().formatHex(index), ACCOUNT_LIMIT);
	}

	/** A throttle key and the failures it tolerates. */
	record Key(String name, int limit) {

		static Key account(long id) {
			return new Key("account:" + id, ACCOUNT_LIMIT);
		}


		static Key ip(String ip) {
			return new Key("ip:" + ip, IP_LIMIT);
		}

	}

	/** How long the longest lock of these keys still lasts; zero when none is locked. */
	Mono<Duration> remainingLock(List<Key> keys) {
		return db.sql("""
				SELECT coalesce(ceil(extract(epoch FROM max(locked_until) - now())), 0)::bigint
				FROM login_throttle WHERE key = ANY(:keys) AND locked_until > now()""")
			.bind("keys", keys.stream().map(Key::name).toArray(String[]::new))
			.map(row -> Duration.ofSeconds(Math.max(0, row.get(0, Long.class))))
			.one()
			.defaultIfEmpty(Duration.ZERO);
	}

	/** Counts a failure against every key and locks those that reached their limit. */
	Mono<Void> failed(List<Key> keys) {
		return Flux.fromIterable(keys).concatMap(this::failed).then();
	}

	private Mono<Long> failed(Key key) {
		Mono<Long> counted = db.sql("""
				INSERT INTO login_throttle AS t (key, failures, window_started_at) VALUES (:key, 1, now())
				ON CONFLICT (key) DO UPDATE SET
				  failures = CASE WHEN t.window_started_at < now() - interval '15 minutes' THEN 1 ELSE t.failures + 1 END,
				  window_started_at = CASE WHEN t.window_started_at < now() - interval '15 minutes' THEN now()
				                           ELSE t.window_started_at END""")
			.bind("key", key.name()).fetch().rowsUpdated();
		Mono<Long> locked = db.sql("""
				UPDATE login_throttle SET failures = 0, window_started_at = now(), lockouts = lockouts + 1,
				  locked_until = now() + least(interval '1 minute' * power(2, least(lockouts, 10)), interval '30 minutes')
				WHERE key = :key AND failures >= :limit""")
			.bind("key", key.name()).bind("limit", key.limit()).fetch().rowsUpdated();
		return counted.then(locked);
	}

	/** A good password clears the account's counter; an IP's stays, or one own account could reset it. */
	Mono<Void> succeeded(Key account) {
		return db.sql("DELETE FROM login_throttle WHERE key = :key").bind("key", account.name()).then();
	}

}
