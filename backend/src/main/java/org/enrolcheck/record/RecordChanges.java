package org.enrolcheck.record;

import java.time.LocalDate;

import org.enrolcheck.validation.EducationCategory;
import org.enrolcheck.validation.Gender;
import org.enrolcheck.validation.IdType;
import org.enrolcheck.validation.RecordStatus;
import org.enrolcheck.validation.StudyMode;

/** The GraphQL {@code RecordChanges} input: absent (null) fields stay as they are. */
record RecordChanges(String name, Gender gender, LocalDate birthDate, IdType idType, String idNumber, String ethnicity,
		String originProvince, String studentNumber, String classId, Double lengthOfSchooling, StudyMode studyMode,
		EducationCategory educationCategory, LocalDate enrolmentDate, LocalDate expectedGraduationDate,
		RecordStatus status) {
}
