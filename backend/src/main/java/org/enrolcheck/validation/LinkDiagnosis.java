package org.enrolcheck.validation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The record-not-found flow: what in a typed name and ID number would keep them from equalling a
 * record's, with the values corrected accordingly. The service may try the corrected pair against
 * the roster; the hints themselves come from the typed text only.
 *
 * @param hints what was found, names first
 * @param suggestedName the name with spaces, look-alike dots, full-width letters and radicals fixed
 * @param suggestedIdNumber the ID number with full-width forms, spaces, look-alike letters and a
 * lower-case x fixed, and a 15-digit old number converted to 18
 */
public record LinkDiagnosis(List<LinkHint> hints, String suggestedName, String suggestedIdNumber) {

	private static final Pattern DIGITS_AND_LOOK_ALIKES = Pattern.compile("[0-9OoIl]{15}|[0-9OoIl]{17}[0-9OoIlXx]");

	private static final Pattern LOOK_ALIKE_LETTER = Pattern.compile("[OoIl]");

	private static final Pattern FIFTEEN = Pattern.compile("\\d{15}");

	private static final Pattern EIGHTEEN = Pattern.compile("\\d{17}[\\dX]");

	public LinkDiagnosis {
		hints = List.copyOf(hints);
	}

	public static LinkDiagnosis of(@Nullable String typedName, @Nullable String typedIdNumber) {
		List<LinkHint> hints = new ArrayList<>();
		String name = diagnoseName(typedName == null ? "" : typedName, hints);
		String idNumber = diagnoseIdNumber(typedIdNumber == null ? "" : typedIdNumber, hints);
		return new LinkDiagnosis(hints, name, idNumber);
	}

	private static String diagnoseName(String typed, List<LinkHint> hints) {
		String name = Normalizer.normalize(typed, Normalizer.Form.NFC);
		if (Typing.hasSpace(name)) {
			hints.add(LinkHint.NAME_SPACES);
			name = Typing.removeSpaces(name);
		}
		String dotted = PersonName.replaceDotLookAlikes(name);
		if (!dotted.equals(name)) {
			hints.add(LinkHint.NAME_DOT_VARIANT);
			name = dotted;
		}
		if (Typing.hasFullWidthForm(name)) {
			hints.add(LinkHint.NAME_FULL_WIDTH);
			name = Typing.toHalfWidth(name);
		}
		if (name.codePoints().anyMatch(PersonName::isRadical)) {
			hints.add(LinkHint.NAME_RADICAL);
			// NFKC maps each radical to its unified ideograph (⼈ U+2F08 to 人 U+4EBA).
			name = Normalizer.normalize(name, Normalizer.Form.NFKC);
		}
		if (name.codePoints().anyMatch(codePoint -> Character.getType(codePoint) == Character.PRIVATE_USE)) {
			hints.add(LinkHint.NAME_PRIVATE_USE);
		}
		return name;
	}

	private static String diagnoseIdNumber(String typed, List<LinkHint> hints) {
		String number = typed;
		if (Typing.hasFullWidthForm(number)) {
			hints.add(LinkHint.ID_FULL_WIDTH);
			number = Typing.toHalfWidth(number);
		}
		if (Typing.hasSpace(number)) {
			hints.add(LinkHint.ID_SPACES);
			number = Typing.removeSpaces(number);
		}
		if (DIGITS_AND_LOOK_ALIKES.matcher(number).matches()) {
			String body = number.length() == 18 ? number.substring(0, 17) : number;
			String digits = LOOK_ALIKE_LETTER.matcher(body).replaceAll(letter -> "Oo".contains(letter.group()) ? "0" : "1");
			if (!digits.equals(body)) {
				hints.add(LinkHint.ID_LETTER_FOR_DIGIT);
				number = digits + number.substring(body.length());
			}
		}
		if (number.length() == 18 && number.endsWith("x")) {
			hints.add(LinkHint.ID_LOWER_CASE_X);
			number = number.substring(0, 17) + "X";
		}
		if (FIFTEEN.matcher(number).matches()) {
			hints.add(LinkHint.ID_LEGACY_FORM);
			number = Gb11643.fromLegacy(number);
		}
		if (EIGHTEEN.matcher(number).matches()) {
			if (!Gb11643.checksumHolds(number)) {
				hints.add(LinkHint.ID_CHECKSUM);
			}
		}
		else if (!number.isEmpty()) {
			hints.add(number.codePointCount(0, number.length()) == 18 ? LinkHint.ID_CHARACTERS : LinkHint.ID_LENGTH);
		}
		return number;
	}

}
