package org.enrolcheck.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLongArray;

/** The latencies of one load run and its wall time: requests/s and percentiles. */
record Latencies(String name, long[] sortedNanos, long wallNanos, int concurrency) {

	static Latencies of(String name, AtomicLongArray nanos, long wallNanos, int concurrency) {
		long[] sorted = new long[nanos.length()];
		for (int i = 0; i < sorted.length; i++) {
			sorted[i] = nanos.get(i);
		}
		Arrays.sort(sorted);
		return new Latencies(name, sorted, wallNanos, concurrency);
	}

	int requests() {
		return sortedNanos.length;
	}

	double requestsPerSecond() {
		return BenchReport.perSecond(requests(), wallNanos);
	}

	/** Nearest-rank percentile in milliseconds, {@code q} in (0, 1]. */
	double percentileMillis(double q) {
		int rank = (int) Math.ceil(q * sortedNanos.length);
		return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
	}

	String summary() {
		return String.format(java.util.Locale.ROOT,
				"%-16s %6d requests, concurrency %2d: %8.1f req/s   p50 %7.2f ms   p90 %7.2f ms   p99 %7.2f ms   max %7.2f ms",
				name, requests(), concurrency, requestsPerSecond(), percentileMillis(0.50), percentileMillis(0.90),
				percentileMillis(0.99), sortedNanos[sortedNanos.length - 1] / 1e6);
	}

}
