package org.enrolcheck.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Background work inside the server: recounts dirty classes every few seconds (so reads rarely find
 * much to recount) and rewrites today's trend snapshot every hour. Both are safe on every replica at
 * once: the recount takes an advisory lock per institution and the snapshot is an idempotent upsert.
 */
@Component
class StatisticsJobs implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(StatisticsJobs.class);

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final TrendRepository trend;

	private final StatisticsProperties properties;

	private final Clock clock;

	private volatile Disposable running;

	StatisticsJobs(TrendRepository trend, StatisticsProperties properties, Clock clock) {
		this.trend = trend;
		this.properties = properties;
		this.clock = clock;
	}

	/** Today's snapshot (Asia/Shanghai), after a recount. */
	Mono<Long> snapshotNow() {
		return trend.refreshAll().then(trend.snapshot(LocalDate.now(clock.withZone(CHINA))));
	}

	@Override
	public void start() {
		if (!properties.backgroundJobs()) {
			return;
		}
		Flux<Long> refresh = Flux.interval(properties.refreshInterval(), properties.refreshInterval())
			.onBackpressureDrop()
			.concatMap(tick -> trend.refreshAll().onErrorResume(ex -> {
				log.warn("Statistics recount failed: {}", ex.toString());
				return Mono.empty();
			}));
		Flux<Long> snapshots = Flux.interval(Duration.ofSeconds(30), properties.snapshotInterval())
			.onBackpressureDrop()
			.concatMap(tick -> snapshotNow().doOnNext(rows -> log.info("Trend snapshot: {} campaign × college rows", rows))
				.onErrorResume(ex -> {
					log.warn("Trend snapshot failed: {}", ex.toString());
					return Mono.empty();
				}));
		running = Flux.merge(refresh, snapshots).subscribe();
	}

	@Override
	public void stop() {
		Disposable current = running;
		if (current != null) {
			current.dispose();
		}
		running = null;
	}

	@Override
	public boolean isRunning() {
		return running != null;
	}

}
