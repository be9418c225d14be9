package org.enrolcheck.stats;

import java.time.OffsetDateTime;

import org.enrolcheck.graphql.GlobalId;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The campaign's tickets (ticket.campaign_id), their items, decision waits and reminders, within a scope. */
@Repository
class TicketStatisticsRepository {

	private final DatabaseClient db;

	TicketStatisticsRepository(DatabaseClient db) {
		this.db = db;
	}

	record Tally(String key, int count) {
	}

	record ItemTally(String field, String tier, int count, int open) {
	}

	record DecisionWait(String collegeId, String collegeName, int decided, @Nullable Double medianHours,
			@Nullable Double p90Hours, int waiting, @Nullable OffsetDateTime oldestWaitingSince) {
	}

	record ReminderStep(String kind, @Nullable Integer daysBefore, OffsetDateTime startedAt, int messaged) {
	}

	record ReminderCounts(int reminded, int confirmedAfterReminder) {
	}

	Flux<Tally> byState(long campaignId, StatisticsAccess access) {
		return access.bind(db.sql("SELECT s.state AS key, sum(s.tickets) AS n FROM stats_class_ticket s"
				+ " WHERE s.campaign_id = :campaign AND " + access.condition("s") + " GROUP BY s.state ORDER BY s.state")
			.bind("campaign", campaignId))
			.map(row -> new Tally(row.get("key", String.class), StatisticsRepository.number(row, "n")))
			.all();
	}

	Flux<ItemTally> byField(long campaignId, StatisticsAccess access) {
		return access.bind(db.sql("""
				SELECT s.field, s.tier, sum(s.items) AS n,
				       coalesce(sum(s.items) FILTER (WHERE s.state IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'APPROVED')), 0) AS open
				FROM stats_class_ticket_item s WHERE s.campaign_id = :campaign AND """ + access.condition("s") + """
				 GROUP BY s.field, s.tier ORDER BY n DESC, s.field""")
			.bind("campaign", campaignId))
			.map(row -> new ItemTally(row.get("field", String.class), row.get("tier", String.class),
					StatisticsRepository.number(row, "n"), StatisticsRepository.number(row, "open")))
			.all();
	}

	Flux<Tally> byTier(long campaignId, StatisticsAccess access) {
		return access.bind(db.sql("SELECT s.tier AS key, sum(s.items) AS n FROM stats_class_ticket_item s"
				+ " WHERE s.campaign_id = :campaign AND " + access.condition("s") + " GROUP BY s.tier ORDER BY s.tier")
			.bind("campaign", campaignId))
			.map(row -> new Tally(row.get("key", String.class), StatisticsRepository.number(row, "n")))
			.all();
	}

	/** Median and p90 need the tickets themselves; a campaign has thousands, read through an index. */
	Flux<DecisionWait> decisionWaits(long campaignId, StatisticsAccess access) {
		String scope = access.scope() == StatisticsAccess.Scope.CLASSES
				? " t.record_id IN (SELECT r.id FROM enrolment_record r WHERE r.class_id = ANY(:scopeIds)) "
				: access.condition("t");
		return access.bind(db.sql("""
				SELECT t.college_id, co.name,
				       count(*) FILTER (WHERE t.decided_at IS NOT NULL) AS decided,
				       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.decided_at - t.submitted_at))
				           FILTER (WHERE t.decided_at IS NOT NULL) / 3600 AS median_hours,
				       percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM t.decided_at - t.submitted_at))
				           FILTER (WHERE t.decided_at IS NOT NULL) / 3600 AS p90_hours,
				       count(*) FILTER (WHERE t.state IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO')) AS waiting,
				       min(t.submitted_at) FILTER (WHERE t.state IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO')) AS oldest
				FROM ticket t JOIN college co ON co.id = t.college_id
				WHERE t.campaign_id = :campaign AND """ + scope + """
				 GROUP BY t.college_id, co.name, co.code ORDER BY co.code""")
			.bind("campaign", campaignId))
			.map(row -> new DecisionWait(GlobalId.encode("College", row.get("college_id", Long.class)),
					row.get("name", String.class), StatisticsRepository.number(row, "decided"),
					row.get("median_hours", Double.class), row.get("p90_hours", Double.class),
					StatisticsRepository.number(row, "waiting"), row.get("oldest", OffsetDateTime.class)))
			.all();
	}

	Flux<ReminderStep> reminderSteps(long campaignId) {
		return db.sql("SELECT kind, days_before, started_at, messaged FROM reminder_step WHERE campaign_id = :campaign"
				+ " ORDER BY started_at DESC, id DESC LIMIT 100")
			.bind("campaign", campaignId)
			.map(row -> new ReminderStep(row.get("kind", String.class), row.get("days_before", Integer.class),
					row.get("started_at", OffsetDateTime.class), StatisticsRepository.number(row, "messaged")))
			.all();
	}

	/** Students reminded in scope, and how many of them confirmed (current version) after their first reminder. */
	Mono<ReminderCounts> reminderCounts(long campaignId, StatisticsAccess access) {
		return access.bind(db.sql("SELECT coalesce(sum(s.reminded), 0) AS reminded,"
				+ " coalesce(sum(s.confirmed_after_reminder), 0) AS after FROM stats_class_summary s"
				+ " WHERE s.campaign_id = :campaign AND " + access.condition("s"))
			.bind("campaign", campaignId))
			.map(row -> new ReminderCounts(StatisticsRepository.number(row, "reminded"), StatisticsRepository.number(row, "after")))
			.one();
	}

}
