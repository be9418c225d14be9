package org.enrolcheck.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTests {

	@Test
	void showsTheFirstThreeAndLastFourOfAnIdNumberOrPhone() {
		assertThat(Masking.idNumber("110105194912311234")).isEqualTo("110***********1234");
		assertThat(Masking.phone("13812341234")).isEqualTo("138****1234");
	}

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "110105491231002", "13800138000", "E12345678", "H1234567",
			"1234567", "12", "", "𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷" })
	void neverRevealsMoreThanThreeAndFourCharacters(String value) {
		for (String masked : new String[] { Masking.idNumber(value), Masking.phone(value) }) {
			int length = value.codePointCount(0, value.length());
			long shown = masked.codePoints().filter(codePoint -> codePoint != '*').count();
			assertThat(masked.codePointCount(0, masked.length())).isEqualTo(length);
			assertThat(shown).isLessThanOrEqualTo(7).isLessThanOrEqualTo(Math.max(0, length - 4));
		}
	}

	@Test
	void masksShortValuesEntirely() {
		assertThat(Masking.idNumber("E12345678")).isEqualTo("*********");
		assertThat(Masking.idNumber(null)).isEmpty();
	}

	@Test
	void showsOnlyTheFirstCharacterOfAName() {
		assertThat(Masking.name("张三")).isEqualTo("张*");
		assertThat(Masking.name("𠮷野家")).isEqualTo("𠮷**");
		assertThat(Masking.name("买买提·艾力")).isEqualTo("买*****");
		assertThat(Masking.name("张")).isEqualTo("*");
	}

}
