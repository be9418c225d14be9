package org.enrolcheck.stats;

import org.jspecify.annotations.Nullable;

/** One row of a breakdown; a count is null when it was suppressed. */
record FunnelCell(String key, @Nullable String name, @Nullable Integer inScope, @Nullable Integer registered,
		@Nullable Integer linked, @Nullable Integer confirmed, @Nullable Integer withOpenTicket,
		@Nullable Integer resolved, boolean suppressed) {

	public @Nullable Double completionRate() {
		return inScope == null || confirmed == null ? null : inScope == 0 ? 0.0 : (double) confirmed / inScope;
	}

	/**
	 * Withholds, for an aggregate-only caller, every count of a class-level cell that would single out
	 * fewer than {@code threshold} students: the count itself, or what it leaves of the class (in scope
	 * minus the count), between 1 and threshold − 1. A class smaller than the threshold shows nothing.
	 */
	FunnelCell suppressedBelow(int threshold) {
		int total = inScope == null ? 0 : inScope;
		if (total > 0 && total < threshold) {
			return new FunnelCell(key, name, null, null, null, null, null, null, true);
		}
		Integer[] counts = { registered, linked, confirmed, withOpenTicket, resolved };
		boolean any = false;
		for (int i = 0; i < counts.length; i++) {
			int value = counts[i] == null ? 0 : counts[i];
			if ((value > 0 && value < threshold) || (total - value > 0 && total - value < threshold)) {
				counts[i] = null;
				any = true;
			}
		}
		return any ? new FunnelCell(key, name, inScope, counts[0], counts[1], counts[2], counts[3], counts[4], true) : this;
	}

}
