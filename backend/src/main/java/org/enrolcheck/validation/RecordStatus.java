package org.enrolcheck.validation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** 学籍状态: status of an enrolment record. */
public enum RecordStatus implements Labelled {

	REGISTERED("注册学籍"),
	ADMISSION_FORFEITED("放弃入学资格"),
	ADMISSION_RESERVED("保留入学资格"),
	SUSPENDED("休学"),
	WITHDRAWN("退学"),
	EXPELLED("开除学籍"),
	GRADUATED("毕业"),
	COMPLETED("结业"),
	INCOMPLETE("肄业");

	private final String label;

	private final List<String> aliases;

	RecordStatus(String label, String... aliases) {
		this.label = label;
		this.aliases = List.of(aliases);
	}

	public static Checked<RecordStatus> parse(@Nullable String raw) {
		return Labelled.parse(RecordStatus.class, raw, RuleCode.ENUM_UNKNOWN);
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
