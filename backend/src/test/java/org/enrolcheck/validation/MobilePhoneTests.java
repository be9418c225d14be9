package org.enrolcheck.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MobilePhoneTests {

	@ParameterizedTest
	@ValueSource(strings = { "13800138000", "+86 138 0013 8000", "+86-138-0013-8000", "8613800138000",
			"008613800138000", "138-0013-8000", "(+86) 13800138000", "１３８００１３８０００" })
	void stripsCountryCodeSpacesAndHyphens(String raw) {
		assertThat(MobilePhone.parse(raw).toOptional()).contains(new MobilePhone("13800138000"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "12800138000", "1380013800", "138001380001", "023-68252000", "+85291234567",
			"1380013800O" })
	void rejectsNumbersThatAreNotMainlandMobiles(String raw) {
		assertThat(MobilePhone.parse(raw).codes()).containsExactly(RuleCode.PHONE_FORMAT);
	}

	@Test
	void neverPrintsTheWholeNumber() {
		assertThat(new MobilePhone("13800138000")).hasToString("MobilePhone[138****8000]");
	}

}
