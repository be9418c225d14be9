package org.enrolcheck.importing.file;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The columns of a roster file, in the template's order: the Chinese header of the domain's field
 * table, the GraphQL field name and the aliases registrars' own spreadsheets use. 院校名称 is
 * accepted so that an office's usual sheet loads, but the import goes by 院校代码 and the account's
 * institution; 证件类型 defaults to 居民身份证 when the column is absent or the cell empty.
 */
public enum RosterColumn {

	EXAMINEE_NUMBER("考生号", "examineeNumber", true, "考生号码", "高考报名号"),
	STUDENT_NUMBER("学号", "studentNumber", true),
	NAME("姓名", "name", true),
	GENDER("性别", "gender", true),
	BIRTH_DATE("出生日期", "birthDate", true, "出生年月日"),
	ID_TYPE("证件类型", "idType", false),
	ID_NUMBER("身份证号", "idNumber", true, "证件号码", "身份证号码", "证件号"),
	ETHNICITY("民族", "ethnicity", true),
	ORIGIN_PROVINCE("生源省市", "originProvince", true, "生源地", "生源省份"),
	INSTITUTION_CODE("院校代码", "institutionCode", false),
	INSTITUTION_NAME("院校名称", "institution", false, "学校名称", "institutionName"),
	COLLEGE("分院/系所", "college", true, "院系", "学院", "分院", "系所", "院系名称", "collegeName"),
	CLASS_CODE("班号", "classCode", true, "班级", "班级代码"),
	MAJOR_CODE("专业代码", "majorCode", false),
	MAJOR_NAME("专业名称", "major", true, "专业", "majorName"),
	LENGTH_OF_SCHOOLING("学制", "lengthOfSchooling", true),
	LEVEL("层次", "level", true, "培养层次"),
	ADMISSION_YEAR("录取年份", "admissionYear", true, "入学年份", "年级"),
	STUDY_MODE("学习形式", "studyMode", true),
	EDUCATION_CATEGORY("学历类别", "educationCategory", true),
	ENROLMENT_DATE("入学日期", "enrolmentDate", false),
	EXPECTED_GRADUATION_DATE("预毕业日期", "expectedGraduationDate", false, "预计毕业日期"),
	STATUS("学籍状态", "status", true);

	private static final Map<String, RosterColumn> BY_KEY = new HashMap<>();

	static {
		for (RosterColumn column : values()) {
			column.spellings().forEach(spelling -> {
				RosterColumn clash = BY_KEY.put(key(spelling), column);
				if (clash != null) {
					throw new IllegalStateException(spelling + " names both " + clash + " and " + column);
				}
			});
		}
	}

	private final String header;

	private final String graphQlName;

	private final boolean required;

	private final List<String> aliases;

	RosterColumn(String header, String graphQlName, boolean required, String... aliases) {
		this.header = header;
		this.graphQlName = graphQlName;
		this.required = required;
		this.aliases = List.of(aliases);
	}

	/** The header a column matches, ignoring spaces, full-width forms, case and a marking {@code *}. */
	public static Optional<RosterColumn> ofHeader(String header) {
		return Optional.ofNullable(BY_KEY.get(key(header)));
	}

	/** The canonical Chinese header, e.g. 考生号. */
	public String header() {
		return header;
	}

	public String graphQlName() {
		return graphQlName;
	}

	public boolean required() {
		return required;
	}

	public List<String> aliases() {
		return aliases;
	}

	private Stream<String> spellings() {
		return Stream.concat(Stream.of(header, graphQlName), aliases.stream());
	}

	/*
	 * Templates mark required columns with * (before or after the name), Chinese input methods type
	 * full-width letters and slashes, and Excel users pad headers with spaces to widen a column.
	 */
	static String key(String header) {
		String text = CellText.removeSpaces(Normalizer.normalize(header, Normalizer.Form.NFKC));
		int start = 0;
		int end = text.length();
		while (start < end && text.charAt(start) == '*') {
			start++;
		}
		while (end > start && text.charAt(end - 1) == '*') {
			end--;
		}
		return text.substring(start, end).toLowerCase(Locale.ROOT);
	}

}
