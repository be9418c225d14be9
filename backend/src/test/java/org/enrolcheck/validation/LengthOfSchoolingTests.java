package org.enrolcheck.validation;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LengthOfSchoolingTests {

	@ParameterizedTest
	@CsvSource({ "4, 4", "4.0, 4", "2.5, 2.5", "0.5, 0.5", "8, 8", "3年, 3", "5年制, 5", "四年, 4", "两年半, 2.5",
			"二年半制, 2.5", "８, 8" })
	void acceptsHalfYearStepsUpToEight(String raw, String expected) {
		Checked<LengthOfSchooling> checked = LengthOfSchooling.parse(raw);

		assertThat(checked.toOptional()).map(LengthOfSchooling::toString).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "8.5", "9", "2.25", "-2", "三", "four", "2.5.1" })
	void rejectsOtherLengths(String raw) {
		assertThat(LengthOfSchooling.parse(raw).codes()).containsExactly(RuleCode.LENGTH_OF_SCHOOLING);
	}

	@Test
	void exposesExactYears() {
		LengthOfSchooling lengthOfSchooling = LengthOfSchooling.ofYears(new BigDecimal("2.5")).toOptional().orElseThrow();

		assertThat(lengthOfSchooling.halfYears()).isEqualTo(5);
		assertThat(lengthOfSchooling.years()).isEqualByComparingTo("2.5");
		assertThat(LengthOfSchooling.parse(null).codes()).containsExactly(RuleCode.VALUE_EMPTY);
	}

}
