package org.enrolcheck.importing.file;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrolcheck.importing.file.RosterFixtures.*;

class RosterTemplateTests {

	@Test
	void listsTheHeadersInTheDomainOrder() {
		assertThat(RosterTemplate.headers()).containsExactly("考生号", "学号", "姓名", "性别", "出生日期", "证件类型", "身份证号", "民族",
				"生源省市", "院校代码", "院校名称", "分院/系所", "班号", "专业代码", "专业名称", "学制", "层次", "录取年份", "学习形式", "学历类别",
				"入学日期", "预毕业日期", "学籍状态");
		assertThat(RosterTemplate.markedHeaders()).startsWith("考生号*", "学号*").contains("证件类型", "院校代码");
	}

	@Test
	void writesABlankWorkbookWithAGuideThatTheReaderAccepts() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		RosterTemplate.write(out);
		byte[] template = out.toByteArray();

		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets).extracting(Sheet::getName).containsExactly("学籍名单", "填写说明");
			List<Row> roster = sheets.get(0).read();
			assertThat(roster).singleElement()
				.extracting(row -> row.stream().map(Cell::getText).toList())
				.isEqualTo(RosterTemplate.markedHeaders());
			List<Row> guide = sheets.get(1).read();
			assertThat(guide).hasSize(RosterColumn.values().length + 1);
			assertThat(guide.get(4).getCellText(2)).isEqualTo("男、女");
		}
		assertThat(READER.read(template, "模板.xlsx")).isEqualTo(new RosterParse.Rejected(RosterFileError.NO_DATA_ROWS, ""));
	}

	@Test
	void guidesEveryColumn() {
		assertThat(Arrays.stream(RosterColumn.values()).map(RosterTemplate::guidance)).allSatisfy(text -> assertThat(text).isNotBlank());
	}

}
