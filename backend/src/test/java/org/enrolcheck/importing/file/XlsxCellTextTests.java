package org.enrolcheck.importing.file;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxCellTextTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "yyyy-mm-dd|true", "yyyy\"年\"m\"月\"d\"日\"|true", "[$-804]yyyy/m/d|true",
			"m/d/yy h:mm|true", "dd-mmm|true", "0.00|false", "[Red]0.00|false", "@|false", "h:mm:ss|false",
			"\"day\"0|false", "#,##0|false" })
	void tellsDateFormatsFromNumberFormats(String format, boolean date) {
		assertThat(XlsxCellText.isDateFormat(format)).isEqualTo(date);
	}

	@ParameterizedTest
	@CsvSource({ "25110101000001, true", "-3, true", "2.5, true", "4.40524E+17, true", "1.5e-3, true", "2., false",
			"., false", "-, false", "E5, false", "1E, false", "#N/A, false", "'', false", "12a, false" })
	void recognisesTheValuesOfNumberCells(String raw, boolean number) {
		assertThat(XlsxCellText.isNumber(raw)).isEqualTo(number);
	}

}
