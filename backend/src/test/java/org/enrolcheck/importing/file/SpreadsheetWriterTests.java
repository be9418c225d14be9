package org.enrolcheck.importing.file;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.enrolcheck.importing.RosterRow;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrolcheck.importing.file.RosterFixtures.*;

class SpreadsheetWriterTests {

	private static final List<String> HEADERS = List.of("内容", "负数", "小数", "日期", "空", "考生号");

	private static final List<Object> HOSTILE = Arrays.asList("=HYPERLINK(\"http://evil.example\",\"点击\")", -3,
			new BigDecimal("-3.50"), LocalDate.of(2025, 9, 1), null, 25110101000001L);

	private static final List<String> PREFIXED = List.of("+1", "-2", "@SUM(A1)", "\tcmd", "\rcmd", "正常文本", "");

	@Test
	void csvStartsWithABomAndEndsLinesWithCrlf() throws IOException {
		byte[] bytes = csv(List.of(List.of("a", "b"), List.of("c", "d")));

		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
			.isEqualTo("内容,负数,小数,日期,空,考生号\r\na,b\r\nc,d\r\n");
	}

	@Test
	void csvNeutralisesFormulasButNotNumbers() throws IOException {
		byte[] bytes = csv(List.of(HOSTILE, new ArrayList<>(PREFIXED)));
		String text = new String(bytes, StandardCharsets.UTF_8);

		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();

		assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\"");
		assertThat(records.get(1).toList())
			.containsExactly("'=HYPERLINK(\"http://evil.example\",\"点击\")", "-3", "-3.50", "2025-09-01", "", "25110101000001");
		assertThat(records.get(2).toList())
			.containsExactly("'+1", "'-2", "'@SUM(A1)", "'\tcmd", "'\rcmd", "正常文本", "");
	}

	@Test
	void xlsxNeutralisesFormulasButNotNumbers() throws IOException {
		List<Row> rows = readXlsx(xlsx(List.of(HOSTILE, new ArrayList<>(PREFIXED))));

		Row hostile = rows.get(1);
		assertThat(hostile.getCell(0).getType()).isEqualTo(CellType.STRING);
		assertThat(hostile.getCell(0).getText()).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"点击\")");
		assertThat(hostile.getCell(0).getFormula()).isNull();
		assertThat(hostile.getCell(1).getType()).isEqualTo(CellType.NUMBER);
		assertThat(hostile.getCell(1).asNumber()).isEqualByComparingTo("-3");
		assertThat(hostile.getCell(2).asNumber()).isEqualByComparingTo("-3.5");
		assertThat(hostile.getCellAsDate(3)).hasValue(LocalDate.of(2025, 9, 1).atStartOfDay());
		assertThat(hostile.getOptionalCell(4).map(Cell::getType).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);
		assertThat(hostile.getCell(5).getType()).as("a 14-digit number would show as 2.51101E+13").isEqualTo(CellType.STRING);
		assertThat(hostile.getCell(5).getText()).isEqualTo("25110101000001");
		assertThat(rows.get(2).stream().map(Cell::getText).toList())
			.containsExactly("'+1", "'-2", "'@SUM(A1)", "'\tcmd", "'\rcmd", "正常文本", "");
	}

	@Test
	void exportsThatTheReaderImportsAgain() throws IOException {
		List<Map<String, Object>> people = List.of(wang(), zhang(), li(), chen());
		List<List<Object>> lines = people.stream().map(person -> (List<Object>) new ArrayList<>(person.values())).toList();

		RosterParse.Parsed fromXlsx = parsed(READER.read(xlsx(RosterTemplate.headers(), lines), "导出.xlsx"));
		RosterParse.Parsed fromCsv = parsed(READER.read(csv(RosterTemplate.headers(), lines), "导出.csv"));

		assertThat(fromXlsx.invalid()).isEmpty();
		assertThat(fromXlsx.rows()).hasSize(4).isEqualTo(fromCsv.rows());
		assertThat(fromCsv.rows()).extracting(RosterRow::idNumber)
			.containsExactly("11010519491231002X", "11010119900307803X", "310104200001011239", "110101200002291248");
	}

	@Test
	void streamsLargeExportsWithoutHoldingThem() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = SpreadsheetWriter.xlsx(out, "导出", HEADERS)) {
			for (int i = 0; i < 5000; i++) {
				writer.row(List.of("第" + i + "行", i));
			}
			assertThat(out.size()).as("flushed before the end").isPositive();
		}

		assertThat(readXlsx(out.toByteArray())).hasSize(5001);
	}

	static byte[] csv(List<? extends List<?>> rows) throws IOException {
		return csv(HEADERS, rows);
	}

	static byte[] csv(List<String> headers, List<? extends List<?>> rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = SpreadsheetWriter.csv(out, headers)) {
			for (List<?> row : rows) {
				writer.row(row);
			}
		}
		return out.toByteArray();
	}

	static byte[] xlsx(List<? extends List<?>> rows) throws IOException {
		return xlsx(HEADERS, rows);
	}

	static byte[] xlsx(List<String> headers, List<? extends List<?>> rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = SpreadsheetWriter.xlsx(out, "导出", headers)) {
			for (List<?> row : rows) {
				writer.row(row);
			}
		}
		return out.toByteArray();
	}

	static List<Row> readXlsx(byte[] bytes) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			return workbook.getFirstSheet().read();
		}
	}

}
