package org.enrolcheck.stats;

import java.time.LocalDate;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The daily snapshots behind {@code campaignTrend}, and the job's write of today's rows. */
@Repository
class TrendRepository {

	private final DatabaseClient db;

	TrendRepository(DatabaseClient db) {
		this.db = db;
	}

	record TrendPoint(LocalDate day, int inScope, int registered, int linked, int confirmed, int withOpenTicket,
			int resolved) {

		public double completionRate() {
			return inScope == 0 ? 0 : (double) confirmed / inScope;
		}

	}

	Flux<TrendPoint> trend(long campaignId, StatisticsAccess access, LocalDate from, LocalDate to) {
		return access.bind(db.sql("""
				SELECT s.day, sum(s.in_scope) AS in_scope, sum(s.registered) AS registered, sum(s.linked) AS linked,
				       sum(s.confirmed) AS confirmed, sum(s.with_open_ticket) AS with_open_ticket, sum(s.resolved) AS resolved
				FROM campaign_daily_snapshot s
				WHERE s.campaign_id = :campaign AND s.day BETWEEN :from AND :to AND """ + access.condition("s") + """
				 GROUP BY s.day ORDER BY s.day""")
			.bind("campaign", campaignId).bind("from", from).bind("to", to))
			.map(row -> new TrendPoint(row.get("day", LocalDate.class), StatisticsRepository.number(row, "in_scope"),
					StatisticsRepository.number(row, "registered"), StatisticsRepository.number(row, "linked"),
					StatisticsRepository.number(row, "confirmed"), StatisticsRepository.number(row, "with_open_ticket"),
					StatisticsRepository.number(row, "resolved")))
			.all();
	}

	/**
	 * Recounts every institution with dirty classes, each in its own transaction: one statement over
	 * several institutions would hold their locks together and deadlock with a reader's recount.
	 */
	Mono<Long> refreshAll() {
		return db.sql("SELECT DISTINCT institution_id FROM stats_dirty_class ORDER BY institution_id")
			.map(row -> row.get(0, Long.class)).all()
			.concatMap(institution -> db.sql("SELECT stats_refresh(:institution)").bind("institution", institution)
				.map(row -> row.get(0, Integer.class)).one())
			.reduce(0L, Long::sum);
	}

	/**
	 * Rewrites {@code day}'s snapshot of every campaign that is open or closed less than 30 days ago:
	 * running it twice a day leaves one row per campaign × college, with the later counts.
	 */
	Mono<Long> snapshot(LocalDate day) {
		return db.sql("""
				INSERT INTO campaign_daily_snapshot (campaign_id, college_id, day, in_scope, registered, linked, confirmed,
				    with_open_ticket, resolved)
				SELECT s.campaign_id, s.college_id, :day, sum(s.in_scope), sum(s.registered), sum(s.linked), sum(s.confirmed),
				       sum(s.with_open_ticket), sum(s.resolved)
				FROM stats_class_summary s JOIN campaign c ON c.id = s.campaign_id
				WHERE c.opens_at <= now() AND c.closes_at > now() - interval '30 days'
				GROUP BY s.campaign_id, s.college_id
				ON CONFLICT (campaign_id, day, college_id) DO UPDATE SET in_scope = excluded.in_scope,
				    registered = excluded.registered, linked = excluded.linked, confirmed = excluded.confirmed,
				    with_open_ticket = excluded.with_open_ticket, resolved = excluded.resolved, taken_at = now()""")
			.bind("day", day).fetch().rowsUpdated();
	}

}
