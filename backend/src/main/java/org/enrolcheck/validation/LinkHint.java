package org.enrolcheck.validation;

import java.util.Locale;

/**
 * Why a typed name or ID number may have found no record, judged from the typed text alone so that
 * nothing about the roster leaks. Codes are a contract with the frontend, like {@link RuleCode}.
 */
public enum LinkHint {

	ID_FULL_WIDTH("身份证号码中含有全角字符（如 １、Ｘ），请切换到半角输入法后重新输入。",
			"The ID number contains full-width characters (such as １ or Ｘ); type it again in half-width."),
	ID_SPACES("身份证号码中含有空格，请删除。", "The ID number contains spaces; remove them."),
	ID_LETTER_FOR_DIGIT("身份证号码中把数字 0 或 1 输成了字母 O、I 或 l。",
			"The ID number has the letter O, I or l where the digit 0 or 1 belongs."),
	ID_LOWER_CASE_X("身份证号码末位的 x 应为大写 X。", "The final x of the ID number should be an upper-case X."),
	ID_LEGACY_FORM("您填写的是 15 位旧身份证号码，学籍中使用 18 位号码；已为您换算成 18 位。",
			"You typed a 15-digit old ID number; records use the 18-character number, shown converted."),
	ID_LENGTH("身份证号码应为 18 位，请核对是否多输或漏输。",
			"An ID number has 18 characters; check for a missing or extra one."),
	ID_CHARACTERS("身份证号码前 17 位应为数字，最后一位为数字或大写 X，请核对其中的其他字符。",
			"The first 17 characters of an ID number are digits and the last a digit or X; check the other characters."),
	ID_CHECKSUM("身份证号码校验位不正确，很可能有一位输错，请对照证件逐位核对。",
			"The ID number's check character does not match: a character is probably mistyped; compare it with the card."),
	NAME_SPACES("姓名中含有空格（包括全角空格），请删除。", "The name contains spaces (full-width ones too); remove them."),
	NAME_DOT_VARIANT("姓名中的点号应为间隔号“·”（U+00B7），而不是“.”“•”“・”等。",
			"The dot in the name should be the middle dot · (U+00B7), not . • ・ or similar."),
	NAME_FULL_WIDTH("姓名中含有全角字母，请切换到半角输入法后重新输入。",
			"The name contains full-width letters; type them again in half-width."),
	NAME_RADICAL("姓名中含有偏旁部首符号（如 ⼈），而不是汉字本身，请重新输入该字。",
			"The name contains a radical sign (such as ⼈) instead of the character itself; type the character again."),
	NAME_PRIVATE_USE("姓名中含有自造字，与学籍中的标准汉字不同；请使用标准汉字，若无法输入请提交工单。",
			"The name contains a self-made (private-use) character that differs from the standard one in the record; "
					+ "use the standard character, or open a ticket if you cannot type it.");

	private final String zh;

	private final String en;

	LinkHint(String zh, String en) {
		this.zh = zh;
		this.en = en;
	}

	public String zh() {
		return zh;
	}

	public String en() {
		return en;
	}

	public String message(Locale locale) {
		return "en".equals(locale.getLanguage()) ? en : zh;
	}

}
