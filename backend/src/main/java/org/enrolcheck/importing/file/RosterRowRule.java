package org.enrolcheck.importing.file;

/**
 * Row rules that only a whole roster line or a whole file can break, next to the single-field rules
 * of {@link org.enrolcheck.validation.RuleCode}; the names never clash with those codes, so both share
 * {@link RowError#code()}. A message may hold one {@code %s} for other row numbers.
 */
public enum RosterRowRule {

	DUPLICATE_EXAMINEE_NUMBER("考生号在本文件中重复出现（另见第 %s 行）。",
			"The examinee number appears more than once in this file (see also row %s)."),
	DUPLICATE_STUDENT_NUMBER("学号在本文件中重复出现（另见第 %s 行）。",
			"The student number appears more than once in this file (see also row %s)."),
	GRADUATION_NOT_AFTER_ENROLMENT("预毕业日期应晚于入学日期。", "The expected graduation date must be after the enrolment date."),
	ENROLMENT_BEFORE_ADMISSION("入学日期早于录取年份。", "The enrolment date is before the admission year."),
	ADMISSION_YEAR_IMPLAUSIBLE("录取年份与出生日期不符（录取时不满 10 岁），请核对其中之一。",
			"The admission year does not fit the birth date (younger than 10 at admission); check one of them."),
	INSTITUTION_CODE_FORMAT("院校代码应为 5 位数字（如 10635）。", "The institution code has 5 digits (e.g. 10635)."),
	MAJOR_CODE_FORMAT("专业代码应为 4–10 位数字或大写字母（如 080901、080910T）。",
			"The major code has 4–10 digits or capital letters (e.g. 080901, 080910T)."),
	TEXT_TOO_LONG("内容不能超过 100 个字。", "The text is longer than 100 characters.");

	private final String zh;

	private final String en;

	RosterRowRule(String zh, String en) {
		this.zh = zh;
		this.en = en;
	}

	public String zh() {
		return zh;
	}

	public String en() {
		return en;
	}

}
