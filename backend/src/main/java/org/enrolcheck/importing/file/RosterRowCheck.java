package org.enrolcheck.importing.file;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;

import org.enrolcheck.importing.RosterRow;
import org.enrolcheck.validation.AdmissionYear;
import org.enrolcheck.validation.EducationCategory;
import org.enrolcheck.validation.Ethnicity;
import org.enrolcheck.validation.ExamineeNumber;
import org.enrolcheck.validation.FlexibleDate;
import org.enrolcheck.validation.Gender;
import org.enrolcheck.validation.IdType;
import org.enrolcheck.validation.LengthOfSchooling;
import org.enrolcheck.validation.Level;
import org.enrolcheck.validation.PersonName;
import org.enrolcheck.validation.Province;
import org.enrolcheck.validation.RecordStatus;
import org.enrolcheck.validation.StudentNumber;
import org.enrolcheck.validation.StudyMode;
import org.jspecify.annotations.Nullable;

import static org.enrolcheck.importing.file.RosterColumn.*;

/**
 * Applies the validation module's field rules to every cell of a data line, then the rules across
 * fields: gender and birth date against a resident ID, the admission year against the birth date,
 * and the order of admission, enrolment and expected graduation. One instance serves one file.
 */
final class RosterRowCheck {

	/* Younger than this at admission means one of the two values is a typo; 少年班 starts at 11 or so. */
	private static final int YOUNGEST_ADMISSION_AGE = 10;

	private final RosterHeader header;

	private final Clock clock;

	private final ParseMemo<Gender> genders = new ParseMemo<>(Gender::parse);

	private final ParseMemo<LocalDate> dates = new ParseMemo<>(FlexibleDate::parse);

	private final ParseMemo<IdType> idTypes = new ParseMemo<>(IdType::parse);

	private final ParseMemo<Ethnicity> ethnicities = new ParseMemo<>(Ethnicity::parse);

	private final ParseMemo<Province> provinces = new ParseMemo<>(Province::parse);

	private final ParseMemo<LengthOfSchooling> lengths = new ParseMemo<>(LengthOfSchooling::parse);

	private final ParseMemo<Level> levels = new ParseMemo<>(Level::parse);

	private final ParseMemo<AdmissionYear> years;

	private final ParseMemo<StudyMode> studyModes = new ParseMemo<>(StudyMode::parse);

	private final ParseMemo<EducationCategory> categories = new ParseMemo<>(EducationCategory::parse);

	private final ParseMemo<RecordStatus> statuses = new ParseMemo<>(RecordStatus::parse);

	RosterRowCheck(RosterHeader header, Clock clock) {
		this.header = header;
		this.clock = clock;
		this.years = new ParseMemo<>(raw -> AdmissionYear.parse(raw, clock));
	}

	CheckedRow check(SheetRow row) {
		RosterLine line = new RosterLine(row, header);
		ExamineeNumber examinee = line.take(EXAMINEE_NUMBER, ExamineeNumber.parse(line.cell(EXAMINEE_NUMBER)));
		StudentNumber student = line.take(STUDENT_NUMBER, StudentNumber.parse(line.cell(STUDENT_NUMBER)));
		PersonName name = line.take(NAME, PersonName.parse(line.cell(NAME)));
		Gender gender = line.take(GENDER, genders.check(line.cell(GENDER)));
		LocalDate birthDate = line.take(BIRTH_DATE, dates.check(line.cell(BIRTH_DATE)));
		IdType idType = line.isBlank(ID_TYPE) ? IdType.RESIDENT_ID : line.take(ID_TYPE, idTypes.check(line.cell(ID_TYPE)));
		String idNumber = idType == null ? null : line.idNumber(idType, gender, birthDate, clock);
		Ethnicity ethnicity = line.take(ETHNICITY, ethnicities.check(line.cell(ETHNICITY)));
		Province originProvince = line.take(ORIGIN_PROVINCE, provinces.check(line.cell(ORIGIN_PROVINCE)));
		String institutionCode = line.code(INSTITUTION_CODE, RosterLine.INSTITUTION_CODE_FORM,
				RosterRowRule.INSTITUTION_CODE_FORMAT);
		line.text(INSTITUTION_NAME, false);
		String college = line.text(COLLEGE, true);
		String classCode = line.text(CLASS_CODE, true);
		String majorCode = line.code(MAJOR_CODE, RosterLine.MAJOR_CODE_FORM, RosterRowRule.MAJOR_CODE_FORMAT);
		String majorName = line.text(MAJOR_NAME, true);
		LengthOfSchooling length = line.take(LENGTH_OF_SCHOOLING, lengths.check(line.cell(LENGTH_OF_SCHOOLING)));
		Level level = line.take(LEVEL, levels.check(line.cell(LEVEL)));
		AdmissionYear year = line.take(ADMISSION_YEAR, years.check(line.cell(ADMISSION_YEAR)));
		StudyMode studyMode = line.take(STUDY_MODE, studyModes.check(line.cell(STUDY_MODE)));
		EducationCategory category = line.take(EDUCATION_CATEGORY, categories.check(line.cell(EDUCATION_CATEGORY)));
		LocalDate enrolment = line.isBlank(ENROLMENT_DATE) ? null
				: line.take(ENROLMENT_DATE, dates.check(line.cell(ENROLMENT_DATE)));
		LocalDate graduation = line.isBlank(EXPECTED_GRADUATION_DATE) ? null
				: line.take(EXPECTED_GRADUATION_DATE, dates.check(line.cell(EXPECTED_GRADUATION_DATE)));
		RecordStatus status = line.take(STATUS, statuses.check(line.cell(STATUS)));

		if (year != null && birthDate != null && year.value() < birthDate.getYear() + YOUNGEST_ADMISSION_AGE) {
			line.fail(ADMISSION_YEAR, RosterRowRule.ADMISSION_YEAR_IMPLAUSIBLE);
		}
		if (year != null && enrolment != null && enrolment.getYear() < year.value()) {
			line.fail(ENROLMENT_DATE, RosterRowRule.ENROLMENT_BEFORE_ADMISSION);
		}
		if (enrolment != null && graduation != null && !graduation.isAfter(enrolment)) {
			line.fail(EXPECTED_GRADUATION_DATE, RosterRowRule.GRADUATION_NOT_AFTER_ENROLMENT);
		}

		String examineeNumber = valueOf(examinee, ExamineeNumber::value);
		String studentNumber = valueOf(student, StudentNumber::value);
		if (line.hasErrors()) {
			return new CheckedRow(row.number(), null, line.errors(), line.warnings(), examineeNumber, studentNumber);
		}
		RosterRow valid = new RosterRow(row.number(), examineeNumber, studentNumber, name.value(), gender, birthDate,
				idType, idNumber, ethnicity, originProvince, institutionCode, college, classCode, majorCode, majorName,
				length.years(), level, year.value(), studyMode, category, enrolment, graduation, status);
		return new CheckedRow(row.number(), valid, line.errors(), line.warnings(), examineeNumber, studentNumber);
	}

	private static <T> @Nullable String valueOf(@Nullable T value, Function<T, String> text) {
		return value == null ? null : text.apply(value);
	}

}
