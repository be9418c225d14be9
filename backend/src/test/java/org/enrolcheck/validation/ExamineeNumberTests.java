package org.enrolcheck.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExamineeNumberTests {

	@Test
	void acceptsFourteenDigits() {
		assertThat(ExamineeNumber.parse(" 25500101150123 ").toOptional()).contains(new ExamineeNumber("25500101150123"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2550010115012", "255001011501234", "2550010115012A", "25500101 150123" })
	void rejectsOtherShapes(String raw) {
		assertThat(ExamineeNumber.parse(raw).codes()).containsExactly(RuleCode.EXAMINEE_NUMBER_FORMAT);
	}

	@Test
	void recognisesExcelsScientificNotation() {
		assertThat(ExamineeNumber.parse("2.55001E+13").codes()).containsExactly(RuleCode.EXCEL_SCIENTIFIC_NOTATION);
	}

}
