package org.enrolcheck.identity;

import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.validation.MobilePhone;

/**
 * The cipher labels of the account table's personal columns, shared with the accounts feature: the
 * phone's cipher and index use one label, the ID number's index uses the records' label so an account
 * finds its records by equality.
 */
final class Identities {

	static final String PHONE = org.enrolcheck.privacy.CipherLabels.ACCOUNT_PHONE;

	static final String ID_NUMBER_CIPHER = "account.id_number";

	static final String ID_NUMBER_INDEX = org.enrolcheck.privacy.CipherLabels.ID_NUMBER;

	private Identities() {
	}

	static byte[] phoneIndex(PersonalDataCipher cipher, MobilePhone phone) {
		return cipher.blindIndex(PHONE, phone.value());
	}

	static byte[] idNumberIndex(PersonalDataCipher cipher, String idNumber) {
		return cipher.blindIndex(ID_NUMBER_INDEX, idNumber);
	}

}
