package org.enrolcheck.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.enrolcheck.validation.Ethnicity;
import org.enrolcheck.validation.Gender;

/**
 * Han-style names (most minority students have them too): a surname drawn by its frequency, and one
 * or two given characters. A few names carry a character that tests the system: an uncommon one
 * from the BMP (堃, 喆) or one from outside it (𠮷, 𬱖) that takes two UTF-16 units.
 */
final class HanNames {

	enum Rarity {
		COMMON, UNCOMMON, SUPPLEMENTARY
	}

	/** Surname and weight per ten thousand people, after the 2020 household register ranking. */
	private static final String SURNAMES = "王710 李700 张670 刘540 陈450 杨310 黄240 赵230 吴210 周210 徐160 孙150 "
			+ "马150 朱130 胡130 郭120 何120 林110 高100 罗95 郑90 梁90 谢80 宋70 唐70 许70 韩70 冯60 邓60 曹60 彭60 曾60 "
			+ "肖60 田50 董50 袁50 潘50 于50 蒋50 蔡50 余50 杜40 叶40 程40 苏40 魏40 吕40 丁40 任40 沈40 姚30 卢30 姜30 "
			+ "崔30 钟30 谭30 陆30 汪30 范30 金30 石30 廖30 贾30 夏30 韦30 付30 方30 白30 邹30 孟20 熊20 秦20 邱20 江20 "
			+ "尹20 薛20 闫20 段20 雷20 侯20 龙20 史20 陶20 黎20 贺20 顾20 毛20 郝20 龚20 邵20 万20 钱20 严20 覃15 武20 "
			+ "戴20 莫10 孔10 向10 冉5 欧阳6 司徒1 诸葛0.3 司马0.5 上官0.5 东方0.2 皇甫0.2 令狐0.2 慕容0.1 夏侯0.1";

	private static final List<String> MALE = chars("伟强磊军勇杰涛斌浩宇轩博文俊鹏辉明超刚健峰凯翔龙阳晨泽瑞子梓睿一昊然铭航宸逸嘉豪志家天锦"
			+ "诚远栋晟霖哲煜楷鑫洋帆彬毅成鸿亮平波建国华东海林振宏坤旭锐恒辰钧皓");

	private static final List<String> FEMALE = chars("静敏丽芳娜婷雪琳欣怡雨萱佳琪涵梦瑶颖璐倩婧晶悦蕾菲妍薇洁慧玥诗语可馨"
			+ "月彤清雅思嘉晓艳红梅燕霞丹玲萍莉秀英兰凤洋蓉露曦芸琦璇");

	private static final List<String> EITHER = chars("子思嘉文一佳宇晨雨欣诗安俊明可心书");

	private static final List<String> UNCOMMON = chars("堃喆犇淼昇垚燚赟翀龑");

	/** Han characters of the CJK extensions B and E that people do have in their names. */
	private static final List<String> SUPPLEMENTARY = chars("𠮷𡒄𨙸𬱖𬣙𬇕𫟅𬭚𬍛𬘬");

	/** Surnames frequent in a group, used for part of its members: 韦 and 覃 among the Zhuang, 马 among the Hui … */
	private static final Map<Ethnicity, List<String>> FAVOURED = new EnumMap<>(Map.of(Ethnicity.ZHUANG,
			chars("韦覃黄蓝莫陆"), Ethnicity.HUI, chars("马杨丁哈沙纳"), Ethnicity.MAN, chars("关金佟赵那富索"),
			Ethnicity.TUJIA, chars("向田彭冉覃"), Ethnicity.MIAO, chars("龙吴杨石麻"), Ethnicity.CHOSEN,
			chars("金朴李崔郑"), Ethnicity.BAI, chars("段杨赵李"), Ethnicity.SHE, chars("蓝雷钟")));

	private final Weighted<String> surnames;

	HanNames() {
		Weighted.Builder<String> builder = Weighted.builder();
		for (String entry : SURNAMES.split(" ")) {
			int digits = firstDigit(entry);
			builder.add(entry.substring(0, digits), Double.parseDouble(entry.substring(digits)));
		}
		surnames = builder.build();
	}

	String name(Ethnicity ethnicity, Gender gender, Rarity rarity, SplittableRandom dice) {
		List<String> favoured = FAVOURED.get(ethnicity);
		String surname = favoured != null && dice.nextInt(100) < 40 ? any(favoured, dice) : surnames.pick(dice);
		List<String> given = gender == Gender.MALE ? MALE : FEMALE;
		// One given character in five names; 子, 思 and 一 only start a two-character given name.
		if (rarity == Rarity.COMMON && dice.nextInt(5) == 0) {
			return surname + any(given, dice);
		}
		String first = dice.nextInt(8) == 0 ? any(EITHER, dice) : any(given, dice);
		String second = switch (rarity) {
			case COMMON -> any(given, dice);
			case UNCOMMON -> any(UNCOMMON, dice);
			case SUPPLEMENTARY -> any(SUPPLEMENTARY, dice);
		};
		return surname + first + second;
	}

	/** The rare characters, for tests that check they are Han script. */
	static List<String> rareCharacters() {
		return java.util.stream.Stream.concat(UNCOMMON.stream(), SUPPLEMENTARY.stream()).toList();
	}

	static String any(List<String> values, SplittableRandom dice) {
		return values.get(dice.nextInt(values.size()));
	}

	/** Splits by code point, so that characters outside the BMP stay whole. */
	static List<String> chars(String text) {
		return text.codePoints().mapToObj(Character::toString).toList();
	}

	private static int firstDigit(String entry) {
		int index = 0;
		while (!Character.isDigit(entry.charAt(index))) {
			index++;
		}
		return index;
	}

}
