package org.enrolcheck.correction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.enrolcheck.record.EnrolmentRecord;
import org.enrolcheck.validation.AdmissionYear;
import org.enrolcheck.validation.Checked;
import org.enrolcheck.validation.EducationCategory;
import org.enrolcheck.validation.Ethnicity;
import org.enrolcheck.validation.ExamineeNumber;
import org.enrolcheck.validation.FlexibleDate;
import org.enrolcheck.validation.Gender;
import org.enrolcheck.validation.IdType;
import org.enrolcheck.validation.LengthOfSchooling;
import org.enrolcheck.validation.PersonName;
import org.enrolcheck.validation.Province;
import org.enrolcheck.validation.StudentNumber;
import org.enrolcheck.validation.StudyMode;

/**
 * The record fields a ticket item may name (EnrolmentRecord GraphQL names), with domain.md's default
 * tier, whether the field is a main field (主要字段, evidence required), and whether applying writes
 * it. Decisions beyond domain.md: examineeNumber, originProvince and admissionYear come from the
 * provincial admission data, so they are IDENTITY (provincial) too; studentNumber and
 * educationCategory are the school's, so ORGANISATIONAL. examineeNumber, admissionYear and
 * admissionPhoto are not written on apply: the approved item goes into the 勘误表 and the record
 * follows the corrected provincial data (roster or photo re-import). college, major and level follow
 * the class and are requested through classCode; phone and e-mail are the account's own (CONTACT).
 */
enum TicketField {

	NAME("name", Tier.IDENTITY, true, true, (raw, clock) -> PersonName.parse(raw).map(PersonName::value), r -> r.name()),
	GENDER("gender", Tier.IDENTITY, true, true, (raw, clock) -> Gender.parse(raw).map(Gender::name), r -> r.gender().name()),
	BIRTH_DATE("birthDate", Tier.IDENTITY, true, true, (raw, clock) -> FlexibleDate.parse(raw).map(LocalDate::toString),
			r -> r.birthDate().toString()),
	ID_TYPE("idType", Tier.IDENTITY, true, true, (raw, clock) -> IdType.parse(raw).map(IdType::name), r -> r.idType().name()),
	// validated against the id type in TicketDraft, which knows the record's type
	ID_NUMBER("idNumber", Tier.IDENTITY, true, true, null, EnrolmentRecord::idNumber),
	ETHNICITY("ethnicity", Tier.IDENTITY, true, true, (raw, clock) -> Ethnicity.parse(raw).map(Ethnicity::code),
			r -> r.ethnicity().code()),
	EXAMINEE_NUMBER("examineeNumber", Tier.IDENTITY, true, false,
			(raw, clock) -> ExamineeNumber.parse(raw).map(ExamineeNumber::value), EnrolmentRecord::examineeNumber),
	ORIGIN_PROVINCE("originProvince", Tier.IDENTITY, true, true, (raw, clock) -> Province.parse(raw).map(Province::code),
			r -> r.originProvince().code()),
	ADMISSION_YEAR("admissionYear", Tier.IDENTITY, true, false,
			(raw, clock) -> AdmissionYear.parse(raw, clock).map(year -> String.valueOf(year.value())),
			r -> String.valueOf(r.admissionYear())),
	ADMISSION_PHOTO("admissionPhoto", Tier.IDENTITY, true, false, (raw, clock) -> described(raw),
			r -> r.admissionPhotoId() == null ? "" : "有照片"),
	CLASS_CODE("classCode", Tier.ORGANISATIONAL, false, true, (raw, clock) -> described(raw), EnrolmentRecord::classCode),
	STUDENT_NUMBER("studentNumber", Tier.ORGANISATIONAL, true, true,
			(raw, clock) -> StudentNumber.parse(raw).map(StudentNumber::value), EnrolmentRecord::studentNumber),
	LENGTH_OF_SCHOOLING("lengthOfSchooling", Tier.ORGANISATIONAL, true, true,
			(raw, clock) -> LengthOfSchooling.parse(raw).map(years -> years.years().stripTrailingZeros().toPlainString()),
			r -> java.math.BigDecimal.valueOf(r.lengthOfSchooling()).stripTrailingZeros().toPlainString()),
	STUDY_MODE("studyMode", Tier.ORGANISATIONAL, true, true, (raw, clock) -> StudyMode.parse(raw).map(StudyMode::name),
			r -> r.studyMode().name()),
	EDUCATION_CATEGORY("educationCategory", Tier.ORGANISATIONAL, true, true,
			(raw, clock) -> EducationCategory.parse(raw).map(EducationCategory::name), r -> r.educationCategory().name()),
	ENROLMENT_DATE("enrolmentDate", Tier.ORGANISATIONAL, false, true,
			(raw, clock) -> FlexibleDate.parse(raw).map(LocalDate::toString),
			r -> r.enrolmentDate() == null ? "" : r.enrolmentDate().toString()),
	EXPECTED_GRADUATION_DATE("expectedGraduationDate", Tier.ORGANISATIONAL, false, true,
			(raw, clock) -> FlexibleDate.parse(raw).map(LocalDate::toString),
			r -> r.expectedGraduationDate() == null ? "" : r.expectedGraduationDate().toString());

	/** Routing tiers (字段层级). CONTACT fields are refused as items: the student changes them in the profile. */
	enum Tier {

		IDENTITY, ORGANISATIONAL, CONTACT

	}

	private final String graphQlName;

	private final Tier tier;

	private final boolean main;

	private final boolean written;

	private final BiFunction<String, Clock, Checked<String>> parser;

	private final Function<EnrolmentRecord, String> current;

	TicketField(String graphQlName, Tier tier, boolean main, boolean written, BiFunction<String, Clock, Checked<String>> parser,
			Function<EnrolmentRecord, String> current) {
		this.graphQlName = graphQlName;
		this.tier = tier;
		this.main = main;
		this.written = written;
		this.parser = parser;
		this.current = current;
	}

	static Optional<TicketField> of(String graphQlName) {
		return Arrays.stream(values()).filter(field -> field.graphQlName.equals(graphQlName)).findFirst();
	}

	String graphQlName() {
		return graphQlName;
	}

	Tier defaultTier() {
		return tier;
	}

	/** A main field (主要字段) decides the diploma: changing it needs evidence. */
	boolean main() {
		return main;
	}

	/** Whether applying the approved item writes the record (see the class comment for the others). */
	boolean written() {
		return written;
	}

	Checked<String> parse(String raw, Clock clock) {
		return parser.apply(raw, clock);
	}

	String currentValue(EnrolmentRecord record) {
		return current.apply(record);
	}

	/** Fields the student cannot request as such, with the refusal code that says where to go instead. */
	static Optional<String> refusal(String graphQlName) {
		return switch (graphQlName) {
			case "phone", "email", "mobilePhone" -> Optional.of("FIELD_IS_CONTACT");
			case "college", "major", "level", "schoolClass" -> Optional.of("FIELD_FOLLOWS_CLASS");
			default -> of(graphQlName).isPresent() ? Optional.empty() : Optional.of("FIELD_NOT_CORRECTABLE");
		};
	}

	/** Free text (a class code, a photo complaint): 1–100 characters. */
	private static Checked<String> described(String raw) {
		String text = raw == null ? "" : raw.strip();
		return text.isEmpty() || text.length() > 100
				? Checked.invalid(java.util.List.of(org.enrolcheck.validation.Violation.of(org.enrolcheck.validation.RuleCode.VALUE_EMPTY)))
				: Checked.valid(text, java.util.List.of());
	}

}
