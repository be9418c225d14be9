package org.enrolcheck.importing.file;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.enrolcheck.validation.Checked;
import org.enrolcheck.validation.Gender;
import org.enrolcheck.validation.IdDocumentNumber;
import org.enrolcheck.validation.IdType;
import org.enrolcheck.validation.PersonConsistency;
import org.enrolcheck.validation.ResidentIdNumber;
import org.enrolcheck.validation.RuleCode;
import org.enrolcheck.validation.Violation;
import org.jspecify.annotations.Nullable;

/** The findings on one data line while {@link RosterRowCheck} works through its cells. */
final class RosterLine {

	static final Pattern INSTITUTION_CODE_FORM = Pattern.compile("\\d{5}");

	/* 080901, the special and controlled majors 080910T and 100201K, 高职 510201, graduate 0854. */
	static final Pattern MAJOR_CODE_FORM = Pattern.compile("[0-9A-Z]{4,10}");

	/* What Excel shows for a long number in a General cell, and saves into a CSV as is. */
	private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?[eE][+]?\\d+");

	private final SheetRow row;

	private final RosterHeader header;

	private final List<RowError> errors = new ArrayList<>(2);

	private final List<RowWarning> warnings = new ArrayList<>(1);

	RosterLine(SheetRow row, RosterHeader header) {
		this.row = row;
		this.header = header;
	}

	@Nullable String cell(RosterColumn column) {
		return header.cell(row.cells(), column);
	}

	boolean isBlank(RosterColumn column) {
		String cell = cell(column);
		return cell == null || CellText.isBlank(cell);
	}

	/** The value of a field rule's outcome, recording its warnings or violations against the column. */
	<T> @Nullable T take(RosterColumn column, Checked<T> checked) {
		return switch (checked) {
			case Checked.Valid<T> valid -> {
				valid.warnings().forEach(warning -> warnings.add(RowWarning.of(row.number(), label(column), warning)));
				yield valid.value();
			}
			case Checked.Invalid<T> invalid -> {
				invalid.violations().forEach(violation -> fail(column, violation));
				yield null;
			}
		};
	}

	/** 身份证号 by the rules of its 证件类型; a resident ID must also agree with gender and birth date. */
	@Nullable String idNumber(IdType idType, @Nullable Gender gender, @Nullable LocalDate birthDate, Clock clock) {
		String raw = cell(RosterColumn.ID_NUMBER);
		if (idType != IdType.RESIDENT_ID) {
			if (raw != null && SCIENTIFIC.matcher(CellText.trim(raw)).matches()) {
				fail(RosterColumn.ID_NUMBER, Violation.of(RuleCode.EXCEL_SCIENTIFIC_NOTATION));
				return null;
			}
			return take(RosterColumn.ID_NUMBER, IdDocumentNumber.parse(idType, raw, clock));
		}
		ResidentIdNumber number = take(RosterColumn.ID_NUMBER, ResidentIdNumber.parse(raw, clock));
		if (number == null) {
			return null;
		}
		for (Violation violation : PersonConsistency.check(number, gender, birthDate)) {
			fail(violation.code() == RuleCode.ID_GENDER_MISMATCH ? RosterColumn.GENDER : RosterColumn.BIRTH_DATE,
					violation);
		}
		return number.value();
	}

	/** An optional code column: empty is fine, otherwise NFKC, upper case, and the pattern. */
	@Nullable String code(RosterColumn column, Pattern form, RosterRowRule violated) {
		if (isBlank(column)) {
			return null;
		}
		String code = CellText.trim(Normalizer.normalize(cell(column), Normalizer.Form.NFKC)).toUpperCase(Locale.ROOT);
		if (SCIENTIFIC.matcher(code).matches()) {
			fail(column, Violation.of(RuleCode.EXCEL_SCIENTIFIC_NOTATION));
			return null;
		}
		if (!form.matcher(code).matches()) {
			fail(column, violated);
			return null;
		}
		return code;
	}

	/** A free-text column: trimmed, at most {@value CellText#MAX_FREE_TEXT} characters, not scientific notation. */
	@Nullable String text(RosterColumn column, boolean required) {
		if (isBlank(column)) {
			if (required) {
				fail(column, Violation.of(RuleCode.VALUE_EMPTY));
			}
			return null;
		}
		String text = CellText.freeText(cell(column));
		if (CellText.length(text) > CellText.MAX_FREE_TEXT) {
			fail(column, RosterRowRule.TEXT_TOO_LONG);
			return null;
		}
		if (SCIENTIFIC.matcher(text).matches()) {
			fail(column, Violation.of(RuleCode.EXCEL_SCIENTIFIC_NOTATION));
			return null;
		}
		return text;
	}

	void fail(RosterColumn column, Violation violation) {
		errors.add(RowError.of(row.number(), label(column), violation));
	}

	void fail(RosterColumn column, RosterRowRule rule) {
		errors.add(RowError.of(row.number(), label(column), rule));
	}

	boolean hasErrors() {
		return !errors.isEmpty();
	}

	List<RowError> errors() {
		return errors;
	}

	List<RowWarning> warnings() {
		return warnings;
	}

	private String label(RosterColumn column) {
		return header.label(column);
	}

}
