package org.enrolcheck.support;

import java.time.LocalDate;

/**
 * Valid resident ID numbers (GB 11643, checksum ISO 7064 MOD 11-2) for any number of test people:
 * region 110101, born 2000-01-01 plus {@code n / 1000} days, sequence {@code n % 1000}.
 */
public final class ResidentIds {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private ResidentIds() {
	}

	/** Person {@code n}: number, gender (digit 17 odd = MALE), ISO birth date, as {@link RecordFixtures#add} takes them. */
	public static String[] person(int n) {
		LocalDate birth = LocalDate.of(2000, 1, 1).plusDays(n / 1000);
		String first17 = "110101" + birth.toString().replace("-", "") + String.format("%03d", n % 1000);
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		String gender = (first17.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE";
		return new String[] { first17 + "10X98765432".charAt(sum % 11), gender, birth.toString() };
	}

}
