package org.enrolcheck.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import io.r2dbc.proxy.callback.ProxyConfigHolder;
import io.r2dbc.proxy.core.QueryExecutionInfo;
import io.r2dbc.proxy.listener.ProxyExecutionListener;
import io.r2dbc.spi.ConnectionFactory;

/**
 * Time spent per SQL statement while a phase runs, taken from the r2dbc-proxy that the test support
 * already puts around the pool ({@code StatementCounter}). A statement's time runs from its execution
 * to the end of its result, so row mapping of large results is included. COPY is not seen: the import
 * unwraps the proxy to reach the driver's copyIn.
 */
final class StatementTimings implements ProxyExecutionListener {

	record Stat(String statement, long count, long nanos) {
	}

	private final Map<String, LongAdder[]> stats = new ConcurrentHashMap<>();

	private final boolean attached;

	private StatementTimings(boolean attached) {
		this.attached = attached;
	}

	/** Listens on {@code factory} when it is an r2dbc-proxy; otherwise records nothing. */
	static StatementTimings attach(ConnectionFactory factory) {
		if (factory instanceof ProxyConfigHolder holder) {
			StatementTimings timings = new StatementTimings(true);
			holder.getProxyConfig().addListener(timings);
			return timings;
		}
		return new StatementTimings(false);
	}

	boolean attached() {
		return attached;
	}

	@Override
	public void afterQuery(QueryExecutionInfo execution) {
		if (execution.getQueries().isEmpty()) {
			return;
		}
		LongAdder[] stat = stats.computeIfAbsent(label(execution.getQueries().get(0).getQuery()),
				key -> new LongAdder[] { new LongAdder(), new LongAdder() });
		stat[0].increment();
		stat[1].add(execution.getExecuteDuration().toNanos());
	}

	/** The statements seen since the last call, slowest first; starts a new tally. */
	List<Stat> drain() {
		List<Stat> result = new ArrayList<>();
		for (var entry : stats.entrySet()) {
			result.add(new Stat(entry.getKey(), entry.getValue()[0].sum(), entry.getValue()[1].sum()));
		}
		stats.clear();
		result.sort(Comparator.comparingLong(Stat::nanos).reversed());
		return result;
	}

	static long total(List<Stat> stats) {
		return stats.stream().mapToLong(Stat::nanos).sum();
	}

	/** The statement on one line, shortened: enough to tell which one it is. */
	private static String label(String sql) {
		String flat = sql.replaceAll("\\s+", " ").strip();
		return flat.length() > 90 ? flat.substring(0, 90) + "…" : flat;
	}

}
