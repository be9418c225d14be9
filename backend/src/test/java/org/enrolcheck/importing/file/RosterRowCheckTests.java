package org.enrolcheck.importing.file;

import org.enrolcheck.importing.RosterRow;
import org.enrolcheck.validation.IdType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.enrolcheck.importing.file.RosterFixtures.*;

class RosterRowCheckTests {

	@Test
	void reportsEachBadCellWithRowNumberColumnAndCode() {
		var badChecksum = with(wang(), "身份证号", "110105194912310021");
		var february30 = with(li(), "出生日期", "2000-02-30");
		var wrongGender = with(zhang(), "性别", "女");
		var wrongBirthDate = with(chen(), "出生日期", "2000-03-01");

		RosterParse.Parsed parsed = parsed(
				READER.read(bytes(csv(badChecksum, february30, wrongGender, wrongBirthDate), "UTF-8"), "名单.csv"));

		assertThat(parsed.rows()).isEmpty();
		assertThat(parsed.invalidRowCount()).isEqualTo(4);
		assertThat(parsed.invalid()).extracting(RowError::rowNumber, RowError::column, RowError::code)
			.containsExactly(tuple(2, "身份证号", "ID_NUMBER_CHECKSUM"), tuple(3, "出生日期", "DATE_INVALID"),
					tuple(4, "性别", "ID_GENDER_MISMATCH"), tuple(5, "出生日期", "ID_BIRTH_DATE_MISMATCH"));
		assertThat(parsed.invalid().get(2).zh()).contains("第 17 位");
	}

	@Test
	void quotesTheColumnAsTheFileNamesIt() {
		String text = csv(wang()).replace("身份证号", "证件号码").replace("11010519491231002X", "11010519491231002");

		RosterParse.Parsed parsed = parsed(READER.read(bytes(text, "UTF-8"), "名单.csv"));

		assertThat(parsed.invalid()).extracting(RowError::column, RowError::code)
			.containsExactly(tuple("证件号码", "ID_NUMBER_LENGTH"));
	}

	@Test
	void reportsEveryLineOfADuplicatedExamineeOrStudentNumber() {
		var first = wang();
		var sameExaminee = with(zhang(), "考生号", "25110101000001");
		var sameStudent = with(li(), "学号", "2025000001");
		var sameBothButInvalid = with(with(chen(), "考生号", "25110101000001"), "民族", "火星族");

		RosterParse.Parsed parsed = parsed(
				READER.read(bytes(csv(first, sameExaminee, sameStudent, sameBothButInvalid, zhang()), "UTF-8"), "名单.csv"));

		assertThat(parsed.hasDuplicateNumbers()).isTrue();
		assertThat(parsed.rows()).extracting(RosterRow::rowNumber).isEmpty();
		assertThat(parsed.invalid()).extracting(RowError::rowNumber, RowError::column, RowError::code)
			.containsExactly(tuple(2, "考生号", "DUPLICATE_EXAMINEE_NUMBER"), tuple(2, "学号", "DUPLICATE_STUDENT_NUMBER"),
					tuple(3, "考生号", "DUPLICATE_EXAMINEE_NUMBER"), tuple(3, "学号", "DUPLICATE_STUDENT_NUMBER"),
					tuple(4, "学号", "DUPLICATE_STUDENT_NUMBER"), tuple(5, "民族", "ETHNICITY_UNKNOWN"),
					tuple(5, "考生号", "DUPLICATE_EXAMINEE_NUMBER"), tuple(6, "学号", "DUPLICATE_STUDENT_NUMBER"));
		assertThat(parsed.invalid().getFirst().zh()).isEqualTo("考生号在本文件中重复出现（另见第 3, 5 行）。");
	}

	@Test
	void checksDatesAndYearsAgainstEachOther() {
		var graduatesBeforeEnrolling = with(wang(), "预毕业日期", "2025-06-30");
		var enrolsBeforeAdmission = with(zhang(), "入学日期", "2024-09-01");
		var admittedAsAToddler = with(chen(), "录取年份", "2003");

		RosterParse.Parsed parsed = parsed(READER.read(
				bytes(csv(graduatesBeforeEnrolling, enrolsBeforeAdmission, admittedAsAToddler), "UTF-8"), "名单.csv"));

		assertThat(parsed.invalid()).extracting(RowError::rowNumber, RowError::column, RowError::code)
			.containsExactly(tuple(2, "预毕业日期", "GRADUATION_NOT_AFTER_ENROLMENT"),
					tuple(3, "入学日期", "ENROLMENT_BEFORE_ADMISSION"), tuple(4, "录取年份", "ADMISSION_YEAR_IMPLAUSIBLE"));
	}

