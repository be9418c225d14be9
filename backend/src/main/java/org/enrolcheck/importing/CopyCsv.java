package org.enrolcheck.importing;

import java.util.HexFormat;

import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.validation.Masking;

/**
 * Cells as {@code COPY … (FORMAT csv)} reads them, and the runs of record columns the staging table
 * and the direct record COPY share. The ID number is encrypted, blind-indexed and masked here, so no
 * plain number leaves the JVM.
 */
final class CopyCsv {

	private CopyCsv() {
	}

	/** An unquoted empty field is NULL; anything else is quoted, with quotes doubled. */
	static StringBuilder cell(StringBuilder out, String value) {
		if (value == null) {
			return out;
		}
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"') {
				out.append('"');
			}
			out.append(c);
		}
		return out.append('"');
	}

	static String bytea(byte[] bytes) {
		return "\\x" + HexFormat.of().formatHex(bytes);
	}

	/** examinee_number … origin_province: who the student is, each cell followed by a comma. */
	static void person(StringBuilder out, RosterRow row, PersonalDataCipher cipher) {
		String idNumber = row.idNumber();
		cell(out, row.examineeNumber()).append(',');
		cell(out, row.studentNumber()).append(',');
		cell(out, row.name()).append(',');
		cell(out, row.gender().name()).append(',');
		cell(out, row.birthDate().toString()).append(',');
		cell(out, row.idType().name()).append(',');
		cell(out, bytea(cipher.encryptText(ImportService.ID_NUMBER_COLUMN, idNumber))).append(',');
		cell(out, bytea(cipher.blindIndex(ImportService.ID_NUMBER_COLUMN, idNumber))).append(',');
		cell(out, Masking.idNumber(idNumber)).append(',');
		cell(out, row.ethnicity().code()).append(',');
		cell(out, row.originProvince().code()).append(',');
	}

	/** length_of_schooling … status: what the student studies, each cell followed by a comma. */
	static void study(StringBuilder out, RosterRow row) {
		cell(out, row.lengthOfSchooling().toPlainString()).append(',');
		cell(out, row.level().name()).append(',');
		cell(out, String.valueOf(row.admissionYear())).append(',');
		cell(out, row.studyMode().name()).append(',');
		cell(out, row.educationCategory().name()).append(',');
		cell(out, row.enrolmentDate() == null ? null : row.enrolmentDate().toString()).append(',');
		cell(out, row.expectedGraduationDate() == null ? null : row.expectedGraduationDate().toString()).append(',');
		cell(out, row.status().name()).append(',');
	}

}
