package org.enrolcheck.validation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** 学历类别: category of education. */
public enum EducationCategory implements Labelled {

	REGULAR("普通高等教育"),
	ADULT("成人高等教育"),
	SELF_STUDY("高等教育自学考试", "自学考试"),
	ONLINE("网络教育"),
	OPEN("开放教育"),
	POSTGRADUATE("研究生教育", "研究生");

	private final String label;

	private final List<String> aliases;

	EducationCategory(String label, String... aliases) {
		this.label = label;
		this.aliases = List.of(aliases);
	}

	public static Checked<EducationCategory> parse(@Nullable String raw) {
		return Labelled.parse(EducationCategory.class, raw, RuleCode.ENUM_UNKNOWN);
	}

	@Override
	public String label() {
		return label;
	}

	@Override
	public List<String> aliases() {
		return aliases;
	}

}
