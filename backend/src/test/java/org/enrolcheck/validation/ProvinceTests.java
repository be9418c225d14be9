package org.enrolcheck.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProvinceTests {

	@ParameterizedTest
	@CsvSource({ "11, BEIJING", "110000, BEIJING", "北京, BEIJING", "北京市, BEIJING", "45, GUANGXI",
			"广西壮族自治区, GUANGXI", "广西, GUANGXI", "内蒙古自治区, INNER_MONGOLIA", "黑龙江省, HEILONGJIANG",
			"54, XIZANG", "新疆维吾尔自治区, XINJIANG", "71, TAIWAN", "香港特别行政区, HONG_KONG", "82, MACAO",
			"shanghai, SHANGHAI" })
	void parsesByCodeShortOrFullName(String raw, Province expected) {
		assertThat(Province.parse(raw).toOptional()).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "99", "10", "110100", "北平", "广西省" })
	void rejectsUnknownValues(String raw) {
		assertThat(Province.parse(raw).codes()).containsExactly(RuleCode.PROVINCE_UNKNOWN);
	}

	@Test
	void holdsTheThirtyFourProvinceLevelDivisions() {
		assertThat(Province.values()).hasSize(34);
		assertThat(Province.ofCode("50")).contains(Province.CHONGQING);
		assertThat(Province.ofCode("99")).isEmpty();
		assertThat(Province.SHAANXI.code()).isEqualTo("61");
		assertThat(Province.SHANXI.code()).isEqualTo("14");
	}

}
