package org.enrolcheck.demo;

/**
 * 考生号 in the gaokao form: two-digit year, province code, four digits of the county, and a
 * six-digit sequence: the n-th value, per year and county, of a fixed permutation of 000000–999999
 * (a seeded start and a step prime to 10), so numbers are unique for up to a million students per
 * county.
 */
final class ExamineeNumbers {

	static final int PER_COUNTY = 1_000_000;

	private final int firstYear;

	private final int regions;

	private final int[] issued;

	private final long seed;

	ExamineeNumbers(int regions, int firstYear, int lastYear, long seed) {
		this.firstYear = firstYear;
		this.regions = regions;
		this.issued = new int[(lastYear - firstYear + 1) * regions];
		this.seed = seed;
	}

	String next(int admissionYear, Region region) {
		int counter = (admissionYear - firstYear) * regions + region.index();
		int nth = issued[counter]++;
		long sequence = (nth * 618_033L + Seeds.pick(seed, counter, PER_COUNTY)) % PER_COUNTY;
		char[] digits = new char[14];
		IdentityNumbers.write(digits, 0, admissionYear % 100, 2);
		// The province code, not the region's first digits: Taiwan's permits begin 83, its province is 71.
		region.province().code().getChars(0, 2, digits, 2);
		region.code().getChars(2, 6, digits, 4);
		IdentityNumbers.write(digits, 8, (int) sequence, 6);
		return new String(digits);
	}

}
