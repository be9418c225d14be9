package org.enrolcheck.stats;

import java.time.LocalDate;
import java.util.List;

import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.security.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Statistics rules: who sees what ({@link StatisticsAccess}), suppression of small class cells for
 * aggregate-only callers, and a recount of the dirty classes before figures are read.
 */
@Service
public class StatisticsService {

	private final StatisticsRepository repository;

	private final TicketStatisticsRepository tickets;

	private final StatisticsProperties properties;

	StatisticsService(StatisticsRepository repository, TicketStatisticsRepository tickets, StatisticsProperties properties) {
		this.repository = repository;
		this.tickets = tickets;
		this.properties = properties;
	}

	/** The caller's access and the campaign (of their institution; NOT_FOUND otherwise). */
	public Mono<Scoped> scoped(long campaignId) {
		return scoped(campaignId, access -> access);
	}

	/** As {@link #scoped(long)}, with a further check of the access (which throws) before the campaign is looked up. */
	public Mono<Scoped> scoped(long campaignId, java.util.function.UnaryOperator<StatisticsAccess> check) {
		return Viewer.current().map(StatisticsAccess::of).map(check)
			.flatMap(access -> repository.campaign(campaignId, access.institutionId())
				.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)))
				.map(campaign -> new Scoped(campaign, access)));
	}

	/** The campaign if it belongs to the access's institution; NOT_FOUND otherwise. */
	Mono<CampaignRef> campaignOf(long campaignId, StatisticsAccess access) {
		return repository.campaign(campaignId, access.institutionId())
			.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)));
	}

	/** A campaign with the caller's access to it. */
	public record Scoped(CampaignRef campaign, StatisticsAccess access) {
	}

	Mono<CampaignStatistics> statistics(long campaignId) {
		return scoped(campaignId).flatMap(scoped -> repository.refresh(scoped.campaign().institutionId())
			.thenReturn(new CampaignStatistics(GlobalId.encode("Campaign", campaignId), scoped.access().scope(),
					scoped.access().aggregatesOnly(), properties.suppressionThreshold(), scoped.campaign(), scoped.access())));
	}

	/** The funnel within a scope, after a recount: what campaignProgress pushes. */
	Mono<Funnel> funnel(CampaignRef campaign, StatisticsAccess access) {
		return repository.refresh(campaign.institutionId()).then(repository.funnel(campaign.id(), access));
	}

	Mono<Funnel> funnel(CampaignStatistics statistics) {
		return repository.funnel(statistics.campaign().id(), statistics.access());
	}

	Mono<List<FunnelCell>> breakdown(CampaignStatistics statistics, StatisticsRepository.Dimension dimension,
			@Nullable Long collegeId) {
		boolean classLevel = dimension == StatisticsRepository.Dimension.CLASS;
		return repository.breakdown(statistics.campaign().id(), statistics.access(), dimension, collegeId)
			.map(cell -> classLevel ? suppress(statistics, cell) : cell)
			.collectList();
	}

	/** A counsellor's cell is a handful of classes: suppressed like a class. */
	Mono<List<FunnelCell>> byCounsellor(CampaignStatistics statistics) {
		return repository.byCounsellor(statistics.campaign().id(), statistics.access())
			.map(cell -> suppress(statistics, cell))
			.collectList();
	}

	Mono<List<StatisticsRepository.DailyConfirmations>> byDay(CampaignStatistics statistics) {
		return repository.byDay(statistics.campaign().id(), statistics.access()).collectList();
	}

	Mono<List<TicketStatisticsRepository.Tally>> ticketsByState(CampaignStatistics statistics) {
		return tickets.byState(statistics.campaign().id(), statistics.access()).collectList();
	}

	Mono<List<TicketStatisticsRepository.ItemTally>> ticketItemsByField(CampaignStatistics statistics) {
		return tickets.byField(statistics.campaign().id(), statistics.access()).collectList();
	}

	Mono<List<TicketStatisticsRepository.Tally>> ticketItemsByTier(CampaignStatistics statistics) {
		return tickets.byTier(statistics.campaign().id(), statistics.access()).collectList();
	}

	Mono<List<TicketStatisticsRepository.DecisionWait>> decisionWaits(CampaignStatistics statistics) {
		return tickets.decisionWaits(statistics.campaign().id(), statistics.access()).collectList();
	}

	Mono<ReminderStatistics> reminders(CampaignStatistics statistics) {
		return tickets.reminderSteps(statistics.campaign().id()).collectList()
			.zipWith(tickets.reminderCounts(statistics.campaign().id(), statistics.access()),
					(steps, counts) -> new ReminderStatistics(steps, counts.reminded(), counts.confirmedAfterReminder()));
	}

	record ReminderStatistics(List<TicketStatisticsRepository.ReminderStep> steps, int reminded, int confirmedAfterReminder) {
	}

	private FunnelCell suppress(CampaignStatistics statistics, FunnelCell cell) {
		return statistics.aggregatesOnly() ? cell.suppressedBelow(properties.suppressionThreshold()) : cell;
	}

	static void checkRange(LocalDate from, LocalDate to) {
		if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
			throw new ApiException(ErrorCode.BAD_USER_INPUT);
		}
	}

}
