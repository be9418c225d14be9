package org.enrolcheck.db;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes creating mutations safe to retry: the first request with a key creates, a retry with the
 * same key and the same request gets the first result, and the same key with another request is
 * refused. Call it inside the create's transaction: the advisory lock holds concurrent retries of
 * one key until the first has committed.
 */
@Component
public class IdempotencyKeys {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final DatabaseClient db;

	IdempotencyKeys(DatabaseClient db) {
		this.db = db;
	}

	/** What a key says about a request. */
	public sealed interface Claim {

		/** Never seen: create, then {@link #remember}. */
		record Fresh() implements Claim {
		}

		/** Seen with this very request: return what it created. */
		record Replay(long resultId) implements Claim {
		}

		/** Seen with a different request. */
		record Reused() implements Claim {
		}

	}

	public Mono<Claim> claim(String actor, String key, String operation, byte[] requestHash) {
		return db.sql("SELECT pg_advisory_xact_lock(hashtext(:actor || '/' || :key))")
			.bind("actor", actor).bind("key", key).fetch().rowsUpdated()
			.then(db.sql("SELECT operation, request_hash, result_id FROM idempotency_key WHERE actor = :actor AND key = :key")
				.bind("actor", actor).bind("key", key)
				.map(row -> operation.equals(row.get("operation", String.class))
						&& Arrays.equals(requestHash, row.get("request_hash", byte[].class))
								? (Claim) new Claim.Replay(row.get("result_id", Long.class)) : new Claim.Reused())
				.one())
			.defaultIfEmpty(new Claim.Fresh());
	}

	public Mono<Void> remember(String actor, String key, String operation, byte[] requestHash, long resultId) {
		return db.sql("INSERT INTO idempotency_key (actor, key, operation, request_hash, result_id)"
				+ " VALUES (:actor, :key, :operation, :hash, :result)")
			.bind("actor", actor).bind("key", key).bind("operation", operation).bind("hash", requestHash)
			.bind("result", resultId)
			.then();
	}

	/** A stable fingerprint of a request (its JSON form, which for records follows component order). */
	public static byte[] fingerprint(Object request) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
