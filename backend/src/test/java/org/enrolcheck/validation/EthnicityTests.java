package org.enrolcheck.validation;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EthnicityTests {

	@ParameterizedTest
	@CsvSource({ "01, HAN", "1, HAN", "汉族, HAN", "汉, HAN", " 汉族 , HAN", "HAN, HAN", "05, UYGUR", "维吾尔, UYGUR",
			"29, KIRGIZ", "柯尔克孜族, KIRGIZ", "56, JINO", "基诺族, JINO", "97, OTHER", "其他, OTHER", "其它, OTHER",
			"98, FOREIGN_ORIGIN", "外国血统中国籍人士, FOREIGN_ORIGIN", "０８, ZHUANG" })
	void parsesByCodeOrName(String raw, Ethnicity expected) {
		assertThat(Ethnicity.parse(raw).toOptional()).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "57", "00", "99", "汉人", "火星族", "X" })
	void rejectsUnknownValues(String raw) {
		assertThat(Ethnicity.parse(raw).codes()).containsExactly(RuleCode.ETHNICITY_UNKNOWN);
	}

	@Test
	void rejectsAnEmptyValue() {
		assertThat(Ethnicity.parse(" ").codes()).containsExactly(RuleCode.VALUE_EMPTY);
	}

	@Test
	void holdsTheFullTableInTheStandardsOrder() {
		Ethnicity[] values = Ethnicity.values();

		assertThat(values).hasSize(58);
		for (int i = 0; i < 56; i++) {
			assertThat(values[i].code()).isEqualTo("%02d".formatted(i + 1));
			assertThat(values[i].label()).endsWith("族");
		}
		assertThat(Ethnicity.ZHUANG.label()).isEqualTo("壮族");
		assertThat(Ethnicity.KIRGIZ.code()).isEqualTo("29");
		assertThat(Arrays.stream(values).map(Ethnicity::label).distinct()).hasSize(58);
	}

}
