package org.enrolcheck.demo;

import java.util.List;
import java.util.Map;

import org.enrolcheck.validation.Ethnicity;
import org.enrolcheck.validation.Province;

/**
 * The data behind {@link OriginRegions}: real GB/T 2260 county codes (a handful per province) and
 * the home counties of each minority. Shares are percent of a Chongqing university's intake.
 */
final class OriginTables {

	record ProvinceShare(Province province, double percent, String counties) {
	}

	static final List<ProvinceShare> PROVINCES = List.of(
			// 北京 东城 西城 朝阳 海淀 丰台; and so on, chief cities first, then a minority county or two.
			new ProvinceShare(Province.BEIJING, 0.6, "110101 110102 110105 110108 110106"),
			new ProvinceShare(Province.TIANJIN, 0.5, "120101 120102 120104 120116"),
			new ProvinceShare(Province.HEBEI, 3, "130102 130104 130202 130602 131002"),
			new ProvinceShare(Province.SHANXI, 2, "140105 140106 140213 140802"),
			new ProvinceShare(Province.INNER_MONGOLIA, 1, "150102 150103 150203 150602"),
			new ProvinceShare(Province.LIAONING, 1, "210102 210202 210302"),
			new ProvinceShare(Province.JILIN, 1, "220102 220104 220202"),
			new ProvinceShare(Province.HEILONGJIANG, 1, "230102 230103 230202"),
			new ProvinceShare(Province.SHANGHAI, 0.5, "310101 310104 310115 310110"),
			new ProvinceShare(Province.JIANGSU, 2, "320102 320106 320505 320211"),
			new ProvinceShare(Province.ZHEJIANG, 2, "330102 330106 330203 330302"),
			new ProvinceShare(Province.ANHUI, 3, "340102 340104 340202 341102"),
			new ProvinceShare(Province.FUJIAN, 1.5, "350102 350203 350502"),
			new ProvinceShare(Province.JIANGXI, 3, "360102 360103 360702 360402"),
			new ProvinceShare(Province.SHANDONG, 4, "370102 370202 370302 370602"),
			new ProvinceShare(Province.HENAN, 5, "410102 410105 410302 411302"),
			new ProvinceShare(Province.HUBEI, 4, "420102 420106 420502"),
			new ProvinceShare(Province.HUNAN, 4, "430102 430104 430202"),
			new ProvinceShare(Province.GUANGDONG, 2, "440103 440106 440305 440304 441802"),
			new ProvinceShare(Province.GUANGXI, 2, "450102 450103 450202"),
			new ProvinceShare(Province.HAINAN, 0.7, "460105 460106 460202"),
			new ProvinceShare(Province.CHONGQING, 30,
					"500101 500102 500103 500104 500105 500106 500107 500108 500109 500110 500111 500112 500113 500114 "
							+ "500115 500116 500117 500118 500119 500120 500151 500152 500153 500154 500155 500156"),
			new ProvinceShare(Province.SICHUAN, 8, "510104 510105 510106 510107 510108 510302 510703 511102 511302"),
			new ProvinceShare(Province.GUIZHOU, 5, "520102 520103 520302 520502"),
			new ProvinceShare(Province.YUNNAN, 4, "530102 530103 530802"),
			new ProvinceShare(Province.XIZANG, 0.3, "540102 540202 540502"),
			new ProvinceShare(Province.SHAANXI, 2, "610102 610103 610113 610302"),
			new ProvinceShare(Province.GANSU, 2, "620102 620103 620702"),
			new ProvinceShare(Province.QINGHAI, 0.7, "630102 630103 632801"),
			new ProvinceShare(Province.NINGXIA, 0.7, "640104 640105"),
			new ProvinceShare(Province.XINJIANG, 1, "650102 650103 650104"),
			new ProvinceShare(Province.TAIWAN, 0.05, "830000"),
			new ProvinceShare(Province.HONG_KONG, 0.1, "810000"),
			new ProvinceShare(Province.MACAO, 0.05, "820000"));

