package org.enrolcheck.importing.file;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.enrolcheck.importing.RosterRow;
import org.enrolcheck.validation.Ethnicity;
import org.enrolcheck.validation.Gender;
import org.enrolcheck.validation.IdType;
import org.enrolcheck.validation.Level;
import org.enrolcheck.validation.Province;
import org.enrolcheck.validation.RecordStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrolcheck.importing.file.RosterFixtures.*;

class RosterReaderCsvTests {

	@Test
	void readsUtf8WithoutBom() {
		RosterParse.Parsed parsed = parsed(READER.read(bytes(csv(wang(), zhang()), "UTF-8"), "名单.csv"));

		assertThat(parsed.format()).isEqualTo(RosterFormat.CSV);
		assertThat(parsed.encoding()).isEqualTo(CsvEncoding.UTF_8);
		assertThat(parsed.invalid()).isEmpty();
		assertThat(parsed.dataRowCount()).isEqualTo(2);
		RosterRow wang = parsed.rows().getFirst();
		assertThat(wang.rowNumber()).isEqualTo(2);
		assertThat(wang.examineeNumber()).isEqualTo("25110101000001");
		assertThat(wang.name()).isEqualTo("王丽");
		assertThat(wang.gender()).isEqualTo(Gender.FEMALE);
		assertThat(wang.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(wang.idType()).isEqualTo(IdType.RESIDENT_ID);
		assertThat(wang.idNumber()).isEqualTo("11010519491231002X");
		assertThat(wang.ethnicity()).isEqualTo(Ethnicity.HAN);
		assertThat(wang.originProvince()).isEqualTo(Province.BEIJING);
		assertThat(wang.institutionCode()).isEqualTo("10635");
		assertThat(wang.collegeName()).isEqualTo("计算机与信息科学学院");
		assertThat(wang.classCode()).isEqualTo("2025010101");
		assertThat(wang.majorCode()).isEqualTo("080901");
		assertThat(wang.majorName()).isEqualTo("计算机科学与技术");
		assertThat(wang.lengthOfSchooling()).isEqualByComparingTo(BigDecimal.valueOf(4));
		assertThat(wang.level()).isEqualTo(Level.BACHELOR);
		assertThat(wang.admissionYear()).isEqualTo(2025);
		assertThat(wang.enrolmentDate()).isEqualTo(LocalDate.of(2025, 9, 1));
		assertThat(wang.expectedGraduationDate()).isEqualTo(LocalDate.of(2029, 6, 30));
		assertThat(wang.status()).isEqualTo(RecordStatus.REGISTERED);
		assertThat(parsed.rows().get(1).rowNumber()).isEqualTo(3);
	}

	@Test
	void readsUtf8WithBomAsExcelSavesCsvUtf8() {
		RosterParse.Parsed parsed = parsed(READER.read(withBom(csv(wang())), "名单.csv"));

		assertThat(parsed.encoding()).isEqualTo(CsvEncoding.UTF_8_BOM);
		assertThat(parsed.headers().getFirst()).isEqualTo("考生号");
		assertThat(parsed.rows()).singleElement().extracting(RosterRow::name).isEqualTo("王丽");
	}

	@Test
	void readsGb18030AsExcelSavesCsvOnAChineseWindows() {
		Object rareName = "𠮷野";
		String text = csv(with(wang(), "姓名", rareName), with(chen(), "民族", "维吾尔族"));

		RosterParse.Parsed parsed = parsed(READER.read(bytes(text, "GB18030"), "名单.csv"));

		assertThat(parsed.encoding()).isEqualTo(CsvEncoding.GB18030);
		assertThat(parsed.invalid()).isEmpty();
		assertThat(parsed.rows()).extracting(RosterRow::name).containsExactly("𠮷野", "陈晓");
		assertThat(parsed.rows().get(1).ethnicity()).isEqualTo(Ethnicity.UYGUR);
	}

	@Test
	void readsTabSeparatedText() {
		String text = csv(wang(), zhang()).replace(',', '\t');

		RosterParse.Parsed parsed = parsed(READER.read(bytes(text, "UTF-8"), "名单.txt"));

		assertThat(parsed.rows()).hasSize(2);
	}

	@Test
	void skipsBlankLinesButKeepsTheRowNumbersExcelShows() {
		String text = csv(wang(), zhang()).replace("\r\n25110101000002", "\r\n\r\n,,,,\r\n25110101000002");

		RosterParse.Parsed parsed = parsed(READER.read(bytes(text, "UTF-8"), "名单.csv"));

		assertThat(parsed.dataRowCount()).isEqualTo(2);
		assertThat(parsed.rows()).extracting(RosterRow::rowNumber).containsExactly(2, 5);
	}

	@Test
	void findsTheHeaderBelowATitleLine() {
		String text = "2025级新生学籍名单,,,\r\n" + csv(wang());

		RosterParse.Parsed parsed = parsed(READER.read(bytes(text, "UTF-8"), "名单.csv"));

		assertThat(parsed.rows()).singleElement().extracting(RosterRow::rowNumber).isEqualTo(3);
	}

	@Test
	void matchesAliasesGraphQlNamesFullWidthFormsSpacesAndAsterisks() {
		String header = "考生号码,学号 ,＊姓名,gender,出生年月日,证件号码,民族*,生源地,学校名称,院系,班级,专业,学制,培养层次,"
				+ "入学年份,学习形式,学历类别,预计毕业日期,入学日期,ＳＴＡＴＵＳ";
		String line = "25110101000002,2025000002,张伟,男,1990/3/7,11010119900307803X,汉,11,西南大学,计算机学院,"
				+ "2025010101,软件工程,4年,本科,2025级,全日制,普通高等教育,2029年6月30日,2025-09-01,注册学籍";

		RosterParse.Parsed parsed = parsed(READER.read(bytes(header + "\r\n" + line, "UTF-8"), "名单.csv"));

		assertThat(parsed.invalid()).isEmpty();
		assertThat(parsed.headers()).contains("＊姓名", "证件号码", "ＳＴＡＴＵＳ");
		assertThat(parsed.columns()).doesNotContain(RosterColumn.ID_TYPE, RosterColumn.INSTITUTION_CODE,
				RosterColumn.MAJOR_CODE);
		RosterRow zhang = parsed.rows().getFirst();
		assertThat(zhang.idType()).isEqualTo(IdType.RESIDENT_ID);
		assertThat(zhang.institutionCode()).isNull();
		assertThat(zhang.majorName()).isEqualTo("软件工程");
		assertThat(zhang.expectedGraduationDate()).isEqualTo(LocalDate.of(2029, 6, 30));
	}

	@Test
	void refusesAMissingRequiredColumnNamingIt() {
		String text = csv(without(without(wang(), "学籍状态"), "民族"));

		RosterParse parse = READER.read(bytes(text, "UTF-8"), "名单.csv");

		assertThat(parse).isEqualTo(new RosterParse.Rejected(RosterFileError.COLUMN_REQUIRED_MISSING, "民族、学籍状态"));
		assertThat(((RosterParse.Rejected) parse).zh()).isEqualTo("缺少必填列：民族、学籍状态。");
	}

	@Test
	void refusesAnUnknownColumnNamingIt() {
		String text = csv(with(with(wang(), "手机号", "13800138000"), "备注", "无"));

		RosterParse parse = READER.read(bytes(text, "UTF-8"), "名单.csv");

		assertThat(parse).isEqualTo(new RosterParse.Rejected(RosterFileError.COLUMN_UNKNOWN, "手机号、备注"));
		assertThat(((RosterParse.Rejected) parse).en()).contains("手机号、备注");
	}

	@Test
	void masksAnIdNumberQuotedFromTheHeader() {
		String text = csv(with(wang(), "11010519491231002X", "x"));

		assertThat(READER.read(bytes(text, "UTF-8"), "名单.csv"))
			.isEqualTo(new RosterParse.Rejected(RosterFileError.COLUMN_UNKNOWN, "110***********002X"));
	}

	@Test
	void refusesAColumnNamedTwiceEvenUnderAnAlias() {
		String text = csv(with(wang(), "证件号码", "11010519491231002X"));

		assertThat(READER.read(bytes(text, "UTF-8"), "名单.csv"))
			.isEqualTo(new RosterParse.Rejected(RosterFileError.COLUMN_DUPLICATE, "身份证号 / 证件号码"));
	}

	@Test
	void refusesDataWithoutAHeaderRow() {
		String text = csv(wang(), zhang());
		String withoutHeader = text.substring(text.indexOf("\r\n") + 2);

		assertThat(READER.read(bytes(withoutHeader, "UTF-8"), "名单.csv"))
			.isEqualTo(new RosterParse.Rejected(RosterFileError.HEADER_MISSING, ""));
	}

	@Test
	void refusesEmptyAndHeaderOnlyFiles() {
		assertThat(READER.read(new byte[0], "名单.csv")).isEqualTo(new RosterParse.Rejected(RosterFileError.FILE_EMPTY, ""));
		assertThat(READER.read(withBom("\r\n  \r\n"), "名单.csv"))
			.isEqualTo(new RosterParse.Rejected(RosterFileError.FILE_EMPTY, ""));
		String headerOnly = String.join(",", HEADERS) + "\r\n,,,\r\n";
		assertThat(READER.read(bytes(headerOnly, "UTF-8"), "名单.csv"))
			.isEqualTo(new RosterParse.Rejected(RosterFileError.NO_DATA_ROWS, ""));
	}

	@Test
	void refusesTextInNeitherUtf8NorGb18030() {
		byte[] broken = bytes(csv(wang()), "UTF-8");
		broken[broken.length - 4] = (byte) 0xFF;
		byte[] utf16 = bytes(csv(wang()), "UTF-16");

		assertThat(READER.read(broken, "名单.csv"))
			.isEqualTo(new RosterParse.Rejected(RosterFileError.FILE_ENCODING_UNSUPPORTED, ""));
		assertThat(READER.read(utf16, "名单.csv"))
			.isEqualTo(new RosterParse.Rejected(RosterFileError.FILE_ENCODING_UNSUPPORTED, ""));
	}

	@Test
	void refusesAnUnbalancedQuoteWithTheLine() {
		String text = csv(wang(), zhang()).replace("\r\n25110101000002,", "\r\n\"25110101000002,");

		assertThat(READER.read(bytes(text, "UTF-8"), "名单.csv"))
			.isEqualTo(new RosterParse.Rejected(RosterFileError.CSV_MALFORMED, "3"));
	}

}
