package org.enrolcheck.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Derived seeds, so that every row and every table draws from its own stream: changing how one
 * attribute is drawn does not shift all the others, and the same seed always gives the same rows.
 */
final class Seeds {

	private Seeds() {
	}

	/** The SplitMix64 finaliser over seed and salt: well spread even for consecutive salts. */
	static long mix(long seed, long salt) {
		long z = seed + (salt + 1) * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	static SplittableRandom dice(long seed, long salt) {
		return new SplittableRandom(mix(seed, salt));
	}

	/** A number in [0, bound) fixed by seed and salt. */
	static int pick(long seed, long salt, int bound) {
		return (int) Math.floorMod(mix(seed, salt), (long) bound);
	}

	/**
	 * Rows that carry one value each, spread over the whole roster (one in every {@code count / size}
	 * rows, at a seeded offset), skipping rows already taken. Used to make sure every value of a list
	 * turns up at least once, however rare it is.
	 */
	static <T> Map<Integer, T> spread(List<T> values, int count, long seed, Map<Integer, ?> taken) {
		Map<Integer, T> slots = new LinkedHashMap<>();
		if (count < values.size() + taken.size()) {
			return slots;
		}
		int stride = count / values.size();
		for (int k = 0; k < values.size(); k++) {
			int row = k * stride + pick(seed, k, stride);
			while (taken.containsKey(row) || slots.containsKey(row)) {
				row = (row + 1) % count;
			}
			slots.put(row, values.get(k));
		}
		return slots;
	}

}
