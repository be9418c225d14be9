package org.enrolcheck.demo;

import java.time.LocalDate;
import java.util.List;

import org.enrolcheck.validation.Gender;
import org.enrolcheck.validation.IdType;
import org.enrolcheck.validation.Masking;
import org.enrolcheck.validation.Province;
import org.enrolcheck.validation.ResidentIdNumber;

/**
 * Issues identity document numbers that are valid and unique by construction. A GB 11643 number is
 * region + birth date + a three-digit sequence whose parity is the gender; the sequence is the n-th
 * value of a fixed permutation of the 499 values of that parity, counted per region, date and
 * gender, so no two students share a number and the numbers still look scattered. 港澳台居民居住证
 * numbers (810000, 820000, 830000) follow the same rule; 回乡证 and 台胞证 numbers count per type.
 */
final class IdentityNumbers {

	record Issued(IdType type, String number, LocalDate birthDate) {

		@Override
		public String toString() {
			return "Issued[" + type + ", " + Masking.idNumber(number) + "]";
		}

	}

	private static final int SEQUENCES_PER_PARITY = 499;

	private static final int EIGHT_DIGITS = 100_000_000;

	private final long earliestDay;

	private final int days;

	private final short[] issued;

	private final long seed;

	private int hongKongPermits;

	private int macaoPermits;

	private int taiwanPermits;

	IdentityNumbers(List<Region> regions, LocalDate earliest, LocalDate latest, long seed) {
		this.earliestDay = earliest.toEpochDay();
		this.days = (int) (latest.toEpochDay() - earliest.toEpochDay()) + 1;
		this.issued = new short[regions.size() * days * 2];
		this.seed = seed;
	}

	Issued issue(IdType type, Region region, LocalDate birthDate, Gender gender) {
		return switch (type) {
			case HK_MACAO_PERMIT -> region.province() == Province.MACAO
					? new Issued(type, "M" + permitDigits(macaoPermits++, 0x3AC), birthDate)
					: new Issued(type, "H" + permitDigits(hongKongPermits++, 0x4B), birthDate);
			case TAIWAN_PERMIT -> new Issued(type, permitDigits(taiwanPermits++, 0x7A1), birthDate);
			default -> gb11643(type, region, birthDate, gender);
		};
	}

	static char checkCharacter(char[] digits) {
		return ResidentIdNumber.checkCharacter(java.nio.CharBuffer.wrap(digits, 0, 17));
	}

	private Issued gb11643(IdType type, Region region, LocalDate birthDate, Gender gender) {
		int genderBit = gender == Gender.MALE ? 1 : 0;
		LocalDate date = birthDate;
		int bucket = bucket(region, date, genderBit);
		// 499 students of one gender born on one day in one county: move the later ones a day earlier.
		while (issued[bucket] >= SEQUENCES_PER_PARITY) {
			date = date.minusDays(1);
			bucket = bucket(region, date, genderBit);
		}
		int nth = issued[bucket]++;
		int offset = Seeds.pick(seed, bucket, SEQUENCES_PER_PARITY);
		int sequence = 2 * ((nth * 263 + offset) % SEQUENCES_PER_PARITY) + (genderBit == 1 ? 1 : 2);
		char[] digits = new char[18];
		region.code().getChars(0, 6, digits, 0);
		write(digits, 6, date.getYear(), 4);
		write(digits, 10, date.getMonthValue(), 2);
		write(digits, 12, date.getDayOfMonth(), 2);
		write(digits, 14, sequence, 3);
		digits[17] = checkCharacter(digits);
		return new Issued(type, new String(digits), date);
	}

	private int bucket(Region region, LocalDate date, int genderBit) {
		int day = (int) (date.toEpochDay() - earliestDay);
		if (day < 0 || day >= days) {
			throw new IllegalArgumentException("birth date outside the range this roster was sized for");
		}
		return ((region.index() * days) + day) * 2 + genderBit;
	}

	/** The n-th value of a fixed permutation of the eight-digit numbers: the step is prime to 10. */
	private String permitDigits(int nth, long salt) {
		long value = (nth * 61_803_399L + Seeds.pick(seed, salt, EIGHT_DIGITS)) % EIGHT_DIGITS;
		char[] digits = new char[8];
		write(digits, 0, (int) value, 8);
		return new String(digits);
	}

	static void write(char[] target, int at, int value, int width) {
		int rest = value;
		for (int i = at + width - 1; i >= at; i--) {
			target[i] = (char) ('0' + rest % 10);
			rest /= 10;
		}
	}

}
