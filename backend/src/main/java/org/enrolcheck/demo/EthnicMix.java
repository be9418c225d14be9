package org.enrolcheck.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.enrolcheck.validation.Ethnicity;

/**
 * The ethnic mix of a roster: the groups' shares of China's population (2020 census, percent), and
 * one row per group placed by seed so that all 56 groups appear in any roster large enough to hold
 * them, the rarest (珞巴族, some 4,000 people) included.
 */
final class EthnicMix {

	private static final Weighted<Ethnicity> SHARES = Weighted.<Ethnicity>builder()
		.add(Ethnicity.HAN, 91.11).add(Ethnicity.ZHUANG, 1.39).add(Ethnicity.UYGUR, 0.84).add(Ethnicity.HUI, 0.81)
		.add(Ethnicity.MIAO, 0.79).add(Ethnicity.MAN, 0.74).add(Ethnicity.YI, 0.70).add(Ethnicity.TUJIA, 0.68)
		.add(Ethnicity.ZANG, 0.50).add(Ethnicity.MONGOL, 0.45).add(Ethnicity.DONG, 0.25).add(Ethnicity.BUYEI, 0.25)
		.add(Ethnicity.YAO, 0.24).add(Ethnicity.BAI, 0.15).add(Ethnicity.CHOSEN, 0.12).add(Ethnicity.HANI, 0.12)
		.add(Ethnicity.LI, 0.11).add(Ethnicity.KAZAK, 0.11).add(Ethnicity.DAI, 0.09).add(Ethnicity.SHE, 0.05)
		.add(Ethnicity.LISU, 0.05).add(Ethnicity.DONGXIANG, 0.055).add(Ethnicity.GELAO, 0.04)
		.add(Ethnicity.LAHU, 0.035).add(Ethnicity.VA, 0.03).add(Ethnicity.SUI, 0.03).add(Ethnicity.NAXI, 0.02)
		.add(Ethnicity.QIANG, 0.022).add(Ethnicity.TU, 0.02).add(Ethnicity.MULAM, 0.019).add(Ethnicity.XIBE, 0.013)
		.add(Ethnicity.KIRGIZ, 0.014).add(Ethnicity.JINGPO, 0.011).add(Ethnicity.DAUR, 0.0095)
		.add(Ethnicity.SALAR, 0.0117).add(Ethnicity.BLANG, 0.009).add(Ethnicity.MAONAN, 0.009)
		.add(Ethnicity.TAJIK, 0.0037).add(Ethnicity.PUMI, 0.0033).add(Ethnicity.ACHANG, 0.0031)
		.add(Ethnicity.NU, 0.0028).add(Ethnicity.EWENKI, 0.0025).add(Ethnicity.GIN, 0.0024)
		.add(Ethnicity.JINO, 0.0023).add(Ethnicity.DEANG, 0.0016).add(Ethnicity.BONAN, 0.0017)
		.add(Ethnicity.RUSS, 0.0013).add(Ethnicity.YUGUR, 0.0015).add(Ethnicity.UZBEK, 0.0009)
		.add(Ethnicity.MONBA, 0.0008).add(Ethnicity.OROQEN, 0.0006).add(Ethnicity.DERUNG, 0.0005)
		.add(Ethnicity.TATAR, 0.0003).add(Ethnicity.HEZHEN, 0.0004).add(Ethnicity.GAOSHAN, 0.0003)
		.add(Ethnicity.LHOBA, 0.0003)
		.build();

	/** The 56 groups of GB/T 3304; 97 其他 and 98 外国血统 are not generated. */
	static final List<Ethnicity> GROUPS = Arrays.stream(Ethnicity.values())
		.filter(ethnicity -> ethnicity != Ethnicity.OTHER && ethnicity != Ethnicity.FOREIGN_ORIGIN)
		.toList();

	private final Map<Integer, Ethnicity> placed;

	EthnicMix(int count, long seed) {
		this.placed = Seeds.spread(GROUPS, count, Seeds.mix(seed, 0xE7), Map.of());
	}

	Ethnicity forRow(int row, SplittableRandom dice) {
		Ethnicity ethnicity = placed.get(row);
		return ethnicity != null ? ethnicity : SHARES.pick(dice);
	}

	/** Rows whose group is fixed, so that other placements can avoid them. */
	Map<Integer, Ethnicity> placed() {
		return placed;
	}

}
