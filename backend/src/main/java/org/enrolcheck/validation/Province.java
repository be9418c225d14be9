package org.enrolcheck.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * 省级行政区: the province-level divisions of GB/T 2260 with their two-digit codes. The first two
 * digits of a resident ID number are one of these codes.
 */
public enum Province implements Labelled {

	BEIJING("11", "北京", "北京市"),
	TIANJIN("12", "天津", "天津市"),
	HEBEI("13", "河北", "河北省"),
	SHANXI("14", "山西", "山西省"),
	INNER_MONGOLIA("15", "内蒙古", "内蒙古自治区"),
	LIAONING("21", "辽宁", "辽宁省"),
	JILIN("22", "吉林", "吉林省"),
	HEILONGJIANG("23", "黑龙江", "黑龙江省"),
	SHANGHAI("31", "上海", "上海市"),
	JIANGSU("32", "江苏", "江苏省"),
	ZHEJIANG("33", "浙江", "浙江省"),
	ANHUI("34", "安徽", "安徽省"),
	FUJIAN("35", "福建", "福建省"),
	JIANGXI("36", "江西", "江西省"),
	SHANDONG("37", "山东", "山东省"),
	HENAN("41", "河南", "河南省"),
	HUBEI("42", "湖北", "湖北省"),
	HUNAN("43", "湖南", "湖南省"),
	GUANGDONG("44", "广东", "广东省"),
	GUANGXI("45", "广西", "广西壮族自治区"),
	HAINAN("46", "海南", "海南省"),
	CHONGQING("50", "重庆", "重庆市"),
	SICHUAN("51", "四川", "四川省"),
	GUIZHOU("52", "贵州", "贵州省"),
	YUNNAN("53", "云南", "云南省"),
	XIZANG("54", "西藏", "西藏自治区"),
	SHAANXI("61", "陕西", "陕西省"),
	GANSU("62", "甘肃", "甘肃省"),
	QINGHAI("63", "青海", "青海省"),
	NINGXIA("64", "宁夏", "宁夏回族自治区"),
	XINJIANG("65", "新疆", "新疆维吾尔自治区"),
	TAIWAN("71", "台湾", "台湾省"),
	HONG_KONG("81", "香港", "香港特别行政区"),
	MACAO("82", "澳门", "澳门特别行政区");

	private final String code;

	private final String label;

	private final String fullName;

	Province(String code, String label, String fullName) {
		this.code = code;
		this.label = label;
		this.fullName = fullName;
	}

	/** Accepts the code (11, or the six-digit 110000), the short or full name, or the constant name. */
	public static Checked<Province> parse(@Nullable String raw) {
		return Labelled.parse(Province.class, raw, RuleCode.PROVINCE_UNKNOWN);
	}

	public static Optional<Province> ofCode(String code) {
		return Arrays.stream(values()).filter(province -> province.code.equals(code)).findFirst();
	}

	/** Two-digit GB/T 2260 code, e.g. 11. */
	public String code() {
		return code;
	}

	/** Short name, e.g. 广西. */
	@Override
	public String label() {
		return label;
	}

	/** Full name, e.g. 广西壮族自治区. */
	public String fullName() {
		return fullName;
	}

	@Override
	public List<String> aliases() {
		return List.of(code, code + "0000", fullName);
	}

}
