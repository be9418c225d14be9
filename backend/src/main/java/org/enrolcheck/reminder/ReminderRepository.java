package org.enrolcheck.reminder;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.enrolcheck.stats.CampaignRef;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The ladder's lease rows and who each step messaged. */
@Repository
class ReminderRepository {

	private final DatabaseClient db;

	ReminderRepository(DatabaseClient db) {
		this.db = db;
	}

	record DueStep(CampaignRef campaign, int daysBefore) {
	}

	/**
	 * Open campaigns whose current step (the smallest reminder day already reached) has not run. A
	 * server that was down over an earlier step runs only the current one: two reminders in a row
	 * help nobody.
	 */
	Flux<DueStep> due(Instant now) {
		return db.sql("""
				SELECT c.id, c.institution_id, c.name, c.opens_at, c.closes_at, c.reminder_days, s.step
				FROM campaign c
				CROSS JOIN LATERAL (SELECT min(d) AS step FROM unnest(c.reminder_days) d
				                    WHERE c.closes_at - d * interval '1 day' <= :now) s
				WHERE c.opens_at <= :now AND c.closes_at > :now AND s.step IS NOT NULL
				  AND NOT EXISTS (SELECT 1 FROM reminder_step r WHERE r.campaign_id = c.id AND r.kind = 'SCHEDULED'
				                  AND r.days_before = s.step)""")
			.bind("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.map(row -> new DueStep(CampaignRef.of(row), row.get("step", Integer.class)))
			.all();
	}

	/**
	 * Takes the lease of a scheduled step: the row's unique key lets one transaction in, and a second
	 * one waits for the first to commit and then finds the row (empty result: someone else ran it).
	 */
	Mono<Long> claim(long campaignId, int daysBefore, String runBy) {
		return db.sql("""
				INSERT INTO reminder_step (campaign_id, kind, days_before, run_by) VALUES (:campaign, 'SCHEDULED', :days, :runBy)
				ON CONFLICT (campaign_id, days_before) WHERE kind = 'SCHEDULED' DO NOTHING RETURNING id""")
			.bind("campaign", campaignId).bind("days", daysBefore).bind("runBy", runBy)
			.map(row -> row.get(0, Long.class)).one();
	}

	Mono<Long> manual(long campaignId, String runBy) {
		return db.sql("INSERT INTO reminder_step (campaign_id, kind, run_by) VALUES (:campaign, 'MANUAL', :runBy) RETURNING id")
			.bind("campaign", campaignId).bind("runBy", runBy)
			.map(row -> row.get(0, Long.class)).one();
	}

	Mono<Void> recipients(long stepId, long campaignId, List<Long> recordIds, List<Long> accountIds) {
		if (recordIds.isEmpty()) {
			return Mono.empty();
		}
		return db.sql("""
				INSERT INTO reminder_recipient (step_id, campaign_id, record_id, account_id)
				SELECT :step, :campaign, r, a FROM unnest(:records::bigint[], :accounts::bigint[]) AS u (r, a)""")
			.bind("step", stepId).bind("campaign", campaignId).bind("records", recordIds.toArray(Long[]::new))
			.bind("accounts", accountIds.toArray(Long[]::new))
			.then();
	}

	Mono<Void> finish(long stepId, int messaged, int counsellors) {
		return db.sql("UPDATE reminder_step SET messaged = :messaged, counsellors = :counsellors WHERE id = :id")
			.bind("messaged", messaged).bind("counsellors", counsellors).bind("id", stepId).then();
	}

	record CounsellorLoad(long accountId, int open) {
	}

	/** Active counsellors of the institution with how many of their students are still open. */
	Flux<CounsellorLoad> counsellors(long institutionId, List<Long> openClassIds, List<Integer> openCounts) {
		return db.sql("""
				SELECT a.id, sum(o.n) AS open
				FROM account a CROSS JOIN LATERAL unnest(a.class_ids) AS k (class_id)
				JOIN unnest(:classes::bigint[], :counts::integer[]) AS o (class_id, n) ON o.class_id = k.class_id
				WHERE a.institution_id = :institution AND a.username IS NOT NULL AND a.state = 'ACTIVE'
				  AND 'COUNSELLOR' = ANY (a.roles)
				GROUP BY a.id ORDER BY a.id""")
			.bind("classes", openClassIds.toArray(Long[]::new)).bind("counts", openCounts.toArray(Integer[]::new))
			.bind("institution", institutionId)
			.map(row -> new CounsellorLoad(row.get("id", Long.class), row.get("open", Number.class).intValue()))
			.all();
	}

}
