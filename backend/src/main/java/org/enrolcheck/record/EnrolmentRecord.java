package org.enrolcheck.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.enrolcheck.graphql.NodeSource;
import org.enrolcheck.reference.College;
import org.enrolcheck.reference.Institution;
import org.enrolcheck.reference.Major;
import org.enrolcheck.reference.SchoolClass;
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
 * An enrolment record (学籍) as read for display: its place in the institution is joined in, and
 * the ID number is present only in masked form, so a list never holds a decrypted number.
 */
public record EnrolmentRecord(long id, Institution institution, College college, Major major, SchoolClass schoolClass,
		String examineeNumber, String studentNumber, String name, Gender gender, LocalDate birthDate, IdType idType,
		String idNumberMasked, Ethnicity ethnicity, Province originProvince, double lengthOfSchooling, Level level,
		int admissionYear, StudyMode studyMode, EducationCategory educationCategory, @Nullable LocalDate enrolmentDate,
		@Nullable LocalDate expectedGraduationDate, RecordStatus status, @Nullable Long admissionPhotoId,
		@Nullable Long diplomaPhotoId, int version, OffsetDateTime updatedAt) implements NodeSource.Identified {

	/** The API's {@code idNumber}: masked, always. */
	public String idNumber() {
		return idNumberMasked;
	}

	public String classCode() {
		return schoolClass.code();
	}

	public long institutionId() {
		return institution.id();
	}

}
