package org.enrolcheck.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * 民族: the 56 ethnic groups of GB/T 3304 with their two-digit codes, in the standard's order, plus
 * 97 其他 and 98 外国血统中国籍人士. Constant names are the standard's romanisations.
 */
public enum Ethnicity implements Labelled {

	HAN("01", "汉族"),
	MONGOL("02", "蒙古族"),
	HUI("03", "回族"),
	ZANG("04", "藏族"),
	UYGUR("05", "维吾尔族"),
	MIAO("06", "苗族"),
	YI("07", "彝族"),
	ZHUANG("08", "壮族"),
	BUYEI("09", "布依族"),
	CHOSEN("10", "朝鲜族"),
	MAN("11", "满族"),
	DONG("12", "侗族"),
	YAO("13", "瑶族"),
	BAI("14", "白族"),
	TUJIA("15", "土家族"),
	HANI("16", "哈尼族"),
	KAZAK("17", "哈萨克族"),
	DAI("18", "傣族"),
	LI("19", "黎族"),
	LISU("20", "傈僳族"),
	VA("21", "佤族"),
	SHE("22", "畲族"),
	GAOSHAN("23", "高山族"),
	LAHU("24", "拉祜族"),
	SUI("25", "水族"),
	DONGXIANG("26", "东乡族"),
	NAXI("27", "纳西族"),
	JINGPO("28", "景颇族"),
	KIRGIZ("29", "柯尔克孜族"),
	TU("30", "土族"),
	DAUR("31", "达斡尔族"),
	MULAM("32", "仫佬族"),
	QIANG("33", "羌族"),
	BLANG("34", "布朗族"),
	SALAR("35", "撒拉族"),
	MAONAN("36", "毛南族"),
	GELAO("37", "仡佬族"),
	XIBE("38", "锡伯族"),
	ACHANG("39", "阿昌族"),
	PUMI("40", "普米族"),
	TAJIK("41", "塔吉克族"),
	NU("42", "怒族"),
	UZBEK("43", "乌孜别克族"),
	RUSS("44", "俄罗斯族"),
	EWENKI("45", "鄂温克族"),
	DEANG("46", "德昂族"),
	BONAN("47", "保安族"),
	YUGUR("48", "裕固族"),
	GIN("49", "京族"),
	TATAR("50", "塔塔尔族"),
	DERUNG("51", "独龙族"),
	OROQEN("52", "鄂伦春族"),
	HEZHEN("53", "赫哲族"),
	MONBA("54", "门巴族"),
	LHOBA("55", "珞巴族"),
	JINO("56", "基诺族"),
	OTHER("97", "其他", "其它"),
	FOREIGN_ORIGIN("98", "外国血统中国籍人士", "外国血统");

	private final String code;

	private final String label;

	private final List<String> aliases;

	Ethnicity(String code, String label, String... aliases) {
		this.code = code;
		this.label = label;
		List<String> spellings = new ArrayList<>(List.of(aliases));
		spellings.add(code);
		if (code.startsWith("0")) {
			// Excel drops the leading zero of 01 when the column is numeric.
			spellings.add(code.substring(1));
		}
		if (label.endsWith("族")) {
			spellings.add(label.substring(0, label.length() - 1));
		}
		this.aliases = List.copyOf(spellings);
	}

	/** Accepts the code (01, 1), the name with or without 族 (汉族, 汉) or the constant name. */
	public static Checked<Ethnicity> parse(@Nullable String raw) {
		return Labelled.parse(Ethnicity.class, raw, RuleCode.ETHNICITY_UNKNOWN);
	}

	/** The group stored under a two-digit code, as the database keeps it. */
	public static Optional<Ethnicity> ofCode(String code) {
		return Arrays.stream(values()).filter(group -> group.code.equals(code)).findFirst();
	}

	/** Two-digit GB/T 3304 code, e.g. 01. */
	public String code() {
		return code;
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
