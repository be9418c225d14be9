package org.enrolcheck.validation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonConsistencyTests {

	private final ResidentIdNumber woman1949 = new ResidentIdNumber("11010519491231002X");

	@Test
	void acceptsGenderAndBirthDateThatAgreeWithTheIdNumber() {
		assertThat(PersonConsistency.check(woman1949, Gender.FEMALE, LocalDate.of(1949, 12, 31))).isEmpty();
		assertThat(PersonConsistency.check(new ResidentIdNumber("11010119900307803X"), Gender.MALE,
				LocalDate.of(1990, 3, 7)))
			.isEmpty();
	}

	@Test
	void reportsAGenderThatDisagreesWithDigitSeventeen() {
		assertThat(PersonConsistency.check(woman1949, Gender.MALE, LocalDate.of(1949, 12, 31)))
			.extracting(Violation::code)
			.containsExactly(RuleCode.ID_GENDER_MISMATCH);
	}

	@Test
	void reportsABirthDateThatDisagreesWithDigitsSevenToFourteen() {
		assertThat(PersonConsistency.check(woman1949, Gender.MALE, LocalDate.of(1949, 1, 31)))
			.extracting(Violation::code)
			.containsExactly(RuleCode.ID_GENDER_MISMATCH, RuleCode.ID_BIRTH_DATE_MISMATCH);
	}

	@Test
	void leavesMissingValuesToTheCaller() {
		assertThat(PersonConsistency.check(woman1949, null, null)).isEmpty();
	}

}
