package org.enrolcheck.account;

import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.validation.Masking;
import org.enrolcheck.validation.MobilePhone;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Stores student accounts with their phone and ID number encrypted, blind-indexed and masked. The
 * ID number's index uses the records' label, so the account finds its records by equality. Until
 * registration with SMS exists, only the demo creates students through it.
 */
@Component
class StudentAccounts {

	static final String ID_NUMBER_COLUMN = "account.id_number";

	private final DatabaseClient db;

	private final PersonalDataCipher cipher;

	StudentAccounts(DatabaseClient db, PersonalDataCipher cipher) {
		this.db = db;
		this.cipher = cipher;
	}

	/** A student's identity: name, ID document, verified phone; all already validated. */
	record NewStudent(String name, String idType, String idNumber, MobilePhone phone) {
	}

	/** Creates the account; empty when the phone or ID number already has one. */
	Mono<Long> insert(NewStudent student, String passwordHash) {
		String phone = student.phone().value();
		return db.sql("""
				INSERT INTO account (display_name, id_type, id_number_cipher, id_number_index, id_number_masked,
				                     phone_cipher, phone_index, phone_masked, password_hash, roles)
				VALUES (:name, :idType, :idCipher, :idIndex, :idMasked, :phoneCipher, :phoneIndex, :phoneMasked, :hash,
				        ARRAY['STUDENT'])
				ON CONFLICT DO NOTHING RETURNING id""")
			.bind("name", student.name())
			.bind("idType", student.idType())
			.bind("idCipher", cipher.encryptText(ID_NUMBER_COLUMN, student.idNumber()))
			.bind("idIndex", cipher.blindIndex(AccountRepository.ID_NUMBER_INDEX, student.idNumber()))
			.bind("idMasked", Masking.idNumber(student.idNumber()))
			.bind("phoneCipher", cipher.encryptText(AccountRepository.PHONE_COLUMN, phone))
			.bind("phoneIndex", cipher.blindIndex(AccountRepository.PHONE_COLUMN, phone))
			.bind("phoneMasked", student.phone().masked())
			.bind("hash", passwordHash)
			.map(row -> row.get(0, Long.class))
			.one();
	}

}
