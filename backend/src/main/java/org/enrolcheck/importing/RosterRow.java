package org.enrolcheck.importing;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.enrolcheck.validation.EducationCategory;
import org.enrolcheck.validation.Ethnicity;
import org.enrolcheck.validation.Gender;
import org.enrolcheck.validation.IdType;
import org.enrolcheck.validation.Level;
import org.enrolcheck.validation.Province;
import org.enrolcheck.validation.RecordStatus;
import org.enrolcheck.validation.StudyMode;
import org.jspecify.annotations.Nullable;

/**
 * One valid line of a registrar's roster, normalised by the validation module: what the file says
 * about one enrolment record (学籍). Colleges, majors and classes are named as the file names them;
 * the import resolves them to reference data. Rows are matched to records by institution + examinee
 * number, with the student number checked too.
 *
 * @param rowNumber 1-based line in the file (the header is row 1), for reports
 * @param idNumber normalised (upper-case X; a resident ID always 18 characters)
 */
public record RosterRow(int rowNumber, String examineeNumber, String studentNumber, String name, Gender gender,
		LocalDate birthDate, IdType idType, String idNumber, Ethnicity ethnicity, Province originProvince,
		@Nullable String institutionCode, String collegeName, String classCode, @Nullable String majorCode,
		String majorName, BigDecimal lengthOfSchooling, Level level, int admissionYear, StudyMode studyMode,
		EducationCategory educationCategory, @Nullable LocalDate enrolmentDate,
		@Nullable LocalDate expectedGraduationDate, RecordStatus status) {

	/** Never prints the ID number: rows end up in logs and exception messages. */
	@Override
	public String toString() {
		return "RosterRow[row=" + rowNumber + ", examineeNumber=" + examineeNumber + ", studentNumber="
				+ studentNumber + "]";
	}

}
