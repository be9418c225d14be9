package org.enrolcheck.importing.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.enrolcheck.importing.RosterRow;
import org.enrolcheck.validation.Ethnicity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enrolcheck.importing.file.RosterFixtures.*;

class RosterReaderXlsxTests {

	@Test
	void readsTextCellsLikeACsv() {
		RosterParse.Parsed parsed = parsed(READER.read(xlsx(wang(), zhang()), "名单.xlsx"));

		assertThat(parsed.format()).isEqualTo(RosterFormat.XLSX);
		assertThat(parsed.encoding()).isNull();
		assertThat(parsed.invalid()).isEmpty();
		assertThat(parsed.rows()).extracting(RosterRow::rowNumber).containsExactly(2, 3);
		assertThat(parsed.rows()).extracting(RosterRow::idNumber)
			.containsExactly("11010519491231002X", "11010119900307803X");
	}

	@Test
	void readsNumberCellsAsTheDigitsExcelShows() {
		var numeric = with(with(with(with(with(wang(), "考生号", 25110101000001L), "学号", 2025000001L), "学制", 2.5),
				"录取年份", 2025), "民族", 1);
		var asDouble = with(with(zhang(), "考生号", 2.5110101000002E13), "班号", 2025010101L);

		RosterParse.Parsed parsed = parsed(READER.read(xlsx(numeric, asDouble), "名单.xlsx"));

		assertThat(parsed.invalid()).isEmpty();
		RosterRow wang = parsed.rows().getFirst();
		assertThat(wang.examineeNumber()).isEqualTo("25110101000001");
		assertThat(wang.studentNumber()).isEqualTo("2025000001");
		assertThat(wang.lengthOfSchooling()).isEqualByComparingTo(new BigDecimal("2.5"));
		assertThat(wang.admissionYear()).isEqualTo(2025);
		assertThat(wang.ethnicity()).isEqualTo(Ethnicity.HAN);
		assertThat(parsed.rows().get(1).examineeNumber()).isEqualTo("25110101000002");
		assertThat(parsed.rows().get(1).classCode()).isEqualTo("2025010101");
	}

	@Test
	void readsDateCellsIncludingBirthDatesBefore1950() {
		var dated = with(with(wang(), "出生日期", LocalDate.of(1949, 12, 31)), "入学日期", LocalDate.of(2025, 9, 1));
		var serialWithoutFormat = with(li(), "出生日期", 36526);

		RosterParse.Parsed parsed = parsed(READER.read(xlsx(dated, serialWithoutFormat), "名单.xlsx"));

		assertThat(parsed.invalid()).isEmpty();
		assertThat(parsed.rows()).extracting(RosterRow::birthDate)
			.containsExactly(LocalDate.of(1949, 12, 31), LocalDate.of(2000, 1, 1));
		assertThat(parsed.rows().getFirst().enrolmentDate()).isEqualTo(LocalDate.of(2025, 9, 1));
	}

	@Test
	void refusesIdNumbersThatExcelTurnedIntoScientificNotation() {
		var typedAsNumber = with(zhang(), "身份证号", 110101199003078030L);
		var savedAsText = with(li(), "身份证号", "4.40524E+17");

		RosterParse.Parsed parsed = parsed(READER.read(xlsx(typedAsNumber, savedAsText), "名单.xlsx"));

		assertThat(parsed.rows()).isEmpty();
		assertThat(parsed.invalid()).extracting(RowError::rowNumber, RowError::column, RowError::code)
			.containsExactly(tuple(2, "身份证号", "EXCEL_SCIENTIFIC_NOTATION"),
					tuple(3, "身份证号", "EXCEL_SCIENTIFIC_NOTATION"));
	}

	@Test
	void refusesAWorkbookCutInHalf() {
		byte[] whole = xlsx(wang(), zhang());
		byte[] half = Arrays.copyOf(whole, whole.length / 2);

		assertThat(READER.read(half, "名单.xlsx")).isEqualTo(new RosterParse.Rejected(RosterFileError.XLSX_CORRUPT, ""));
	}

	@Test
	void refusesAZipBombByCompressionRatio() throws IOException {
		byte[] bomb = zip("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8),
				"xl/worksheets/sheet1.xml", new byte[50 * 1024 * 1024]);

		assertThat(bomb.length).isLessThan(1024 * 1024);
		assertThat(READER.read(bomb, "名单.xlsx")).isEqualTo(new RosterParse.Rejected(RosterFileError.ZIP_BOMB, ""));
	}

	@Test
	void refusesAZipBombByTotalSize() throws IOException {
		RosterReader reader = new RosterReader(TODAY, new RosterLimits(1024 * 1024, 1000, 20, 10_000));
		byte[] bomb = zip("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8),
				"xl/worksheets/sheet1.xml", new byte[30 * 1024 * 1024]);

		assertThat(reader.read(bomb, "名单.xlsx")).isEqualTo(new RosterParse.Rejected(RosterFileError.ZIP_BOMB, ""));
	}

	@Test
	void refusesAZipThatIsNoWorkbook() throws IOException {
		byte[] archive = zip("名单.csv", csv(wang()).getBytes(StandardCharsets.UTF_8));

		assertThat(READER.read(archive, "名单.xlsx"))
			.isEqualTo(new RosterParse.Rejected(RosterFileError.FILE_TYPE_UNSUPPORTED, "ZIP"));
	}

	@Test
	void refusesAnEmptySheet() {
		assertThat(READER.read(xlsx(List.of()), "名单.xlsx"))
			.isEqualTo(new RosterParse.Rejected(RosterFileError.FILE_EMPTY, ""));
	}

	private static byte[] zip(Object... namesAndContents) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(9);
			for (int i = 0; i < namesAndContents.length; i += 2) {
				zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
				zip.write((byte[]) namesAndContents[i + 1]);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
