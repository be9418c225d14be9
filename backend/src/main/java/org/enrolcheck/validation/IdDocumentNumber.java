package org.enrolcheck.validation;

import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * 证件号码 for any {@link IdType}: a resident ID gets the full GB 11643 check; the other documents,
 * whose formats have changed over the years, only 5–20 letters or digits, upper-cased.
 */
public final class IdDocumentNumber {

	private static final Pattern OTHER_DOCUMENT = Pattern.compile("[A-Z0-9]{5,20}");

	private IdDocumentNumber() {
	}

	public static Checked<String> parse(IdType type, @Nullable String raw, Clock clock) {
		return switch (type) {
			case RESIDENT_ID -> ResidentIdNumber.parse(raw, clock).map(ResidentIdNumber::value);
			case HMT_RESIDENCE_PERMIT, HK_MACAO_PERMIT, TAIWAN_PERMIT, PASSPORT, FOREIGN_PERMANENT_RESIDENT_ID ->
				otherDocument(raw);
		};
	}

	private static Checked<String> otherDocument(@Nullable String raw) {
		if (raw == null || Typing.trimSpaces(raw).isEmpty()) {
			return Checked.invalid(RuleCode.ID_NUMBER_EMPTY);
		}
		String trimmed = Typing.trimSpaces(raw);
		if (Typing.hasFullWidthForm(trimmed)) {
			return Checked.invalid(RuleCode.ID_NUMBER_FULL_WIDTH);
		}
		String number = trimmed.toUpperCase(Locale.ROOT);
		if (!OTHER_DOCUMENT.matcher(number).matches()) {
			return Checked.invalid(RuleCode.ID_DOCUMENT_FORMAT);
		}
		return trimmed.equals(raw) ? Checked.valid(number) : Checked.valid(number, RuleCode.ID_NUMBER_TRIMMED);
	}

}
