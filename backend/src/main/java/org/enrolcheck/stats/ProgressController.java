package org.enrolcheck.stats;

import java.time.Duration;

import org.enrolcheck.graphql.GlobalId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code campaignProgress}: the funnel as it stands, then again after each burst of changes that
 * PostgreSQL reports for the campaign, at most once per {@code enrolcheck.stats.progress-interval}
 * (the latest state of each interval wins), and only when the caller's funnel actually moved.
 */
@Controller
class ProgressController {

	private final StatisticsService statistics;

	private final ProgressListener listener;

	private final StatisticsProperties properties;

	ProgressController(StatisticsService statistics, ProgressListener listener, StatisticsProperties properties) {
		this.statistics = statistics;
		this.listener = listener;
		this.properties = properties;
	}

	@SubscriptionMapping
	Flux<Funnel> campaignProgress(@Argument String campaignId) {
		long id = GlobalId.decode(campaignId, "Campaign");
		return statistics.scoped(id).flatMapMany(scoped -> Flux.concat(Mono.just(id),
				listener.changes(id).sample(properties.progressInterval()))
			.onBackpressureLatest()
			.concatMap(change -> statistics.funnel(scoped.campaign(), scoped.access()), 1)
			.distinctUntilChanged()
			.take(Duration.ofHours(12)));
	}

}
