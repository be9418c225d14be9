package org.enrolcheck.validation;

import java.util.Locale;

/**
 * Every way a value can fail a rule, or pass with a warning. The names are a contract with the
 * import report, the API's {@code FieldError.code} and the frontend's texts: once released, a code
 * keeps its meaning.
 */
public enum RuleCode {

	VALUE_EMPTY("该项不能为空。", "This value is required."),
	ENUM_UNKNOWN("无法识别该取值，请按规定的名称或代码填写。", "The value is not one of the allowed names or codes."),
	EXCEL_SCIENTIFIC_NOTATION("该号码被 Excel 显示为科学计数法（如 1.10105E+17），末尾数字可能已丢失；请将该列设为“文本”后重新录入。",
			"Excel turned the number into scientific notation (e.g. 1.10105E+17) and may have lost its last digits; "
					+ "format the column as text and enter it again."),

	ID_NUMBER_EMPTY("请填写身份证号码。", "The ID number is required."),
	ID_NUMBER_LENGTH("身份证号码应为 18 位。", "A resident ID number has 18 characters."),
	ID_NUMBER_CHARACTERS("身份证号码前 17 位必须是数字，最后一位是数字或大写 X。",
			"The first 17 characters of the ID number must be digits and the last a digit or X."),
	ID_NUMBER_FULL_WIDTH("身份证号码中含有全角字符（如 １、Ｘ），请切换到半角输入法后重新输入。",
			"The ID number contains full-width characters (such as １ or Ｘ); type it again in half-width."),
	ID_NUMBER_INNER_SPACE("身份证号码中间不能有空格。", "The ID number must not contain spaces."),
	ID_NUMBER_LEGACY_FORM("这是 15 位旧身份证号码，请填写现行的 18 位号码。",
			"This is a 15-digit old ID number; use the current 18-character number."),
	ID_NUMBER_REGION("身份证号码前两位不是有效的省级行政区划代码。",
			"The first two digits of the ID number are not a province code (GB/T 2260)."),
	ID_NUMBER_DATE("身份证号码中的出生日期（第 7–14 位）不是有效日期，或早于 1900 年。",
			"The birth date in the ID number (characters 7–14) is not a real date, or is before 1900."),
	ID_NUMBER_FUTURE_DATE("身份证号码中的出生日期晚于今天。", "The birth date in the ID number is in the future."),
	ID_NUMBER_CHECKSUM("身份证号码校验位不正确，请核对最后一位。",
			"The ID number's check character does not match (GB 11643)."),
	ID_NUMBER_LOWER_CASE_X("身份证号码末位的小写 x 已改为大写 X。", "The lower-case x at the end of the ID number was changed to X.",
			true),
	ID_NUMBER_TRIMMED("身份证号码首尾的空格已删除。", "Spaces around the ID number were removed.", true),
	ID_DOCUMENT_FORMAT("证件号码应为 5–20 位字母或数字。", "The document number must be 5–20 letters or digits."),
	ID_GENDER_MISMATCH("性别与身份证号码第 17 位不一致（奇数为男，偶数为女）。",
			"The gender does not agree with the ID number's 17th digit (odd is male, even is female)."),
	ID_BIRTH_DATE_MISMATCH("出生日期与身份证号码第 7–14 位不一致。",
			"The birth date does not agree with characters 7–14 of the ID number."),

	NAME_EMPTY("请填写姓名。", "The name is required."),
	NAME_TOO_LONG("姓名不能超过 50 个字。", "The name is longer than 50 characters."),
	NAME_DIGIT("姓名中不能含有数字。", "The name must not contain digits."),
	NAME_INNER_SPACE("姓名中间不能有空格；少数民族或外国人姓名请用间隔号“·”分隔。",
			"The name must not contain spaces; separate the parts of a minority or foreign name with the middle dot ·."),
	NAME_SYMBOL("姓名中含有不允许的符号，只能使用汉字、字母和间隔号“·”。",
			"The name contains a symbol; only Han characters, letters and the middle dot · are allowed."),
	NAME_FULL_WIDTH("姓名中含有全角字母，请切换到半角输入法后重新输入。",
			"The name contains full-width letters; type them again in half-width."),
	NAME_RADICAL("姓名中含有偏旁部首符号（如 ⼈），而不是汉字本身，请重新输入该字。",
			"The name contains a radical sign (such as ⼈) instead of the character itself; type the character again."),
	NAME_PRIVATE_USE("姓名中含有自造字（私用区字符），其他系统无法显示；请使用 GB 18030 中的标准汉字。",
			"The name contains a self-made (private-use) character that other systems cannot show; "
					+ "use the standard character from GB 18030."),
	NAME_DOT_POSITION("间隔号“·”不能在姓名开头或结尾，也不能连续出现。",
			"The middle dot · may not start or end the name, nor appear twice in a row."),
	NAME_TRIMMED("姓名首尾的空格已删除。", "Spaces around the name were removed.", true),
	NAME_DOT_NORMALISED("姓名中的点号已统一为间隔号“·”。", "A dot in the name was replaced by the middle dot ·.", true),

	ETHNICITY_UNKNOWN("无法识别民族，请填写 GB/T 3304 中的民族名称或两位代码（如 汉族 或 01）。",
			"Unknown ethnicity; use a name or two-digit code from GB/T 3304 (e.g. 汉族 or 01)."),
	PROVINCE_UNKNOWN("无法识别省份，请填写省级行政区名称或两位代码（如 北京 或 11）。",
			"Unknown province; use a province-level name or two-digit code (e.g. 北京 or 11)."),

	DATE_FORMAT("日期格式无法识别，请使用 2025-09-01、2025/9/1 或 2025年9月1日。",
			"The date format is not recognised; write 2025-09-01, 2025/9/1 or 2025年9月1日."),
	DATE_INVALID("该日期不存在（如 2 月 30 日）。", "The date does not exist (e.g. 30 February)."),
	DATE_OUT_OF_RANGE("日期超出合理范围（1900–2099 年；Excel 日期序号须在 1950–2099 年之间）。",
			"The date is out of range (years 1900–2099; Excel serial numbers 1950–2099)."),
	LENGTH_OF_SCHOOLING("学制应为 0.5 到 8 年之间、以半年为单位的年数（如 2、2.5、4）。",
			"The length of schooling must be 0.5 to 8 years in steps of half a year (e.g. 2, 2.5, 4)."),
	EXAMINEE_NUMBER_FORMAT("考生号应为 14 位数字。", "The examinee number has 14 digits."),
	STUDENT_NUMBER_FORMAT("学号应为 1–20 位字母或数字。", "The student number has 1–20 letters or digits."),
	PHONE_FORMAT("手机号码应为 11 位中国大陆手机号（1 开头）。", "The phone must be an 11-digit mainland mobile number starting with 1."),
	ADMISSION_YEAR("录取年份应为 1949 年至明年之间的 4 位年份。",
			"The admission year must be a 4-digit year between 1949 and next year.");

	private final String zh;

	private final String en;

	private final boolean warning;

	RuleCode(String zh, String en) {
		this(zh, en, false);
	}

	RuleCode(String zh, String en, boolean warning) {
		this.zh = zh;
		this.en = en;
		this.warning = warning;
	}

	public String zh() {
		return zh;
	}

	public String en() {
		return en;
	}

	/** A warning accompanies a value that was accepted after a harmless normalisation. */
	public boolean isWarning() {
		return warning;
	}

	/** The message in the caller's language: English when asked for, Chinese otherwise. */
	public String message(Locale locale) {
		return "en".equals(locale.getLanguage()) ? en : zh;
	}

}
