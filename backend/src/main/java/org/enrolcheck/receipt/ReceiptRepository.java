package org.enrolcheck.receipt;

import java.time.OffsetDateTime;
import java.util.Collection;

import io.r2dbc.spi.Readable;
import org.enrolcheck.validation.Level;
import org.enrolcheck.validation.Masking;
import org.enrolcheck.validation.RecordStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Verification code SQL. Times are the database's, so every replica agrees on what has expired. */
@Repository
class ReceiptRepository {

	private static final String SELECT = """
			SELECT v.id, v.kind, v.record_id, v.account_id, v.institution_id, v.last_four, v.record_version,
			       v.issued_at, v.expires_at, v.revoked_at, v.expires_at <= now() AS expired,
			       r.version <> v.record_version AS record_changed
			FROM verification_code v JOIN enrolment_record r ON r.id = v.record_id""";

	private final DatabaseClient db;

	ReceiptRepository(DatabaseClient db) {
		this.db = db;
	}

	/** The record's current version and whether its self-check is finished at that version. */
	record Readiness(int version, boolean recordConfirmed, boolean photoConfirmed) {

		boolean finished() {
			return recordConfirmed && photoConfirmed;
		}

	}

	/**
	 * Finished means the record is confirmed at its current version and, when it has an admission
	 * photo, the photo too. Confirmations of older versions do not count.
	 */
	Mono<Readiness> readiness(long recordId) {
		return db.sql("""
				SELECT r.version,
				       EXISTS (SELECT 1 FROM confirmation c WHERE c.record_id = r.id AND c.subject = 'RECORD'
				               AND c.record_version = r.version) AS record_confirmed,
				       r.admission_photo_id IS NULL OR EXISTS (SELECT 1 FROM confirmation c WHERE c.record_id = r.id
				               AND c.subject = 'ADMISSION_PHOTO' AND c.record_version = r.version) AS photo_confirmed
				FROM enrolment_record r WHERE r.id = :id""")
			.bind("id", recordId)
			.map(row -> new Readiness(row.get("version", Integer.class), row.get("record_confirmed", Boolean.class),
					row.get("photo_confirmed", Boolean.class)))
			.one();
	}

	Mono<Long> insert(VerificationKind kind, long recordId, long accountId, byte[] codeHash, String lastFour,
			int recordVersion, int validMonths) {
		return db.sql("""
				INSERT INTO verification_code (kind, record_id, account_id, institution_id, code_hash, last_four,
				    record_version, expires_at)
				SELECT :kind, r.id, :account, r.institution_id, :hash, :lastFour, :version,
				       now() + make_interval(months => :months)
				FROM enrolment_record r WHERE r.id = :record
				RETURNING id""")
			.bind("kind", kind.name()).bind("account", accountId).bind("hash", codeHash).bind("lastFour", lastFour)
			.bind("version", recordVersion).bind("months", validMonths).bind("record", recordId)
			.map(row -> row.get(0, Long.class))
			.one();
	}

	/** A code of this owner, locked for a change when {@code forUpdate}. */
	Mono<VerificationCode> owned(long id, long accountId, boolean forUpdate) {
		return db.sql(SELECT + " WHERE v.id = :id AND v.account_id = :account" + (forUpdate ? " FOR UPDATE OF v" : ""))
			.bind("id", id).bind("account", accountId)
			.map(ReceiptRepository::code)
			.one();
	}

	/** The expiry {@code months} from now, as the database reckons it. */
	Mono<OffsetDateTime> monthsFromNow(int months) {
		return db.sql("SELECT now() + make_interval(months => :months)").bind("months", months)
			.map(row -> row.get(0, OffsetDateTime.class)).one();
	}

	Mono<Long> extend(long id, int months) {
		return db.sql("UPDATE verification_code SET expires_at = now() + make_interval(months => :months) WHERE id = :id")
			.bind("months", months).bind("id", id).fetch().rowsUpdated();
	}

	Mono<Long> revoke(long id) {
		return db.sql("UPDATE verification_code SET revoked_at = now() WHERE id = :id AND revoked_at IS NULL")
			.bind("id", id).fetch().rowsUpdated();
	}

	/** The owner's codes of these records, newest first, in one statement. */
	Flux<VerificationCode> ofRecords(Collection<Long> recordIds, long accountId) {
		return db.sql(SELECT + " WHERE v.record_id = ANY(:ids) AND v.account_id = :account ORDER BY v.id DESC")
			.bind("ids", recordIds.toArray(Long[]::new)).bind("account", accountId)
			.map(ReceiptRepository::code)
			.all();
	}

	/** What the public page shows for a code: masked personal data only, read without any viewer's scope. */
	Mono<PublicVerification> verification(byte[] codeHash) {
		return db.sql("""
				SELECT v.kind, v.record_id, v.issued_at, v.expires_at, v.revoked_at, v.expires_at <= now() AS expired,
				       r.version <> v.record_version AS record_changed, r.name, r.id_number_masked, r.level,
				       r.admission_year, r.status, i.code AS i_code, i.name AS i_name, m.catalogue_code AS m_code,
				       m.name AS m_name
				FROM verification_code v
				JOIN enrolment_record r ON r.id = v.record_id
				JOIN institution i ON i.id = r.institution_id
				JOIN major m ON m.id = r.major_id
				WHERE v.code_hash = :hash""")
			.bind("hash", codeHash)
			.map(ReceiptRepository::verificationOf)
			.one();
	}

	private static PublicVerification verificationOf(Readable row) {
		OffsetDateTime revokedAt = row.get("revoked_at", OffsetDateTime.class);
		VerificationState state = revokedAt != null ? VerificationState.REVOKED
				: row.get("expired", Boolean.class) ? VerificationState.EXPIRED : VerificationState.VALID;
		// an expired or revoked code no longer speaks for the person: dates only
		PublicVerification.Person person = state != VerificationState.VALID ? null
				: new PublicVerification.Person(row.get("i_code", String.class), row.get("i_name", String.class),
						Masking.name(row.get("name", String.class)), row.get("id_number_masked", String.class),
						Level.valueOf(row.get("level", String.class)), row.get("m_code", String.class),
						row.get("m_name", String.class), row.get("admission_year", Short.class),
						RecordStatus.valueOf(row.get("status", String.class)));
		return new PublicVerification(state, null, VerificationKind.valueOf(row.get("kind", String.class)),
				row.get("issued_at", OffsetDateTime.class), row.get("expires_at", OffsetDateTime.class), revokedAt,
				row.get("record_changed", Boolean.class), row.get("record_id", Long.class), person);
	}

	private static VerificationCode code(Readable row) {
		return new VerificationCode(row.get("id", Long.class), VerificationKind.valueOf(row.get("kind", String.class)),
				row.get("record_id", Long.class), row.get("account_id", Long.class), row.get("institution_id", Long.class),
				row.get("last_four", String.class), row.get("record_version", Integer.class),
				row.get("issued_at", OffsetDateTime.class), row.get("expires_at", OffsetDateTime.class),
				row.get("revoked_at", OffsetDateTime.class), row.get("expired", Boolean.class),
				row.get("record_changed", Boolean.class));
	}

}
