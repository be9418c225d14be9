package org.enrolcheck.validation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * 姓名 as the record and the account hold it: NFC, 1–50 code points of Han characters (including
 * those outside the BMP such as 𠮷), Latin letters and the middle dot U+00B7 between parts.
 * Everything is counted and checked by code point, never by {@code char}.
 */
public record PersonName(String value) {

	static final int MIDDLE_DOT = 0x00B7;

	static final int MAX_LENGTH = 50;

	/** Dots that input methods and fonts offer in place of U+00B7. */
	static final Set<Integer> DOT_LOOK_ALIKES = Set.of((int) '.', 0x2022, 0x30FB, 0x2027, 0xFE52, 0xFF0E, 0xFF65,
			0x2219, 0x22C5);

	public PersonName {
		if (value.isEmpty() || !value.equals(Normalizer.normalize(value, Normalizer.Form.NFC))) {
			throw new IllegalArgumentException("a person name is non-empty and in NFC");
		}
	}

	/**
	 * Checks a typed or imported name. Spaces around it are trimmed and look-alike dots replaced by
	 * U+00B7, each with a warning; every other fault is reported once per kind.
	 */
	public static Checked<PersonName> parse(@Nullable String raw) {
		if (raw == null) {
			return Checked.invalid(RuleCode.NAME_EMPTY);
		}
		List<Warning> warnings = new ArrayList<>();
		String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
		String name = Typing.trimSpaces(nfc);
		if (name.isEmpty()) {
			return Checked.invalid(RuleCode.NAME_EMPTY);
		}
		if (!name.equals(nfc)) {
			warnings.add(Warning.of(RuleCode.NAME_TRIMMED));
		}
		String dotted = replaceDotLookAlikes(name);
		if (!dotted.equals(name)) {
			warnings.add(Warning.of(RuleCode.NAME_DOT_NORMALISED));
		}
		List<Violation> violations = violations(dotted);
		return violations.isEmpty() ? Checked.valid(new PersonName(dotted), warnings) : Checked.invalid(violations);
	}

	static String replaceDotLookAlikes(String name) {
		return name.codePoints()
			.map(codePoint -> DOT_LOOK_ALIKES.contains(codePoint) ? MIDDLE_DOT : codePoint)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

	/** Kangxi radicals and the radicals supplement look like characters but are not (⼈ U+2F08 is not 人). */
	static boolean isRadical(int codePoint) {
		Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
		return block == Character.UnicodeBlock.KANGXI_RADICALS
				|| block == Character.UnicodeBlock.CJK_RADICALS_SUPPLEMENT;
	}

	private static List<Violation> violations(String name) {
		int[] codePoints = name.codePoints().toArray();
		Set<RuleCode> codes = new LinkedHashSet<>();
		if (codePoints.length > MAX_LENGTH) {
			codes.add(RuleCode.NAME_TOO_LONG);
		}
		for (int i = 0; i < codePoints.length; i++) {
			int codePoint = codePoints[i];
			if (codePoint == MIDDLE_DOT) {
				boolean misplaced = i == 0 || i == codePoints.length - 1 || codePoints[i - 1] == MIDDLE_DOT;
				if (misplaced) {
					codes.add(RuleCode.NAME_DOT_POSITION);
				}
				continue;
			}
			RuleCode fault = fault(codePoint);
			if (fault != null) {
				codes.add(fault);
			}
		}
		return codes.stream().map(Violation::of).toList();
	}

	private static @Nullable RuleCode fault(int codePoint) {
		if (Typing.isSpace(codePoint)) {
			return RuleCode.NAME_INNER_SPACE;
		}
		if (Character.isDigit(codePoint)) {
			return RuleCode.NAME_DIGIT;
		}
		if (isRadical(codePoint)) {
			return RuleCode.NAME_RADICAL;
		}
		if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
			return null;
		}
		if (Character.getType(codePoint) == Character.PRIVATE_USE) {
			return RuleCode.NAME_PRIVATE_USE;
		}
		if (Character.isLetter(codePoint) && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN) {
			return Typing.isFullWidthForm(codePoint) ? RuleCode.NAME_FULL_WIDTH : null;
		}
		return RuleCode.NAME_SYMBOL;
	}

}
