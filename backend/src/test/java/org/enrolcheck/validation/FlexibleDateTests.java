package org.enrolcheck.validation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FlexibleDateTests {

	@ParameterizedTest
	@ValueSource(strings = { "2025-09-01", "2025/9/1", "2025/09/01", "2025.9.1", "2025年9月1日", "2025年09月01日",
			"2025年9月1", "20250901", "45901", "45901.0", "45901.75", "2025/9/1 0:00", "2025-09-01 00:00:00",
			"2025-09-01T08:30", "２０２５／９／１", " 2025-09-01 " })
	void readsEveryRosterFormatAsTheFirstOfSeptember2025(String raw) {
		Checked<LocalDate> checked = FlexibleDate.parse(raw);

		assertThat(checked.toOptional()).contains(LocalDate.of(2025, 9, 1));
		assertThat(checked.codes()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "18264, 1950-01-01", "36526, 2000-01-01", "43891, 2020-03-01", "73050, 2099-12-31" })
	void countsExcelSerialsFromTheExcelEpoch(long serial, LocalDate expected) {
		assertThat(FlexibleDate.fromExcelSerial(serial).toOptional()).contains(expected);
	}

	@ParameterizedTest
	@CsvSource({ "2025-02-30, DATE_INVALID", "2025/13/1, DATE_INVALID", "2023年2月29日, DATE_INVALID",
			"20250230, DATE_INVALID", "1899-12-31, DATE_OUT_OF_RANGE", "2100-01-01, DATE_OUT_OF_RANGE",
			"2025, DATE_OUT_OF_RANGE", "60, DATE_OUT_OF_RANGE", "73051, DATE_OUT_OF_RANGE", "2025-9/1, DATE_FORMAT",
			"9/1/2025, DATE_FORMAT", "2025年九月一日, DATE_FORMAT", "yesterday, DATE_FORMAT", "-45901, DATE_FORMAT",
			"'  ', VALUE_EMPTY" })
	void rejectsWithAStableCode(String raw, RuleCode expected) {
		assertThat(FlexibleDate.parse(raw).codes()).containsExactly(expected);
	}

	@Test
	void acceptsTheLeapDay() {
		assertThat(FlexibleDate.parse("2024-02-29").toOptional()).contains(LocalDate.of(2024, 2, 29));
	}

}
