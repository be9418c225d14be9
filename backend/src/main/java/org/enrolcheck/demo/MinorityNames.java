package org.enrolcheck.demo;

import java.util.List;
import java.util.SplittableRandom;

import org.enrolcheck.validation.Gender;
import org.enrolcheck.validation.Ethnicity;
import org.jspecify.annotations.Nullable;

/**
 * Names in the transliterated forms of the Turkic, Tibetan and Mongolic groups: the given name and
 * the father's name joined by the middle dot U+00B7 (买买提·艾力), or Tibetan and Mongol names without
 * it (扎西多吉, 巴特尔). Other groups, and part of the Mongols, carry Han-style names.
 */
final class MinorityNames {

	static final String MIDDLE_DOT = "\u00B7";

	private static final List<String> UYGUR_MALE = List.of("买买提", "艾力", "阿不都", "艾克拜尔", "努尔", "吐尔逊", "阿里木", "亚森",
			"依明", "热合曼", "伊力哈木", "艾尔肯", "麦麦提", "阿迪力", "库尔班", "图尔洪", "塔依尔", "肉孜", "吾斯曼");

	private static final List<String> UYGUR_FEMALE = List.of("阿依古丽", "古丽米热", "迪丽努尔", "热依拉", "帕提古丽", "努尔古丽",
			"米热古丽", "阿依努尔", "再娜甫", "祖丽皮亚", "迪丽拜尔", "热娜", "玛依拉", "古再丽努尔");

	private static final List<String> KAZAK_MALE = List.of("叶尔兰", "努尔兰", "别克", "哈力木", "阿斯哈尔", "叶尔肯", "达吾列提",
			"马合沙提");

	private static final List<String> KAZAK_FEMALE = List.of("阿依达娜", "古丽娜尔", "阿依娜", "加娜尔", "沙吾列");

	private static final List<String> TIBETAN_EITHER = List.of("扎西", "次仁", "格桑", "尼玛", "达瓦", "拉巴", "边巴", "普布", "索朗",
			"白玛", "德庆");

	private static final List<String> TIBETAN_MALE = List.of("多吉", "顿珠", "平措", "旺堆", "洛桑", "丹增", "罗布", "群培", "旦增");

	private static final List<String> TIBETAN_FEMALE = List.of("卓玛", "央金", "拉姆", "德吉", "曲珍", "措姆", "央宗", "梅朵", "仓决");

	private static final List<String> MONGOL_MALE = List.of("布和", "巴特尔", "特木尔", "额尔敦", "苏和", "朝鲁", "宝音", "巴雅尔",
			"吉日格勒", "那日苏", "孟和", "达来", "毕力格", "阿拉坦");

	private static final List<String> MONGOL_FEMALE = List.of("乌云", "其其格", "萨仁", "高娃", "娜仁", "托娅", "图雅", "斯琴",
			"塔娜", "乌兰");

	/** A name of the group's own form, or null when this student has a Han-style name. */
	@Nullable String name(Ethnicity ethnicity, Gender gender, SplittableRandom dice) {
		boolean male = gender == Gender.MALE;
		return switch (ethnicity) {
			case UYGUR, UZBEK, TATAR, TAJIK -> turkic(male ? UYGUR_MALE : UYGUR_FEMALE, UYGUR_MALE, dice);
			case KAZAK, KIRGIZ -> turkic(male ? KAZAK_MALE : KAZAK_FEMALE, KAZAK_MALE, dice);
			case ZANG, MONBA, LHOBA -> tibetan(male, dice);
			case MONGOL, DAUR, EWENKI, OROQEN -> mongol(male, dice);
			default -> null;
		};
	}

	/** Given name · father's name: how Uygur and Kazak names are written in Chinese documents. */
	private static String turkic(List<String> given, List<String> fathers, SplittableRandom dice) {
		String name = HanNames.any(given, dice);
		String father = HanNames.any(fathers, dice);
		while (father.equals(name)) {
			father = HanNames.any(fathers, dice);
		}
		return name + MIDDLE_DOT + father;
	}

	private static String tibetan(boolean male, SplittableRandom dice) {
		String first = HanNames.any(TIBETAN_EITHER, dice);
		String second = HanNames.any(male ? TIBETAN_MALE : TIBETAN_FEMALE, dice);
		int form = dice.nextInt(20);
		if (form < 3) {
			return second;
		}
		return form < 10 ? first + MIDDLE_DOT + second : first + second;
	}

	private static @Nullable String mongol(boolean male, SplittableRandom dice) {
		int form = dice.nextInt(10);
		if (form < 4) {
			return null;
		}
		String given = HanNames.any(male ? MONGOL_MALE : MONGOL_FEMALE, dice);
		return form < 7 ? given + MIDDLE_DOT + HanNames.any(MONGOL_MALE, dice) : given;
	}

}
