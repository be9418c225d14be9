package org.enrolcheck.validation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** 层次: level of study. */
public enum Level implements Labelled {

	DOCTORATE("博士研究生", "博士"),
	MASTER("硕士研究生", "硕士"),
	BACHELOR("本科"),
	BACHELOR_UPGRADE("专升本"),
	JUNIOR_COLLEGE("专科", "高职", "高职（专科）", "高职专科");

	private final String label;

	private final List<String> aliases;

	Level(String label, String... aliases) {
		this.label = label;
		this.aliases = List.of(aliases);
	}

	public static Checked<Level> parse(@Nullable String raw) {
		return Labelled.parse(Level.class, raw, RuleCode.ENUM_UNKNOWN);
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
