package org.enrolcheck.validation;

import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class RuleCodeTests {

	@ParameterizedTest
	@EnumSource(RuleCode.class)
	void everyCodeSpeaksBothLanguages(RuleCode code) {
		assertThat(code.zh()).isNotBlank().containsPattern("\\p{IsHan}");
		assertThat(code.en()).isNotBlank().matches("[A-Z].*\\.");
		assertThat(code.message(Locale.ENGLISH)).isEqualTo(code.en());
		assertThat(code.message(Locale.forLanguageTag("en-GB"))).isEqualTo(code.en());
		assertThat(code.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(code.zh());
		assertThat(code.message(Locale.ROOT)).isEqualTo(code.zh());
	}

	@Test
	void onlyHarmlessNormalisationsAreWarnings() {
		assertThat(Arrays.stream(RuleCode.values()).filter(RuleCode::isWarning)).containsExactlyInAnyOrder(
				RuleCode.ID_NUMBER_LOWER_CASE_X, RuleCode.ID_NUMBER_TRIMMED, RuleCode.NAME_TRIMMED,
				RuleCode.NAME_DOT_NORMALISED);
	}

	@Test
	void violationsAndWarningsCarryTheCodesMessages() {
		Violation violation = Violation.of(RuleCode.ID_NUMBER_CHECKSUM);

		assertThat(violation.zh()).isEqualTo("身份证号码校验位不正确，请核对最后一位。");
		assertThat(violation.en()).isEqualTo("The ID number's check character does not match (GB 11643).");
		assertThat(Warning.of(RuleCode.NAME_TRIMMED).message(Locale.ENGLISH))
			.isEqualTo("Spaces around the name were removed.");
	}

}
