package org.enrolcheck.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.enrolcheck.campaign.CampaignScope;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Language;
import org.enrolcheck.stats.StatisticsRepository.Dimension;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** {@code campaignStatistics} and its fields, and {@code campaignTrend}; rules in {@link StatisticsService}. */
@Controller
class StatisticsController {

	private static final String TYPE = "CampaignStatistics";

	private final StatisticsService statistics;

	private final TrendRepository trend;

	StatisticsController(StatisticsService statistics, TrendRepository trend) {
		this.statistics = statistics;
		this.trend = trend;
	}

	@QueryMapping
	Mono<CampaignStatistics> campaignStatistics(@Argument String campaignId) {
		return statistics.statistics(GlobalId.decode(campaignId, "Campaign"));
	}

	@SchemaMapping(typeName = TYPE)
	Mono<Funnel> funnel(CampaignStatistics source) {
		return statistics.funnel(source);
	}

	@SchemaMapping(typeName = TYPE)
	Mono<List<FunnelCell>> byCollege(CampaignStatistics source) {
		return statistics.breakdown(source, Dimension.COLLEGE, null);
	}

	@SchemaMapping(typeName = TYPE)
	Mono<List<FunnelCell>> byMajor(CampaignStatistics source) {
		return statistics.breakdown(source, Dimension.MAJOR, null);
	}

	@SchemaMapping(typeName = TYPE)
	Mono<List<FunnelCell>> byClass(CampaignStatistics source, @Argument @Nullable String collegeId) {
		return statistics.breakdown(source, Dimension.CLASS, GlobalId.decodeOptional(collegeId, "College"));
	}

	@SchemaMapping(typeName = TYPE)
	Mono<List<FunnelCell>> byCounsellor(CampaignStatistics source) {
		return statistics.byCounsellor(source);
	}

	@SchemaMapping(typeName = TYPE)
	Mono<List<StatisticsRepository.DailyConfirmations>> byDay(CampaignStatistics source) {
		return statistics.byDay(source);
	}

	@SchemaMapping(typeName = TYPE)
	Mono<List<TicketStatisticsRepository.Tally>> ticketsByState(CampaignStatistics source) {
		return statistics.ticketsByState(source);
	}

	@SchemaMapping(typeName = TYPE)
	Mono<List<TicketStatisticsRepository.ItemTally>> ticketItemsByField(CampaignStatistics source) {
		return statistics.ticketItemsByField(source);
	}

	@SchemaMapping(typeName = TYPE)
	Mono<List<TicketStatisticsRepository.Tally>> ticketItemsByTier(CampaignStatistics source) {
		return statistics.ticketItemsByTier(source);
	}

	@SchemaMapping(typeName = TYPE)
	Mono<List<TicketStatisticsRepository.DecisionWait>> decisionWaits(CampaignStatistics source) {
		return statistics.decisionWaits(source);
	}

	@SchemaMapping(typeName = TYPE)
	Mono<StatisticsService.ReminderStatistics> reminders(CampaignStatistics source) {
		return statistics.reminders(source);
	}

	@SchemaMapping(typeName = "OutOfScopeTally", field = "reason")
	String outOfScopeReason(Funnel.OutOfScope tally, Locale locale) {
		return CampaignScope.OUT_OF_SCOPE.get(tally.status())[Language.english(locale) ? 1 : 0];
	}

	/** Counsellors see classes, which the per-college snapshots cannot show: the trend is refused to them. */
	@QueryMapping
	Mono<List<TrendRepository.TrendPoint>> campaignTrend(@Argument String campaignId, @Argument LocalDate from,
			@Argument LocalDate to) {
		long id = GlobalId.decode(campaignId, "Campaign");
		return statistics.scoped(id, StatisticsAccess::requireCollegeLevel).flatMap(scoped -> {
			StatisticsService.checkRange(from, to);
			return trend.trend(id, scoped.access(), from, to).collectList();
		});
	}

}
