package org.enrolcheck.validation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CheckedTests {

	@Test
	void mapsAValidValueAndKeepsItsWarnings() {
		Checked<String> checked = Checked.valid("11010519491231002X", RuleCode.ID_NUMBER_LOWER_CASE_X);

		Checked<Integer> mapped = checked.map(String::length);

		assertThat(mapped.toOptional()).contains(18);
		assertThat(mapped.codes()).containsExactly(RuleCode.ID_NUMBER_LOWER_CASE_X);
	}

	@Test
	void passesViolationsThroughMap() {
		Checked<String> checked = Checked.invalid(RuleCode.NAME_DIGIT, RuleCode.NAME_SYMBOL);

		Checked<Integer> mapped = checked.map(String::length);

		assertThat(mapped.isValid()).isFalse();
		assertThat(mapped.toOptional()).isEmpty();
		assertThat(mapped.codes()).containsExactly(RuleCode.NAME_DIGIT, RuleCode.NAME_SYMBOL);
	}

	@Test
	void switchesOverBothCases() {
		Checked<String> checked = Checked.invalid(RuleCode.PHONE_FORMAT);

		String shown = switch (checked) {
			case Checked.Valid<String> valid -> valid.value();
			case Checked.Invalid<String> invalid -> invalid.violations().getFirst().en();
		};

		assertThat(shown).isEqualTo(RuleCode.PHONE_FORMAT.en());
	}

	@Test
	void refusesAnInvalidResultWithoutViolationsAndMixedUpSeverities() {
		assertThatIllegalArgumentException().isThrownBy(() -> Checked.invalid(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> Violation.of(RuleCode.NAME_TRIMMED));
		assertThatIllegalArgumentException().isThrownBy(() -> Warning.of(RuleCode.NAME_DIGIT));
	}

}
