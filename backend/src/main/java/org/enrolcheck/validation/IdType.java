package org.enrolcheck.validation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** 证件类型: the identity document a person registered with. */
public enum IdType implements Labelled {

	RESIDENT_ID("居民身份证", "身份证", "中华人民共和国居民身份证"),
	HMT_RESIDENCE_PERMIT("港澳台居民居住证"),
	HK_MACAO_PERMIT("港澳居民来往内地通行证", "回乡证"),
	TAIWAN_PERMIT("台湾居民来往大陆通行证", "台胞证"),
	PASSPORT("护照"),
	FOREIGN_PERMANENT_RESIDENT_ID("外国人永久居留身份证", "外国人永久居留证");

	private final String label;

	private final List<String> aliases;

	IdType(String label, String... aliases) {
		this.label = label;
		this.aliases = List.of(aliases);
	}

	public static Checked<IdType> parse(@Nullable String raw) {
		return Labelled.parse(IdType.class, raw, RuleCode.ENUM_UNKNOWN);
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
