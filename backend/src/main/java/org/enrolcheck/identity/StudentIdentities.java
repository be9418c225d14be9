package org.enrolcheck.identity;

import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.validation.IdType;
import org.enrolcheck.validation.Masking;
import org.enrolcheck.validation.MobilePhone;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** SQL of student accounts as registration and the profile change them; personal numbers encrypted. */
@Repository
class StudentIdentities {

	private final DatabaseClient db;

	private final PersonalDataCipher cipher;

	StudentIdentities(DatabaseClient db, PersonalDataCipher cipher) {
		this.db = db;
		this.cipher = cipher;
	}

	PersonalDataCipher cipher() {
		return cipher;
	}

	/** A checked registration: normalised name, ID number, phone and e-mail. */
	record NewStudent(String name, IdType idType, String idNumber, MobilePhone phone, @Nullable String email) {
	}

	record Taken(boolean phone, boolean idNumber, boolean email) {
	}

	Mono<Taken> taken(NewStudent student) {
		return db.sql("""
				SELECT EXISTS (SELECT 1 FROM account WHERE phone_index = :phone) AS phone,
				       EXISTS (SELECT 1 FROM account WHERE id_number_index = :idNumber AND state <> 'DEACTIVATED') AS id_number,
				       EXISTS (SELECT 1 FROM account WHERE email = :email) AS email""")
			.bind("phone", Identities.phoneIndex(cipher, student.phone()))
			.bind("idNumber", Identities.idNumberIndex(cipher, student.idNumber()))
			.bind("email", student.email() == null ? "" : student.email())
			.map(row -> new Taken(Boolean.TRUE.equals(row.get("phone", Boolean.class)),
					Boolean.TRUE.equals(row.get("id_number", Boolean.class)), Boolean.TRUE.equals(row.get("email", Boolean.class))))
			.one();
	}

	/** Creates the student account; empty when a unique phone, ID number or e-mail was taken meanwhile. */
	Mono<Long> insert(NewStudent student, String passwordHash) {
		return insert(student, passwordHash, true);
	}

	/**
	 * Creates the account of someone claiming an ID number another account holds: it signs in by phone
	 * and gets the number only when the dispute is resolved.
	 */
	Mono<Long> insertClaimant(NewStudent student, String passwordHash) {
		return insert(student, passwordHash, false);
	}

	/** The live account holding an ID number. */
	Mono<Long> holderOf(String idNumber) {
		return db.sql("SELECT id FROM account WHERE id_number_index = :index AND state <> 'DEACTIVATED'")
			.bind("index", Identities.idNumberIndex(cipher, idNumber)).map(row -> row.get(0, Long.class)).one();
	}

	/** Takes a proven phone away from the account that had it; that account's id, if any. */
	Mono<Long> unbindPhone(MobilePhone phone) {
		return db.sql("""
				UPDATE account SET phone_cipher = NULL, phone_index = NULL, phone_masked = NULL, version = version + 1,
				       updated_at = now()
				WHERE phone_index = :index RETURNING id""")
			.bind("index", Identities.phoneIndex(cipher, phone)).map(row -> row.get(0, Long.class)).one();
	}

	private Mono<Long> insert(NewStudent student, String passwordHash, boolean withIdNumber) {
		String phone = student.phone().value();
		return db.sql("""
				INSERT INTO account (display_name, id_type, id_number_cipher, id_number_index, id_number_masked,
				                     phone_cipher, phone_index, phone_masked, email, password_hash, roles)
				VALUES (:name, :idType, :idCipher, :idIndex, :idMasked, :phoneCipher, :phoneIndex, :phoneMasked, :email,
				        :hash, ARRAY['STUDENT'])
				ON CONFLICT DO NOTHING RETURNING id""")
			.bind("name", student.name())
			.bind("idType", withIdNumber ? Parameter.from(student.idType().name()) : Parameter.empty(String.class))
			.bind("idCipher", withIdNumber ? Parameter.from(cipher.encryptText(Identities.ID_NUMBER_CIPHER, student.idNumber()))
					: Parameter.empty(byte[].class))
			.bind("idIndex", withIdNumber ? Parameter.from(Identities.idNumberIndex(cipher, student.idNumber()))
					: Parameter.empty(byte[].class))
			.bind("idMasked", withIdNumber ? Parameter.from(Masking.idNumber(student.idNumber())) : Parameter.empty(String.class))
			.bind("phoneCipher", cipher.encryptText(Identities.PHONE, phone))
			.bind("phoneIndex", Identities.phoneIndex(cipher, student.phone()))
			.bind("phoneMasked", student.phone().masked())
			.bind("email", Parameter.fromOrEmpty(student.email(), String.class))
			.bind("hash", passwordHash)
			.map(row -> row.get(0, Long.class))
			.one();
	}

	Mono<Void> recordConsent(long accountId, String version, @Nullable String ip, @Nullable String userAgent) {
		return db.sql("INSERT INTO account_consent (account_id, version, ip, user_agent) VALUES (:account, :version, :ip, :agent)")
			.bind("account", accountId)
			.bind("version", version)
			.bind("ip", Parameter.fromOrEmpty(ip, String.class))
			.bind("agent", Parameter.fromOrEmpty(userAgent, String.class))
			.then();
	}

	/** The active account holding a phone. */
	Mono<Long> accountWithPhone(MobilePhone phone) {
		return db.sql("SELECT id FROM account WHERE phone_index = :phone AND state = 'ACTIVE'")
			.bind("phone", Identities.phoneIndex(cipher, phone)).map(row -> row.get(0, Long.class)).one();
	}

	Mono<Long> setPasswordHash(long accountId, String hash) {
		return db.sql("UPDATE account SET password_hash = :hash, version = version + 1, updated_at = now() WHERE id = :id")
			.bind("hash", hash).bind("id", accountId).fetch().rowsUpdated();
	}

	/** Moves the account to a new phone; zero rows when another account holds it. */
	Mono<Long> setPhone(long accountId, MobilePhone phone) {
		return db.sql("""
				UPDATE account SET phone_cipher = :cipher, phone_index = :index, phone_masked = :masked,
				       version = version + 1, updated_at = now()
				WHERE id = :id AND NOT EXISTS (SELECT 1 FROM account o WHERE o.phone_index = :index AND o.id <> :id)""")
			.bind("cipher", cipher.encryptText(Identities.PHONE, phone.value()))
			.bind("index", Identities.phoneIndex(cipher, phone))
			.bind("masked", phone.masked())
			.bind("id", accountId)
			.fetch().rowsUpdated();
	}

	/** Sets or clears the security e-mail; zero rows when another account holds it. */
	Mono<Long> setEmail(long accountId, @Nullable String email) {
		return db.sql("""
				UPDATE account SET email = :email, version = version + 1, updated_at = now()
				WHERE id = :id AND NOT EXISTS (SELECT 1 FROM account o WHERE o.email = :email AND o.id <> :id)""")
			.bind("email", Parameter.fromOrEmpty(email, String.class))
			.bind("id", accountId)
			.fetch().rowsUpdated();
	}

}
