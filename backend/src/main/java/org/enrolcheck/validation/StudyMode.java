package org.enrolcheck.validation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** 学习形式: form of study. */
public enum StudyMode implements Labelled {

	FULL_TIME("普通全日制", "全日制"),
	PART_TIME("非全日制"),
	CORRESPONDENCE("函授"),
	SPARE_TIME("业余"),
	RELEASED("脱产"),
	ONLINE("网络教育"),
	OPEN("开放教育");

	private final String label;

	private final List<String> aliases;

	StudyMode(String label, String... aliases) {
		this.label = label;
		this.aliases = List.of(aliases);
	}

	public static Checked<StudyMode> parse(@Nullable String raw) {
		return Labelled.parse(StudyMode.class, raw, RuleCode.ENUM_UNKNOWN);
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
