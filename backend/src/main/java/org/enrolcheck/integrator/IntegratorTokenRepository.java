package org.enrolcheck.integrator;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import io.r2dbc.spi.Readable;
import org.enrolcheck.graphql.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL of the integrator_token table. */
@Repository
class IntegratorTokenRepository {

	private static final String COLUMNS = """
			id, institution_id, name, token_prefix, scopes, expires_at, created_at, revoked_at, last_used_at""";

	private final DatabaseClient db;

	IntegratorTokenRepository(DatabaseClient db) {
		this.db = db;
	}

	Mono<Long> insert(long institutionId, String name, String secret, List<IntegratorScope> scopes, Instant expiresAt,
			String createdBy) {
		return db.sql("""
				INSERT INTO integrator_token (institution_id, name, token_hash, token_prefix, scopes, expires_at, created_by)
				VALUES (:institution, :name, :hash, :prefix, :scopes, :expires, :by) RETURNING id""")
			.bind("institution", institutionId)
			.bind("name", name)
			.bind("hash", ApiTokenSecrets.hash(secret))
			.bind("prefix", secret.substring(0, ApiTokenSecrets.PREFIX_LENGTH))
			.bind("scopes", scopes.stream().map(IntegratorScope::scope).toArray(String[]::new))
			.bind("expires", expiresAt.atOffset(ZoneOffset.UTC))
			.bind("by", createdBy)
			.map(row -> row.get(0, Long.class))
			.one();
	}

	Mono<IntegratorToken> find(long id, long institutionId) {
		return db.sql("SELECT " + COLUMNS + " FROM integrator_token WHERE id = :id AND institution_id = :institution")
			.bind("id", id).bind("institution", institutionId)
			.map(IntegratorTokenRepository::token)
			.one();
	}

	/** The token a presented secret hashes to, live or not (the caller decides). */
	Mono<IntegratorToken> byHash(byte[] hash) {
		return db.sql("SELECT " + COLUMNS + " FROM integrator_token WHERE token_hash = :hash")
			.bind("hash", hash)
			.map(IntegratorTokenRepository::token)
			.one();
	}

	Flux<IntegratorToken> page(long institutionId, Paging paging) {
		return db.sql("SELECT " + COLUMNS + """
				 FROM integrator_token
				WHERE institution_id = :institution AND id > :after
				ORDER BY id LIMIT :limit""")
			.bind("institution", institutionId)
			.bind("after", paging.firstPage() ? 0L : paging.afterLong("id"))
			.bind("limit", paging.limit() + 1)
			.map(IntegratorTokenRepository::token)
			.all();
	}

	/** Revokes once: 1 when this call revoked it, 0 when it already was. */
	Mono<Long> revoke(long id, String by) {
		return db.sql("UPDATE integrator_token SET revoked_at = now(), revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
			.bind("id", id).bind("by", by)
			.fetch().rowsUpdated();
	}

	/**
	 * Records a use, at most once a minute per token: the condition makes concurrent requests write
	 * one row version between them, and the API path no write at all most of the time.
	 */
	Mono<Long> touch(long id) {
		return db.sql("""
				UPDATE integrator_token SET last_used_at = now()
				WHERE id = :id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')""")
			.bind("id", id)
			.fetch().rowsUpdated();
	}

	private static IntegratorToken token(Readable row) {
		List<IntegratorScope> scopes = Arrays.stream(row.get("scopes", String[].class))
			.map(IntegratorScope::ofScope)
			.flatMap(java.util.Optional::stream)
			.toList();
		return new IntegratorToken(row.get("id", Long.class), row.get("institution_id", Long.class),
				row.get("name", String.class), row.get("token_prefix", String.class), scopes,
				instant(row.get("expires_at", OffsetDateTime.class)), instant(row.get("created_at", OffsetDateTime.class)),
				instant(row.get("revoked_at", OffsetDateTime.class)), instant(row.get("last_used_at", OffsetDateTime.class)));
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

}
