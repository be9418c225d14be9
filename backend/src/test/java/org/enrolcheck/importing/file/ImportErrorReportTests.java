package org.enrolcheck.importing.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrolcheck.importing.file.RosterFixtures.*;

class ImportErrorReportTests {

	@Test
	void listsErrorsBeforeWarningsRowByRowWithoutAnyValue() throws IOException {
		var lowerX = with(with(zhang(), "身份证号", "11010119900307803x"), "性别", "女");
		var spacedName = with(wang(), "姓名", " 王丽");
		RosterParse.Parsed parsed = parsed(READER.read(bytes(csv(spacedName, lowerX), "UTF-8"), "名单.csv"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		ImportErrorReport.write(out, parsed.invalid(), parsed.warnings());

		List<List<String>> lines = SpreadsheetWriterTests.readXlsx(out.toByteArray())
			.stream()
			.map(row -> row.stream().map(Cell::getText).toList())
			.toList();
		assertThat(lines).containsExactly(ImportErrorReport.HEADERS,
				List.of("2", "姓名", "提示", "NAME_TRIMMED", "姓名首尾的空格已删除。", "Spaces around the name were removed."),
				List.of("3", "性别", "错误", "ID_GENDER_MISMATCH", "性别与身份证号码第 17 位不一致（奇数为男，偶数为女）。",
						"The gender does not agree with the ID number's 17th digit (odd is male, even is female)."),
				List.of("3", "身份证号", "提示", "ID_NUMBER_LOWER_CASE_X", "身份证号码末位的小写 x 已改为大写 X。",
						"The lower-case x at the end of the ID number was changed to X."));
		assertThat(new String(out.toByteArray(), StandardCharsets.ISO_8859_1)).doesNotContain("11010119900307803");
	}

	@Test
	void writesAnEmptyReportWithItsHeader() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		ImportErrorReport.write(out, List.of(), List.of());

		assertThat(SpreadsheetWriterTests.readXlsx(out.toByteArray())).singleElement()
			.extracting(Row::getCellCount)
			.isEqualTo(ImportErrorReport.HEADERS.size());
	}

}
