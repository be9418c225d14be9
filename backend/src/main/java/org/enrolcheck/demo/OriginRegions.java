package org.enrolcheck.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.enrolcheck.validation.Ethnicity;
import org.enrolcheck.validation.Province;

/**
 * Where students come from. A university in Chongqing draws most of its students from Chongqing and
 * its neighbours and a few from everywhere else; members of a minority mostly come from the
 * counties where their group lives (维吾尔族 from 喀什, 东乡族 from 东乡族自治县 …).
 */
final class OriginRegions {

	/** Share of a minority's students who come from its home counties rather than anywhere. */
	private static final double HOMELAND_SHARE = 0.9;

	private final Map<String, Region> byCode = new LinkedHashMap<>();

	private final Map<Province, Weighted<Region>> counties = new EnumMap<>(Province.class);

	private final Map<Ethnicity, Weighted<Region>> homelands = new EnumMap<>(Ethnicity.class);

	private final Weighted<Province> provinces;

	OriginRegions() {
		Weighted.Builder<Province> provinceWeights = Weighted.builder();
		for (OriginTables.ProvinceShare share : OriginTables.PROVINCES) {
			provinceWeights.add(share.province(), share.percent());
			counties.put(share.province(), Weighted.uniform(regions(share.counties())));
		}
		provinces = provinceWeights.build();
		// In the standard's order, not the map's, so that region indices are the same on every run.
		for (Ethnicity ethnicity : Ethnicity.values()) {
			String codes = OriginTables.HOMELANDS.get(ethnicity);
			if (codes != null) {
				homelands.put(ethnicity, Weighted.uniform(regions(codes)));
			}
		}
	}

	/** Every region this table can return, each with its {@link Region#index()}. */
	List<Region> all() {
		return List.copyOf(byCode.values());
	}

	/** A home region for a student of this group. */
	Region origin(Ethnicity ethnicity, SplittableRandom dice) {
		Weighted<Region> homeland = homelands.get(ethnicity);
		if (homeland != null && dice.nextDouble() < HOMELAND_SHARE) {
			return homeland.pick(dice);
		}
		return in(provinces.pick(dice), dice);
	}

	/** A county of this province. */
	Region in(Province province, SplittableRandom dice) {
		return counties.get(province).pick(dice);
	}

	private List<Region> regions(String codes) {
		List<Region> regions = new ArrayList<>();
		for (String code : codes.split(" ")) {
			regions.add(byCode.computeIfAbsent(code, this::region));
		}
		return regions;
	}

	private Region region(String code) {
		// 83 is the Taiwan residents' permit prefix; the province code of Taiwan is 71.
		String provinceCode = code.startsWith("83") ? Province.TAIWAN.code() : code.substring(0, 2);
		Province province = Province.ofCode(provinceCode)
			.orElseThrow(() -> new IllegalStateException("no province for region " + code));
		return new Region(code, province, byCode.size());
	}

}