	static final Map<Ethnicity, String> HOMELANDS = Map.ofEntries(
			Map.entry(Ethnicity.MONGOL, "150102 150103 150203 150602 150702 152502"),
			Map.entry(Ethnicity.HUI, "640104 640302 640402 622901 630121 650102 410102"),
			Map.entry(Ethnicity.ZANG, "540102 540202 540502 513301 513201 623001 632701 533401"),
			Map.entry(Ethnicity.UYGUR, "653101 653201 652901 650102 650103 654002"),
			Map.entry(Ethnicity.MIAO, "522601 433101 500243 500241 500242"),
			Map.entry(Ethnicity.YI, "513401 532301 520502 530102"),
			Map.entry(Ethnicity.ZHUANG, "450102 450103 450202 532601"),
			Map.entry(Ethnicity.BUYEI, "522701 522301 520102"),
			Map.entry(Ethnicity.CHOSEN, "222401 222403 220102"),
			Map.entry(Ethnicity.MAN, "210521 130828 220203 210102"),
			Map.entry(Ethnicity.DONG, "522601 522631 431230"),
			Map.entry(Ethnicity.YAO, "451228 451227 441826"),
			Map.entry(Ethnicity.BAI, "532901 533325"),
			Map.entry(Ethnicity.TUJIA, "500240 500241 500242 433101 422801"),
			Map.entry(Ethnicity.HANI, "532529 532528 532501"),
			Map.entry(Ethnicity.KAZAK, "654301 654002 650102"),
			Map.entry(Ethnicity.DAI, "532801 533102"),
			Map.entry(Ethnicity.LI, "469001 460202"),
			Map.entry(Ethnicity.LISU, "533301"),
			Map.entry(Ethnicity.VA, "530829 530927"),
			Map.entry(Ethnicity.SHE, "350981 331127"),
			Map.entry(Ethnicity.GAOSHAN, "830000 350102"),
			Map.entry(Ethnicity.LAHU, "530828"),
			Map.entry(Ethnicity.SUI, "522732"),
			Map.entry(Ethnicity.DONGXIANG, "622926"),
			Map.entry(Ethnicity.NAXI, "530702"),
			Map.entry(Ethnicity.JINGPO, "533102 533103"),
			Map.entry(Ethnicity.KIRGIZ, "653001"),
			Map.entry(Ethnicity.TU, "630223 630121"),
			Map.entry(Ethnicity.DAUR, "150722"),
			Map.entry(Ethnicity.MULAM, "451225"),
			Map.entry(Ethnicity.QIANG, "513223 510726"),
			Map.entry(Ethnicity.BLANG, "530925"),
			Map.entry(Ethnicity.SALAR, "630225"),
			Map.entry(Ethnicity.MAONAN, "451226"),
			Map.entry(Ethnicity.GELAO, "520326 520325"),
			Map.entry(Ethnicity.XIBE, "654022 210102"),
			Map.entry(Ethnicity.ACHANG, "533122"),
			Map.entry(Ethnicity.PUMI, "533325"),
			Map.entry(Ethnicity.TAJIK, "653131"),
			Map.entry(Ethnicity.NU, "533324"),
			Map.entry(Ethnicity.UZBEK, "654201 650102"),
			Map.entry(Ethnicity.RUSS, "654201 150784"),
			Map.entry(Ethnicity.EWENKI, "150724"),
			Map.entry(Ethnicity.DEANG, "533103"),
			Map.entry(Ethnicity.BONAN, "622925"),
			Map.entry(Ethnicity.YUGUR, "620721"),
			Map.entry(Ethnicity.GIN, "450681"),
			Map.entry(Ethnicity.TATAR, "654201"),
			Map.entry(Ethnicity.DERUNG, "533324"),
			Map.entry(Ethnicity.OROQEN, "150723"),
			Map.entry(Ethnicity.HEZHEN, "230881"),
			Map.entry(Ethnicity.MONBA, "540423"),
			Map.entry(Ethnicity.LHOBA, "540422"),
			Map.entry(Ethnicity.JINO, "532801"));

	private OriginTables() {
	}

}
