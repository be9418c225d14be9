package org.enrolcheck.importing.file;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Worksheet;
import org.enrolcheck.validation.EducationCategory;
import org.enrolcheck.validation.Gender;
import org.enrolcheck.validation.IdType;
import org.enrolcheck.validation.Labelled;
import org.enrolcheck.validation.Level;
import org.enrolcheck.validation.RecordStatus;
import org.enrolcheck.validation.StudyMode;

/**
 * The blank roster a registrar downloads and fills in. Required headers carry a trailing {@code *},
 * which the reader ignores; the number columns are formatted as text, so that Excel keeps an ID
 * number's 18 characters instead of turning it into {@code 1.10105E+17}; a second sheet explains
 * every column.
 */
public final class RosterTemplate {

	private static final Set<RosterColumn> TEXT_COLUMNS = Set.of(RosterColumn.EXAMINEE_NUMBER,
			RosterColumn.STUDENT_NUMBER, RosterColumn.ID_NUMBER, RosterColumn.INSTITUTION_CODE, RosterColumn.CLASS_CODE,
			RosterColumn.MAJOR_CODE);

	private RosterTemplate() {
	}

	/** The canonical headers in the domain's order, without marks. */
	public static List<String> headers() {
		return Arrays.stream(RosterColumn.values()).map(RosterColumn::header).toList();
	}

	/** The headers as the template writes them: required ones marked with {@code *}. */
	public static List<String> markedHeaders() {
		return Arrays.stream(RosterColumn.values())
			.map(column -> column.required() ? column.header() + "*" : column.header())
			.toList();
	}

	public static void write(OutputStream out) throws IOException {
		List<RosterColumn> columns = List.of(RosterColumn.values());
		List<Integer> textColumns = IntStream.range(0, columns.size())
			.filter(index -> TEXT_COLUMNS.contains(columns.get(index)))
			.boxed()
			.toList();
		XlsxSpreadsheetWriter writer = new XlsxSpreadsheetWriter(out, "学籍名单", markedHeaders(), textColumns);
		Worksheet guide = writer.workbook().newWorksheet("填写说明");
		List<String> guideHeaders = List.of("列名", "是否必填", "填写要求");
		for (int column = 0; column < guideHeaders.size(); column++) {
			guide.value(0, column, guideHeaders.get(column));
			guide.style(0, column).bold().set();
		}
		guide.width(0, 16);
		guide.width(1, 10);
		guide.width(2, 80);
		for (int row = 0; row < columns.size(); row++) {
			RosterColumn column = columns.get(row);
			guide.value(row + 1, 0, column.header());
			guide.value(row + 1, 1, column.required() ? "必填" : "选填");
			guide.value(row + 1, 2, SpreadsheetText.neutralise(guidance(column)));
		}
		writer.close();
	}

	static String guidance(RosterColumn column) {
		return switch (column) {
			case EXAMINEE_NUMBER -> "14 位数字（高考报名号）；本校内不得重复";
			case STUDENT_NUMBER -> "1–20 位字母或数字；本校内不得重复";
			case NAME -> "与身份证件一致；少数民族或外国人姓名用间隔号“·”分隔，不要加空格";
			case GENDER -> labels(Gender.values());
			case BIRTH_DATE, ENROLMENT_DATE -> "日期，如 2025-09-01、2025/9/1 或 2025年9月1日";
			case ID_TYPE -> "不填默认为居民身份证；可填：" + labels(IdType.values());
			case ID_NUMBER -> "居民身份证为 18 位，末位 X 大写；请保持本列为“文本”格式";
			case ETHNICITY -> "GB/T 3304 民族名称或两位代码，如 汉族 或 01";
			case ORIGIN_PROVINCE -> "省级行政区名称或两位代码，如 北京 或 11";
			case INSTITUTION_CODE -> "5 位国标院校代码，如 10635";
			case INSTITUTION_NAME -> "如 西南大学";
			case COLLEGE, CLASS_CODE, MAJOR_NAME -> "不超过 100 个字";
			case MAJOR_CODE -> "专业目录代码，如 080901";
			case LENGTH_OF_SCHOOLING -> "年数，如 2、2.5、3、4、5、8";
			case LEVEL -> labels(Level.values());
			case ADMISSION_YEAR -> "4 位年份，如 2025";
			case STUDY_MODE -> labels(StudyMode.values());
			case EDUCATION_CATEGORY -> labels(EducationCategory.values());
			case EXPECTED_GRADUATION_DATE -> "日期，须晚于入学日期";
			case STATUS -> labels(RecordStatus.values());
		};
	}

	private static String labels(Labelled... values) {
		return Stream.of(values).map(Labelled::label).collect(Collectors.joining("、"));
	}

}
