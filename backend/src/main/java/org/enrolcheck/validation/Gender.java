package org.enrolcheck.validation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** 性别. Codes 1 and 2 are those of GB/T 2261.1. */
public enum Gender implements Labelled {

	MALE("男", "男性", "M", "1"),
	FEMALE("女", "女性", "F", "2");

	private final String label;

	private final List<String> aliases;

	Gender(String label, String... aliases) {
		this.label = label;
		this.aliases = List.of(aliases);
	}

	public static Checked<Gender> parse(@Nullable String raw) {
		return Labelled.parse(Gender.class, raw, RuleCode.ENUM_UNKNOWN);
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
