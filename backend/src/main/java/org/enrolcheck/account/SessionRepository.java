package org.enrolcheck.account;

import java.time.OffsetDateTime;
import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL of sessions (refresh-token families) and their hashed tokens. */
@Repository
class SessionRepository {

	private final DatabaseClient db;

	SessionRepository(DatabaseClient db) {
		this.db = db;
	}

	Mono<Long> open(long accountId, ClientInfo client) {
		return db.sql("INSERT INTO account_session (account_id, ip, user_agent) VALUES (:account, :ip, :agent) RETURNING id")
			.bind("account", accountId)
			.bind("ip", Parameter.fromOrEmpty(client.ip(), String.class))
			.bind("agent", Parameter.fromOrEmpty(client.userAgent(), String.class))
			.map(row -> row.get(0, Long.class))
			.one();
	}

	Mono<Void> addToken(long sessionId, String token) {
		return db.sql("INSERT INTO refresh_token (token_hash, session_id) VALUES (:hash, :session)")
			.bind("hash", RefreshTokens.hash(token))
			.bind("session", sessionId)
			.then();
	}

	/** What a presented token points at, locked against a concurrent rotation of the same token. */
	record Presented(long sessionId, long accountId, boolean spent, boolean revoked) {
	}

	Mono<Presented> presented(String token) {
		return db.sql("""
				SELECT t.session_id, s.account_id, t.used_at IS NOT NULL AS spent,
				       s.revoked_at IS NOT NULL OR s.last_used_at < now() - interval '30 days' AS revoked
				FROM refresh_token t JOIN account_session s ON s.id = t.session_id
				WHERE t.token_hash = :hash
				FOR UPDATE OF t, s""")
			.bind("hash", RefreshTokens.hash(token))
			.map(row -> new Presented(row.get("session_id", Long.class), row.get("account_id", Long.class),
					Boolean.TRUE.equals(row.get("spent", Boolean.class)), Boolean.TRUE.equals(row.get("revoked", Boolean.class))))
			.one();
	}

	Mono<Void> spend(String token, long sessionId, ClientInfo client) {
		Mono<Long> spent = db.sql("UPDATE refresh_token SET used_at = now() WHERE token_hash = :hash")
			.bind("hash", RefreshTokens.hash(token)).fetch().rowsUpdated();
		Mono<Long> touched = db.sql("""
				UPDATE account_session SET last_used_at = now(), ip = coalesce(:ip, ip), user_agent = coalesce(:agent, user_agent)
				WHERE id = :id""")
			.bind("ip", Parameter.fromOrEmpty(client.ip(), String.class))
			.bind("agent", Parameter.fromOrEmpty(client.userAgent(), String.class))
			.bind("id", sessionId)
			.fetch().rowsUpdated();
		return spent.then(touched).then();
	}

	Mono<Long> revoke(long sessionId, String why) {
		return db.sql("UPDATE account_session SET revoked_at = now(), revoked_why = :why WHERE id = :id AND revoked_at IS NULL")
			.bind("why", why).bind("id", sessionId).fetch().rowsUpdated();
	}

	Mono<Long> revokeOwned(long sessionId, long accountId, String why) {
		return db.sql("""
				UPDATE account_session SET revoked_at = now(), revoked_why = :why
				WHERE id = :id AND account_id = :account AND revoked_at IS NULL""")
			.bind("why", why).bind("id", sessionId).bind("account", accountId).fetch().rowsUpdated();
	}

	/** Revokes every live session of an account except {@code keep} (none when null). */
	Mono<Long> revokeAll(long accountId, @Nullable Long keep, String why) {
		return db.sql("""
				UPDATE account_session SET revoked_at = now(), revoked_why = :why
				WHERE account_id = :account AND revoked_at IS NULL AND id <> :keep""")
			.bind("why", why).bind("account", accountId).bind("keep", keep != null ? keep : -1L)
			.fetch().rowsUpdated();
	}

	/** Live sessions of many accounts in one statement, newest use first. */
	Flux<AccountSession> liveSessions(Collection<Long> accountIds) {
		return db.sql("""
				SELECT id, account_id, created_at, last_used_at, ip, user_agent FROM account_session
				WHERE account_id = ANY(:accounts) AND revoked_at IS NULL
				ORDER BY last_used_at DESC, id DESC""")
			.bind("accounts", accountIds.toArray(Long[]::new))
			.map(row -> new AccountSession(row.get("id", Long.class), row.get("account_id", Long.class),
					row.get("created_at", OffsetDateTime.class), row.get("last_used_at", OffsetDateTime.class),
					row.get("ip", String.class), row.get("user_agent", String.class), false))
			.all();
	}

	Mono<Boolean> isLive(long sessionId) {
		return db.sql("SELECT revoked_at IS NULL FROM account_session WHERE id = :id").bind("id", sessionId)
			.map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class))).one().defaultIfEmpty(false);
	}

}
