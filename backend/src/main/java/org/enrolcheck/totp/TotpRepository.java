package org.enrolcheck.totp;

import java.time.OffsetDateTime;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** SQL of staff_totp. Acceptance of a code is one conditional UPDATE, so a replay loses even when racing. */
@Repository
class TotpRepository {

	private final DatabaseClient db;

	TotpRepository(DatabaseClient db) {
		this.db = db;
	}

	/** An account's secret (still encrypted) and whether its enrolment was confirmed. */
	record Stored(byte[] secretCipher, boolean confirmed) {
	}

	Mono<Stored> find(long accountId) {
		return db.sql("SELECT secret_cipher, confirmed_at FROM staff_totp WHERE account_id = :id")
			.bind("id", accountId)
			.map(row -> new Stored(row.get("secret_cipher", byte[].class), row.get("confirmed_at", OffsetDateTime.class) != null))
			.one();
	}

	/** Starts (or restarts) an enrolment; 0 when the account already has a confirmed secret. */
	Mono<Long> start(long accountId, byte[] secretCipher) {
		return db.sql("""
				INSERT INTO staff_totp AS t (account_id, secret_cipher) VALUES (:id, :secret)
				ON CONFLICT (account_id) DO UPDATE SET secret_cipher = :secret, created_at = now(), last_step = NULL
				WHERE t.confirmed_at IS NULL""")
			.bind("id", accountId).bind("secret", secretCipher)
			.fetch().rowsUpdated();
	}

	/** Confirms a pending enrolment with the step of a correct code; 0 when already confirmed or the step was used. */
	Mono<Long> confirm(long accountId, long step) {
		return db.sql("""
				UPDATE staff_totp SET confirmed_at = now(), last_step = :step
				WHERE account_id = :id AND confirmed_at IS NULL AND (last_step IS NULL OR last_step < :step)""")
			.bind("id", accountId).bind("step", step)
			.fetch().rowsUpdated();
	}

	/** Spends a step of a confirmed secret; 0 when that step (or a later one) was already used: a replay. */
	Mono<Long> spend(long accountId, long step) {
		return db.sql("""
				UPDATE staff_totp SET last_step = :step
				WHERE account_id = :id AND confirmed_at IS NOT NULL AND (last_step IS NULL OR last_step < :step)""")
			.bind("id", accountId).bind("step", step)
			.fetch().rowsUpdated();
	}

	/** The staff account's sign-in name and roles; empty for students and inactive accounts. */
	record StaffAccount(String username, String[] roles) {
	}

	Mono<StaffAccount> staff(long accountId) {
		return db.sql("SELECT username, roles FROM account WHERE id = :id AND state = 'ACTIVE' AND username IS NOT NULL")
			.bind("id", accountId)
			.map(row -> new StaffAccount(row.get("username", String.class), row.get("roles", String[].class)))
			.one();
	}

	/** Whether the account is staff of the institution (a registrar may reset only their own staff). */
	Mono<Boolean> staffOf(long accountId, long institutionId) {
		return db.sql("SELECT count(*) FROM account WHERE id = :id AND institution_id = :institution AND username IS NOT NULL")
			.bind("id", accountId).bind("institution", institutionId)
			.map(row -> row.get(0, Long.class) > 0)
			.one();
	}

	/** Removes the account's secret, confirmed or pending; 1 when there was one. */
	Mono<Long> remove(long accountId) {
		return db.sql("DELETE FROM staff_totp WHERE account_id = :id").bind("id", accountId).fetch().rowsUpdated();
	}

}
