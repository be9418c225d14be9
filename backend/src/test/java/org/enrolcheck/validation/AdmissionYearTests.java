package org.enrolcheck.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrolcheck.validation.ResidentIdNumberTests.TODAY_2025_10_22;

class AdmissionYearTests {

	@ParameterizedTest
	@CsvSource({ "2025, 2025", "2025年, 2025", "2025级, 2025", "1949, 1949", "2026, 2026", "２０２４, 2024" })
	void acceptsYearsUpToNextYear(String raw, int expected) {
		assertThat(AdmissionYear.parse(raw, TODAY_2025_10_22).toOptional()).contains(new AdmissionYear(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2027", "1948", "25", "20250", "2025-09" })
	void rejectsOtherYears(String raw) {
		assertThat(AdmissionYear.parse(raw, TODAY_2025_10_22).codes()).containsExactly(RuleCode.ADMISSION_YEAR);
	}

}
