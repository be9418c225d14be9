package org.enrolcheck.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.enrolcheck.campaign.CampaignScope;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.validation.RecordStatus;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The statistics' definitions, counted the slow and obvious way: one row per record of the
 * campaign (through the shared campaign_record view), tallied in the test. Nothing here reads the
 * summary tables.
 */
record BruteForce(List<Row> rows, List<Map<String, Object>> ticketsByState, Map<String, Map<String, Object>> itemsByField) {

	record Row(long collegeId, long classId, String status, boolean inScope, boolean registered, boolean linked,
			LocalDate confirmedOn, boolean assisted, boolean open, boolean anyTicket) {
	}

	static BruteForce count(DatabaseClient db, long campaign) {
		List<Row> rows = db.sql("""
				SELECT cr.college_id, cr.class_id, r.status, cr.in_scope,
				       EXISTS (SELECT 1 FROM account a WHERE a.state = 'ACTIVE' AND a.id_number_index = r.id_number_index) AS registered,
				       EXISTS (SELECT 1 FROM account a WHERE a.state = 'ACTIVE' AND a.id_number_index = r.id_number_index
				               AND a.display_name = r.name) AS linked,
				       (SELECT (f.confirmed_at AT TIME ZONE 'Asia/Shanghai')::date FROM confirmation f
				        WHERE f.record_id = r.id AND f.subject = 'RECORD' AND f.record_version = r.version) AS confirmed_on,
				       EXISTS (SELECT 1 FROM confirmation f WHERE f.record_id = r.id AND f.subject = 'RECORD'
				               AND f.record_version = r.version AND f.assisted_by IS NOT NULL) AS assisted,
				       EXISTS (SELECT 1 FROM ticket t WHERE t.record_id = r.id
				               AND t.state IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'APPROVED')) AS open,
				       EXISTS (SELECT 1 FROM ticket t WHERE t.record_id = r.id) AS any_ticket
				FROM campaign_record cr JOIN enrolment_record r ON r.id = cr.record_id
				WHERE cr.campaign_id = :campaign""")
			.bind("campaign", campaign)
			.map(row -> new Row(row.get("college_id", Long.class), row.get("class_id", Long.class), row.get("status", String.class),
					row.get("in_scope", Boolean.class), row.get("registered", Boolean.class), row.get("linked", Boolean.class),
					row.get("confirmed_on", LocalDate.class), row.get("assisted", Boolean.class), row.get("open", Boolean.class),
					row.get("any_ticket", Boolean.class)))
			.all().collectList().block(StatsFixtures.WAIT);
		List<Map<String, Object>> states = db.sql("SELECT state, count(*) AS n FROM ticket WHERE campaign_id = :campaign"
				+ " GROUP BY state ORDER BY state")
			.bind("campaign", campaign)
			.map(row -> Map.<String, Object>of("key", row.get("state", String.class), "count", row.get("n", Long.class).intValue()))
			.all().collectList().block(StatsFixtures.WAIT);
		List<Map<String, Object>> items = db.sql("""
				SELECT i.field, i.tier, count(*) AS n,
				       count(*) FILTER (WHERE t.state IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'APPROVED')) AS open
				FROM ticket_item i JOIN ticket t ON t.id = i.ticket_id WHERE t.campaign_id = :campaign GROUP BY i.field, i.tier""")
			.bind("campaign", campaign)
			.map(row -> Map.<String, Object>of("field", row.get("field", String.class), "tier", row.get("tier", String.class),
					"count", row.get("n", Long.class).intValue(), "open", row.get("open", Long.class).intValue()))
			.all().collectList().block(StatsFixtures.WAIT);
		return new BruteForce(rows, states, keyed(items));
	}

	static Map<String, Map<String, Object>> keyed(List<?> items) {
		Map<String, Map<String, Object>> keyed = new TreeMap<>();
		for (Object item : items) {
			@SuppressWarnings("unchecked")
			Map<String, Object> map = (Map<String, Object>) item;
			keyed.put(map.get("field") + "/" + map.get("tier"), map);
		}
		return keyed;
	}

	Map<String, Object> funnel(String campaignId) {
		Map<String, Object> funnel = new LinkedHashMap<>(tally(rows));
		funnel.remove("suppressed");
		List<Map<String, Object>> out = new ArrayList<>();
		for (RecordStatus status : List.of(RecordStatus.ADMISSION_FORFEITED, RecordStatus.ADMISSION_RESERVED, RecordStatus.WITHDRAWN)) {
			long count = rows.stream().filter(row -> row.status().equals(status.name())).count();
			if (count > 0) {
				out.add(Map.of("status", status.name(), "count", (int) count, "reason", CampaignScope.OUT_OF_SCOPE.get(status)[0]));
			}
		}
		Map<String, Object> ordered = new LinkedHashMap<>();
		ordered.put("campaignId", campaignId);
		ordered.put("inScope", funnel.get("inScope"));
		ordered.put("outOfScope", out);
		ordered.put("registered", funnel.get("registered"));
		ordered.put("linked", funnel.get("linked"));
		ordered.put("confirmed", funnel.get("confirmed"));
		ordered.put("assisted", (int) rows.stream().filter(row -> row.inScope() && row.assisted()).count());
		ordered.put("withOpenTicket", funnel.get("withOpenTicket"));
		ordered.put("resolved", funnel.get("resolved"));
		ordered.put("completionRate", funnel.get("completionRate"));
		return ordered;
	}

	/** One breakdown cell per college or class with any record of the campaign. */
	List<Map<String, Object>> cells(String type) {
		Map<Long, List<Row>> groups = new TreeMap<>();
		for (Row row : rows) {
			groups.computeIfAbsent(type.equals("College") ? row.collegeId() : row.classId(), key -> new ArrayList<>()).add(row);
		}
		List<Map<String, Object>> cells = new ArrayList<>();
		groups.forEach((key, group) -> {
			Map<String, Object> cell = new LinkedHashMap<>();
			cell.put("key", GlobalId.encode(type, key));
			cell.putAll(tally(group));
			cells.add(cell);
		});
		return cells;
	}

	List<Map<String, Object>> byDay() {
		Map<LocalDate, Integer> days = new TreeMap<>();
		rows.stream().filter(row -> row.inScope() && row.confirmedOn() != null)
			.forEach(row -> days.merge(row.confirmedOn(), 1, Integer::sum));
		List<Map<String, Object>> result = new ArrayList<>();
		days.forEach((day, count) -> result.add(Map.of("day", day.toString(), "confirmed", count)));
		return result;
	}

	private static Map<String, Object> tally(List<Row> group) {
		int inScope = (int) group.stream().filter(Row::inScope).count();
		int confirmed = (int) group.stream().filter(row -> row.inScope() && row.confirmedOn() != null).count();
		Map<String, Object> cell = new LinkedHashMap<>();
		cell.put("inScope", inScope);
		cell.put("registered", (int) group.stream().filter(row -> row.inScope() && row.registered()).count());
		cell.put("linked", (int) group.stream().filter(row -> row.inScope() && row.linked()).count());
		cell.put("confirmed", confirmed);
		cell.put("withOpenTicket", (int) group.stream().filter(row -> row.inScope() && row.open()).count());
		cell.put("resolved", (int) group.stream().filter(row -> row.inScope() && row.anyTicket() && !row.open()).count());
		cell.put("completionRate", inScope == 0 ? 0.0 : (double) confirmed / inScope);
		cell.put("suppressed", false);
		return cell;
	}

}