	@Test
	void keepsWarningsOfAcceptedRows() {
		var spacedName = with(wang(), "姓名", " 王丽 ");
		var lowerX = with(zhang(), "身份证号", "11010119900307803x");

		RosterParse.Parsed parsed = parsed(READER.read(bytes(csv(spacedName, lowerX), "UTF-8"), "名单.csv"));

		assertThat(parsed.invalid()).isEmpty();
		assertThat(parsed.rows()).extracting(RosterRow::name, RosterRow::idNumber)
			.containsExactly(tuple("王丽", "11010519491231002X"), tuple("张伟", "11010119900307803X"));
		assertThat(parsed.warnings()).extracting(RowWarning::rowNumber, RowWarning::column, RowWarning::code)
			.containsExactly(tuple(2, "姓名", "NAME_TRIMMED"), tuple(3, "身份证号", "ID_NUMBER_LOWER_CASE_X"));
	}

	@Test
	void checksOtherDocumentsByTheirOwnRules() {
		var passport = with(with(zhang(), "证件类型", "护照"), "身份证号", "e12345678");
		var scientific = with(with(li(), "证件类型", "护照"), "身份证号", "1.23457E+8");
		var unknownType = with(chen(), "证件类型", "驾驶证");

		RosterParse.Parsed parsed = parsed(READER.read(bytes(csv(passport, scientific, unknownType), "UTF-8"), "名单.csv"));

		assertThat(parsed.rows()).singleElement().satisfies(row -> {
			assertThat(row.idType()).isEqualTo(IdType.PASSPORT);
			assertThat(row.idNumber()).isEqualTo("E12345678");
		});
		assertThat(parsed.invalid()).extracting(RowError::rowNumber, RowError::column, RowError::code)
			.containsExactly(tuple(3, "身份证号", "EXCEL_SCIENTIFIC_NOTATION"), tuple(4, "证件类型", "ENUM_UNKNOWN"));
	}

	@Test
	void checksCodesAndFreeText() {
		var badCodes = with(with(wang(), "院校代码", "1063"), "专业代码", "08-09");
		var longCollege = with(with(zhang(), "分院/系所", "院".repeat(101)), "班号", "2.02501E+9");
		var emptyClass = with(with(li(), "班号", " "), "专业代码", "");

		RosterParse.Parsed parsed = parsed(READER.read(bytes(csv(badCodes, longCollege, emptyClass), "UTF-8"), "名单.csv"));

		assertThat(parsed.invalid()).extracting(RowError::rowNumber, RowError::column, RowError::code)
			.containsExactly(tuple(2, "院校代码", "INSTITUTION_CODE_FORMAT"), tuple(2, "专业代码", "MAJOR_CODE_FORMAT"),
					tuple(3, "分院/系所", "TEXT_TOO_LONG"), tuple(3, "班号", "EXCEL_SCIENTIFIC_NOTATION"),
					tuple(4, "班号", "VALUE_EMPTY"));
	}

	@Test
	void refusesNumbersThatExcelSavedInScientificNotation() {
		var id = with(wang(), "身份证号", "4.40524E+17");
		var examinee = with(zhang(), "考生号", "2.51101E+13");

		RosterParse.Parsed parsed = parsed(READER.read(bytes(csv(id, examinee), "GB18030"), "名单.csv"));

		assertThat(parsed.invalid()).extracting(RowError::rowNumber, RowError::column, RowError::code)
			.containsExactly(tuple(2, "身份证号", "EXCEL_SCIENTIFIC_NOTATION"), tuple(3, "考生号", "EXCEL_SCIENTIFIC_NOTATION"));
		assertThat(parsed.invalid().getFirst().zh()).contains("科学计数法");
	}

	@Test
	void neverPrintsAnIdNumber() {
		RosterParse.Parsed parsed = parsed(READER.read(bytes(csv(wang()), "UTF-8"), "名单.csv"));

		assertThat(parsed.toString()).doesNotContain("11010519491231002X").contains("1 valid");
		assertThat(parsed.rows().getFirst().toString()).doesNotContain("11010519491231002X");
	}

	@Test
	void fixtureCheckCharactersMatchTheVectors() {
		assertThat(residentId("11010519491231002")).isEqualTo("11010519491231002X");
		assertThat(residentId("53010219870706001")).isEqualTo("530102198707060014");
		assertThat(residentId("44030519951130006")).isEqualTo("440305199511300066");
	}

}
