package org.enrolcheck.stats;

import java.util.ArrayList;
import java.util.List;

import io.r2dbc.spi.Readable;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.validation.RecordStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads of the per-class summary tables (V13); every statement aggregates at most a campaign's classes. */
@Repository
class StatisticsRepository {

	static final String SUMS = """
			coalesce(sum(s.in_scope), 0) AS in_scope, coalesce(sum(s.registered), 0) AS registered,
			coalesce(sum(s.linked), 0) AS linked, coalesce(sum(s.confirmed), 0) AS confirmed,
			coalesce(sum(s.with_open_ticket), 0) AS with_open_ticket, coalesce(sum(s.resolved), 0) AS resolved""";

	private final DatabaseClient db;

	StatisticsRepository(DatabaseClient db) {
		this.db = db;
	}

	Mono<CampaignRef> campaign(long id, long institutionId) {
		return db.sql("SELECT id, institution_id, name, opens_at, closes_at, reminder_days FROM campaign"
				+ " WHERE id = :id AND institution_id = :institution")
			.bind("id", id).bind("institution", institutionId).map(CampaignRef::of).one();
	}

	/** Recounts the institution's dirty classes (V13 stats_refresh); cheap when nothing changed. */
	Mono<Integer> refresh(long institutionId) {
		return db.sql("SELECT stats_refresh(:institution)").bind("institution", institutionId)
			.map(row -> row.get(0, Integer.class)).one();
	}

	Mono<Funnel> funnel(long campaignId, StatisticsAccess access) {
		return access.bind(db.sql("SELECT " + SUMS + """
				, coalesce(sum(s.assisted), 0) AS assisted, coalesce(sum(s.forfeited), 0) AS forfeited,
				  coalesce(sum(s.reserved), 0) AS reserved, coalesce(sum(s.withdrawn), 0) AS withdrawn
				FROM stats_class_summary s WHERE s.campaign_id = :campaign AND """ + access.condition("s"))
			.bind("campaign", campaignId))
			.map(row -> {
				List<Funnel.OutOfScope> out = new ArrayList<>();
				addOut(out, RecordStatus.ADMISSION_FORFEITED, number(row, "forfeited"));
				addOut(out, RecordStatus.ADMISSION_RESERVED, number(row, "reserved"));
				addOut(out, RecordStatus.WITHDRAWN, number(row, "withdrawn"));
				return new Funnel(GlobalId.encode("Campaign", campaignId), number(row, "in_scope"), out,
						number(row, "registered"), number(row, "linked"), number(row, "confirmed"), number(row, "assisted"),
						number(row, "with_open_ticket"), number(row, "resolved"));
			})
			.one();
	}

	private static void addOut(List<Funnel.OutOfScope> out, RecordStatus status, int count) {
		if (count > 0) {
			out.add(new Funnel.OutOfScope(status, count));
		}
	}

	enum Dimension {

		COLLEGE("College", "s.college_id", "JOIN college d ON d.id = s.college_id", "d.name", "d.code"),
		MAJOR("Major", "s.major_id", "JOIN major d ON d.id = s.major_id", "d.name || '（' || d.catalogue_code || '）'",
				"d.catalogue_code, d.id"),
		CLASS("SchoolClass", "s.class_id", "JOIN school_class d ON d.id = s.class_id", "d.code || ' ' || d.name", "d.code");

		final String type;

		final String key;

		final String join;

		final String label;

		final String order;

		Dimension(String type, String key, String join, String label, String order) {
			this.type = type;
			this.key = key;
			this.join = join;
			this.label = label;
			this.order = order;
		}

	}

	Flux<FunnelCell> breakdown(long campaignId, StatisticsAccess access, Dimension dimension, @Nullable Long collegeId) {
		String college = collegeId == null ? "" : " AND s.college_id = :college";
		var spec = access.bind(db.sql("SELECT " + dimension.key + " AS key, " + dimension.label + " AS label, " + SUMS
				+ " FROM stats_class_summary s " + dimension.join + " WHERE s.campaign_id = :campaign AND "
				+ access.condition("s") + college + " GROUP BY " + dimension.key + ", " + dimension.label + ", "
				+ dimension.order + " ORDER BY " + dimension.order)
			.bind("campaign", campaignId));
		return (collegeId == null ? spec : spec.bind("college", collegeId))
			.map(row -> cell(row, dimension.type, row.get("label", String.class)))
			.all();
	}

	/** Counsellors are staff accounts with the COUNSELLOR role; each counts the classes it looks after. */
	Flux<FunnelCell> byCounsellor(long campaignId, StatisticsAccess access) {
		return access.bind(db.sql("SELECT a.id AS key, a.display_name AS label, " + SUMS + """
				 FROM account a CROSS JOIN LATERAL unnest(a.class_ids) AS k (class_id)
				JOIN stats_class_summary s ON s.class_id = k.class_id AND s.campaign_id = :campaign
				WHERE a.institution_id = :institution AND a.username IS NOT NULL AND a.state = 'ACTIVE'
				  AND 'COUNSELLOR' = ANY (a.roles) AND """ + access.condition("s") + """
				 GROUP BY a.id, a.display_name ORDER BY a.display_name, a.id""")
			.bind("campaign", campaignId).bind("institution", access.institutionId()))
			.map(row -> cell(row, "Account", access.aggregatesOnly() ? null : row.get("label", String.class)))
			.all();
	}

	Flux<DailyConfirmations> byDay(long campaignId, StatisticsAccess access) {
		return access.bind(db.sql("SELECT s.day, sum(s.confirmed) AS confirmed FROM stats_class_day s"
				+ " WHERE s.campaign_id = :campaign AND " + access.condition("s") + " GROUP BY s.day ORDER BY s.day")
			.bind("campaign", campaignId))
			.map(row -> new DailyConfirmations(row.get("day", java.time.LocalDate.class), number(row, "confirmed")))
			.all();
	}

	private static FunnelCell cell(Readable row, String type, @Nullable String label) {
		return new FunnelCell(GlobalId.encode(type, row.get("key", Long.class)), label, number(row, "in_scope"),
				number(row, "registered"), number(row, "linked"), number(row, "confirmed"), number(row, "with_open_ticket"),
				number(row, "resolved"), false);
	}

	static int number(Readable row, String column) {
		Number value = row.get(column, Number.class);
		return value == null ? 0 : value.intValue();
	}

	record DailyConfirmations(java.time.LocalDate day, int confirmed) {
	}

}
