package org.enrolcheck.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.enrolcheck.demo.InstitutionCatalogue.SchoolClass;
import org.enrolcheck.importing.RosterRow;
import org.enrolcheck.validation.AdmissionYear;
import org.enrolcheck.validation.Checked;
import org.enrolcheck.validation.EducationCategory;
import org.enrolcheck.validation.ExamineeNumber;
import org.enrolcheck.validation.Gender;
import org.enrolcheck.validation.IdDocumentNumber;
import org.enrolcheck.validation.IdType;
import org.enrolcheck.validation.LengthOfSchooling;
import org.enrolcheck.validation.Level;
import org.enrolcheck.validation.PersonConsistency;
import org.enrolcheck.validation.PersonName;
import org.enrolcheck.validation.RecordStatus;
import org.enrolcheck.validation.ResidentIdNumber;
import org.enrolcheck.validation.StudentNumber;
import org.enrolcheck.validation.StudyMode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every generated row goes through the validation module, field by field. Failures are described
 * by {@link RosterRow#toString()}, which never shows the ID number.
 */
class SyntheticStudentsValidityTests {

	private static final Map<String, SchoolClass> CLASSES = new SouthwestUniversityCatalogue().classes()
		.stream()
		.collect(Collectors.toMap(SchoolClass::code, schoolClass -> schoolClass));

	@Test
	void everyRowOfFiveThousandPassesTheValidationModule() {
		List<RosterRow> rows = DemoClock.students(42).rows(5_000).toList();

		assertThat(rows).hasSize(5_000).allSatisfy(this::isValid);
		assertThat(rows.stream().map(RosterRow::idType).distinct()).contains(IdType.RESIDENT_ID,
				IdType.HMT_RESIDENCE_PERMIT, IdType.HK_MACAO_PERMIT, IdType.TAIWAN_PERMIT);
	}

	@Test
	void rowsAreValidForOtherSeedsAndATodayAfterTheFirstGraduations() {
		SyntheticStudents later = new SyntheticStudents(new SouthwestUniversityCatalogue(),
				Clock.fixed(Instant.parse("2026-11-22T04:00:00Z"), DemoClock.CAMPAIGN_OPENS.getZone()),
				99);

		assertThat(DemoClock.students(-1).rows(3_000)).allSatisfy(this::isValid);
		assertThat(later.rows(3_000).toList()).allSatisfy(this::isValid)
			.filteredOn(row -> row.level() == Level.BACHELOR_UPGRADE && row.admissionYear() == 2024)
			.extracting(RosterRow::status)
			.contains(RecordStatus.GRADUATED);
	}

	private void isValid(RosterRow row) {
		numbersAndNameAreValid(row);
		documentIsValid(row);
		matchesItsClass(row);
		datesAreConsistent(row);
	}

	private void numbersAndNameAreValid(RosterRow row) {
		String what = row.toString();
		assertThat(valueOf(ExamineeNumber.parse(row.examineeNumber())).value()).as(what)
			.isEqualTo(row.examineeNumber());
		assertThat(row.examineeNumber()).as(what)
			.startsWith(String.valueOf(row.admissionYear() % 100) + row.originProvince().code());
		assertThat(valueOf(StudentNumber.parse(row.studentNumber())).value()).as(what)
			.isEqualTo(row.studentNumber());
		assertThat(row.studentNumber()).as(what).startsWith(row.admissionYear() + row.classCode().substring(4, 6));
		Checked<PersonName> name = PersonName.parse(row.name());
		assertThat(name.codes()).as(what).isEmpty();
		assertThat(valueOf(name).value()).as(what).isEqualTo(row.name());
	}

	/** Assertions on the ID number compare booleans, so that a failure does not print the number. */
	private void documentIsValid(RosterRow row) {
		String what = row.toString();
		Checked<String> document = IdDocumentNumber.parse(row.idType(), row.idNumber(), DemoClock.CAMPAIGN_OPENS);
		assertThat(document.isValid() && document.codes().isEmpty()).as(what).isTrue();
		assertThat(valueOf(document).equals(row.idNumber())).as(what).isTrue();
		boolean mainland = row.originProvince().code().compareTo("71") < 0;
		assertThat(row.idType() == IdType.RESIDENT_ID).as(what).isEqualTo(mainland);
		switch (row.idType()) {
			case RESIDENT_ID -> {
				ResidentIdNumber id = valueOf(ResidentIdNumber.parse(row.idNumber(), DemoClock.CAMPAIGN_OPENS));
				assertThat(PersonConsistency.check(id, row.gender(), row.birthDate())).as(what).isEmpty();
				assertThat(id.province()).as(what).isEqualTo(row.originProvince());
			}
			case HMT_RESIDENCE_PERMIT -> {
				String prefix = switch (row.originProvince()) {
					case HONG_KONG -> "810000";
					case MACAO -> "820000";
					default -> "830000";
				};
				String number = row.idNumber();
				assertThat(number.startsWith(prefix)).as(what).isTrue();
				assertThat(Iso7064.holds(number)).as(what).isTrue();
				assertThat(number.substring(6, 14).equals(row.birthDate().toString().replace("-", ""))).as(what)
					.isTrue();
				assertThat((number.charAt(16) - '0') % 2 == 1).as(what).isEqualTo(row.gender() == Gender.MALE);
			}
			case HK_MACAO_PERMIT -> assertThat(row.idNumber().matches("[HM]\\d{8}")).as(what).isTrue();
			case TAIWAN_PERMIT -> assertThat(row.idNumber().matches("\\d{8}")).as(what).isTrue();
			default -> throw new AssertionError("unexpected document type " + row.idType() + " in " + what);
		}
	}

	private void matchesItsClass(RosterRow row) {
		String what = row.toString();
		SchoolClass schoolClass = CLASSES.get(row.classCode());
		assertThat(schoolClass).as(what).isNotNull();
		assertThat(row.institutionCode()).as(what).isEqualTo("10635");
		assertThat(List.of(row.collegeName(), row.majorCode(), row.majorName())).as(what)
			.containsExactly(schoolClass.collegeName(), schoolClass.majorCode(), schoolClass.majorName());
		assertThat(row.level()).as(what).isEqualTo(schoolClass.level());
		assertThat(row.lengthOfSchooling()).as(what).isEqualByComparingTo(schoolClass.lengthOfSchooling());
		assertThat(LengthOfSchooling.ofYears(row.lengthOfSchooling()).isValid()).as(what).isTrue();
		assertThat(row.admissionYear()).as(what).isEqualTo(schoolClass.admissionYear());
		assertThat(AdmissionYear.of(row.admissionYear(), DemoClock.CAMPAIGN_OPENS).isValid()).as(what).isTrue();
		boolean postgraduate = row.level() == Level.MASTER || row.level() == Level.DOCTORATE;
		assertThat(row.educationCategory()).as(what)
			.isEqualTo(postgraduate ? EducationCategory.POSTGRADUATE : EducationCategory.REGULAR);
		if (!postgraduate) {
			assertThat(row.studyMode()).as(what).isEqualTo(StudyMode.FULL_TIME);
		}
	}

	private void datesAreConsistent(RosterRow row) {
		String what = row.toString();
		LocalDate enrolment = row.enrolmentDate();
		assertThat(enrolment).as(what).isNotNull();
		assertThat(enrolment.getYear()).as(what).isEqualTo(row.admissionYear());
		assertThat(enrolment.getMonth()).as(what).isEqualTo(Month.SEPTEMBER);
		assertThat(enrolment.getDayOfMonth()).as(what).isBetween(1, 10);
		LocalDate graduation = row.expectedGraduationDate();
		assertThat(graduation).as(what).isNotNull();
		int years = row.lengthOfSchooling().setScale(0, RoundingMode.CEILING).intValueExact();
		assertThat(graduation.getYear()).as(what).isEqualTo(row.admissionYear() + years);
		boolean wholeYears = row.lengthOfSchooling().remainder(BigDecimal.ONE).signum() == 0;
		assertThat(graduation.getMonth()).as(what)
			.isIn(wholeYears ? List.of(Month.JUNE, Month.JULY) : List.of(Month.JANUARY));
		int age = Period.between(row.birthDate(), enrolment).getYears();
		int youngest = row.level() == Level.BACHELOR ? 17 : 20;
		int oldest = row.level() == Level.MASTER ? 31 : 24;
		assertThat(age).as(what).isBetween(youngest, oldest);
	}

	private static <T> T valueOf(Checked<T> checked) {
		assertThat(checked.isValid()).as("valid: " + checked.codes()).isTrue();
		return checked.toOptional().orElseThrow();
	}

	/** ISO 7064 MOD 11-2 in its iterative form, independent of the weighted sum the generator uses. */
	private static final class Iso7064 {

		static boolean holds(String number) {
			int p = 0;
			for (int i = 0; i < 17; i++) {
				p = ((p + number.charAt(i) - '0') * 2) % 11;
			}
			int check = (12 - p) % 11;
			return number.charAt(17) == (check == 10 ? 'X' : (char) ('0' + check));
		}

	}

}
