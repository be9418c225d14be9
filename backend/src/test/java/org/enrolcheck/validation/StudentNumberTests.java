package org.enrolcheck.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class StudentNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "1", "222025321102001", "S2025001", "abcdefghij0123456789" })
	void acceptsOneToTwentyLettersOrDigits(String raw) {
		assertThat(StudentNumber.parse(raw).toOptional()).contains(new StudentNumber(raw));
	}

	@ParameterizedTest
	@ValueSource(strings = { "abcdefghij01234567890", "2025-001", "学号1", "2025 001" })
	void rejectsOtherShapes(String raw) {
		assertThat(StudentNumber.parse(raw).codes()).containsExactly(RuleCode.STUDENT_NUMBER_FORMAT);
	}

}
