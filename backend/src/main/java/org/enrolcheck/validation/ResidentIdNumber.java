package org.enrolcheck.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * 居民身份证号码 (GB 11643), always in its normalised 18-character form: 6-digit region code,
 * 8-digit birth date, 3-digit sequence (odd for men), check character 0–9 or upper-case X.
 * {@link #toString()} is masked so that a number never reaches a log in full.
 */
public record ResidentIdNumber(String value) {

	static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

	private static final Pattern NORMALISED = Pattern.compile("\\d{17}[\\dX]");

	private static final Pattern EIGHTEEN = Pattern.compile("\\d{17}[\\dXx]");

	private static final Pattern LEGACY = Pattern.compile("\\d{15}");

	/** Rejects anything that is not a well-formed number; use {@link #parse} for what people type. */
	public ResidentIdNumber {
		if (!NORMALISED.matcher(value).matches() || !structureViolations(value).isEmpty()) {
			throw new IllegalArgumentException("not a valid resident ID number: " + Masking.idNumber(value));
		}
	}

	/**
	 * Checks a typed or imported number. Spaces around it are trimmed and a final lower-case x is
	 * upper-cased, each with a warning; full-width characters and the 15-digit old form are rejected
	 * with their own codes so that the message says what to fix.
	 */
	public static Checked<ResidentIdNumber> parse(@Nullable String raw, Clock clock) {
		if (raw == null || Typing.trimSpaces(raw).isEmpty()) {
			return Checked.invalid(RuleCode.ID_NUMBER_EMPTY);
		}
		List<Warning> warnings = new ArrayList<>();
		String number = Typing.trimSpaces(raw);
		if (!number.equals(raw)) {
			warnings.add(Warning.of(RuleCode.ID_NUMBER_TRIMMED));
		}
		RuleCode shapeViolation = shapeViolation(number);
		if (shapeViolation != null) {
			return Checked.invalid(shapeViolation);
		}
		if (number.endsWith("x")) {
			number = number.substring(0, 17) + "X";
			warnings.add(Warning.of(RuleCode.ID_NUMBER_LOWER_CASE_X));
		}
		List<Violation> violations = new ArrayList<>(structureViolations(number));
		birthDate(number).filter(date -> date.isAfter(LocalDate.now(clock)))
			.ifPresent(future -> violations.add(Violation.of(RuleCode.ID_NUMBER_FUTURE_DATE)));
		return violations.isEmpty() ? Checked.valid(new ResidentIdNumber(number), warnings)
				: Checked.invalid(violations);
	}

	/**
	 * The 18-character number of a 15-digit old one, so that either form finds the same record;
	 * empty unless the old number has a known region and a real date.
	 */
	/** The GB 11643 check character (ISO 7064 MOD 11-2) of the first 17 digits. */
	public static char checkCharacter(CharSequence first17Digits) {
		return Gb11643.checkCharacter(first17Digits);
	}

	public static Optional<ResidentIdNumber> fromLegacy(String fifteenDigits) {
		if (!LEGACY.matcher(fifteenDigits).matches()) {
			return Optional.empty();
		}
		String number = Gb11643.fromLegacy(fifteenDigits);
		return structureViolations(number).isEmpty() ? Optional.of(new ResidentIdNumber(number)) : Optional.empty();
	}

	/** Digits 7–14. */
	public LocalDate birthDate() {
		return birthDate(value).orElseThrow();
	}

	/** Digit 17: odd for men, even for women. */
	public Gender gender() {
		return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
	}

	/** Digits 1–2. */
	public Province province() {
		return Province.ofCode(value.substring(0, 2)).orElseThrow();
	}

	/** {@code 110***********1234}. */
	public String masked() {
		return Masking.idNumber(value);
	}

	@Override
	public String toString() {
		return "ResidentIdNumber[" + masked() + "]";
	}

	private static @Nullable RuleCode shapeViolation(String number) {
		if (Typing.hasFullWidthForm(number)) {
			return RuleCode.ID_NUMBER_FULL_WIDTH;
		}
		if (Typing.hasSpace(number)) {
			return RuleCode.ID_NUMBER_INNER_SPACE;
		}
		if (Typing.isScientificNotation(number)) {
			return RuleCode.EXCEL_SCIENTIFIC_NOTATION;
		}
		if (LEGACY.matcher(number).matches()) {
			return RuleCode.ID_NUMBER_LEGACY_FORM;
		}
		if (number.codePointCount(0, number.length()) != 18) {
			return RuleCode.ID_NUMBER_LENGTH;
		}
		return EIGHTEEN.matcher(number).matches() ? null : RuleCode.ID_NUMBER_CHARACTERS;
	}

	/** Region, date and checksum of a number already known to be 17 digits and a digit or X. */
	private static List<Violation> structureViolations(String number) {
		List<Violation> violations = new ArrayList<>();
		if (Province.ofCode(number.substring(0, 2)).isEmpty()) {
			violations.add(Violation.of(RuleCode.ID_NUMBER_REGION));
		}
		if (birthDate(number).filter(date -> !date.isBefore(EARLIEST_BIRTH_DATE)).isEmpty()) {
			violations.add(Violation.of(RuleCode.ID_NUMBER_DATE));
		}
		if (!Gb11643.checksumHolds(number)) {
			violations.add(Violation.of(RuleCode.ID_NUMBER_CHECKSUM));
		}
		return violations;
	}

	private static Optional<LocalDate> birthDate(String number) {
		return Gb11643.date(number.substring(6, 14));
	}

}
