package org.enrolcheck.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statistics of the largest institution (60,000 students) among 1,000,000 records in 20
 * institutions, over loopback HTTP: every statistics query a dashboard sends, each timed on its own
 * (one request at a time: the latency a user sees) and under 8 concurrent requests, against
 * {@code { __typename }}. The requirement is p99 ≤ 50 ms per query. Also times the cost the
 * statistics triggers add to a 100,000-row insert into enrolment_record (the import's COPY fires the
 * same statement-level trigger) and the recount that follows.
 *
 * <p>Run: {@code infra/bench/run.sh statistics}; {@code -Dbench.stats.requests=} changes the load.
 */
@EnrolCheckTest
@Tag("bench")
@TestPropertySource(properties = { "enrolcheck.reminders.enabled=false" })
class StatisticsBenchmark {

	static final int REQUESTS = Integer.getInteger("bench.stats.requests", 400);

	static final int CONCURRENCY = 8;

	@LocalServerPort
	int port;

	@Autowired
	DatabaseClient db;

	@Autowired
	TestTokens tokens;

	@Test
	void everyStatisticsQueryOfA60000StudentInstitution() throws Exception {
		BenchReport report = new BenchReport("statistics", "campaign statistics of a 60,000-student institution"
				+ " (1,000,000 records in 20 institutions) vs { __typename }");
		long started = System.nanoTime();
		db.sql(new ClassPathResource("bench/statistics-data.sql").getContentAsString(StandardCharsets.UTF_8)).then()
			.block(Duration.ofMinutes(30));
		long generated = System.nanoTime();
		long institution = one("SELECT id FROM institution WHERE code = '90101'");
		int classes = 0;
		for (long bench : db.sql("SELECT id FROM institution WHERE code BETWEEN '90101' AND '90120' ORDER BY id")
			.map(row -> row.get(0, Long.class)).all().collectList().block(Duration.ofMinutes(1))) {
			classes += (int) one("SELECT stats_refresh(" + bench + ")");
		}
		long refreshed = System.nanoTime();
		db.sql("""
				INSERT INTO campaign_daily_snapshot (campaign_id, college_id, day, in_scope, registered, linked, confirmed,
				    with_open_ticket, resolved)
				SELECT s.campaign_id, s.college_id, g.d::date, sum(s.in_scope), sum(s.registered) * g.k / 30,
				       sum(s.linked) * g.k / 30, sum(s.confirmed) * g.k / 30, sum(s.with_open_ticket), sum(s.resolved) * g.k / 30
				FROM stats_class_summary s,
				     generate_series(date '2025-10-22', date '2025-11-20', interval '1 day') WITH ORDINALITY g (d, k)
				GROUP BY s.campaign_id, s.college_id, g.d, g.k;
				ANALYZE stats_class_summary, stats_class_day, stats_class_ticket, stats_class_ticket_item, campaign_daily_snapshot""")
			.then().block(Duration.ofMinutes(5));
		report.line("generated %,d records, %,d accounts, %,d confirmations, %,d tickets in %.0f s; first full recount of %,d"
				+ " classes (all 20 institutions) %.1f s", one("SELECT count(*) FROM enrolment_record"),
				one("SELECT count(*) FROM account"), one("SELECT count(*) FROM confirmation"), one("SELECT count(*) FROM ticket"),
				(generated - started) / 1e9, classes, (refreshed - generated) / 1e9);

		long campaign = one("SELECT id FROM campaign WHERE institution_id = " + institution);
		long college = one("SELECT min(id) FROM college WHERE institution_id = " + institution);
		String id = GlobalId.encode("Campaign", campaign);
		String registrar = tokens.staff(Role.REGISTRAR, institution, List.of(), List.of());
		String collegeAdmin = tokens.staff(Role.COLLEGE_ADMIN, institution, List.of(college), List.of());
		String analyst = tokens.staff(Role.ANALYST, institution, List.of(), List.of());
		Map<String, Scenario> scenarios = scenarios(id, GlobalId.encode("College", college), registrar, collegeAdmin, analyst);

		try (BenchClient client = new BenchClient(port, CONCURRENCY)) {
			byte[] typename = BenchClient.body("{ __typename }", Map.of());
			Scenario baseline = new Scenario(registrar, typename, data -> assertThat(data.path("__typename").asString()).isEqualTo("Query"));
			for (Scenario scenario : scenarios.values()) {
				load(client, scenario, 50, 1);
			}
			load(client, baseline, 100, 1);
			report.line("");
			report.line("## One request at a time (%d each): the latency a user sees", REQUESTS);
			Latencies base = load(client, baseline, REQUESTS, 1);
			report.line("%-28s %s", "typename", base.summary());
			List<String> verdicts = new ArrayList<>();
			String worst = "";
			double worstP99 = 0;
			for (Map.Entry<String, Scenario> entry : scenarios.entrySet()) {
				Latencies run = load(client, entry.getValue(), REQUESTS, 1);
				report.line("%-28s %s  p99 ratio %.2fx", entry.getKey(), run.summary(),
						run.percentileMillis(0.99) / base.percentileMillis(0.99));
				verdicts.add("%s_p99_ms=%.1f".formatted(entry.getKey(), run.percentileMillis(0.99)));
				if (run.percentileMillis(0.99) > worstP99) {
					worstP99 = run.percentileMillis(0.99);
					worst = entry.getKey();
				}
			}
			// the requirement (issue #6): every statistics query answers within 50 ms at p99
			report.line("TARGET every statistics query p99 <= 50 ms, one request at a time: %s (slowest %s, p99 %.1f ms;"
					+ " { __typename } p99 %.1f ms)", worstP99 <= 50 ? "met" : "NOT met", worst, worstP99,
					base.percentileMillis(0.99));
			report.line("");
			report.line("## %d concurrent requests (%d each)", CONCURRENCY, REQUESTS);
			Latencies baseLoaded = load(client, baseline, REQUESTS, CONCURRENCY);
			report.line("%-28s %s", "typename", baseLoaded.summary());
			for (Map.Entry<String, Scenario> entry : scenarios.entrySet()) {
				Latencies run = load(client, entry.getValue(), REQUESTS, CONCURRENCY);
				report.line("%-28s %s  throughput ratio %.3f", entry.getKey(), run.summary(),
						run.requestsPerSecond() / baseLoaded.requestsPerSecond());
			}
			report.line("");
			report.line("RESULT %s", String.join(" ", verdicts));
		}
		triggerCost(report, institution);
		report.write();
	}

	record Scenario(String bearer, byte[] body, Consumer<JsonNode> check) {
	}

	private static Map<String, Scenario> scenarios(String campaign, String college, String registrar, String collegeAdmin,
			String analyst) {
		Map<String, Object> vars = Map.of("c", campaign);
		Map<String, Scenario> scenarios = new LinkedHashMap<>();
		String funnel = "funnel { inScope outOfScope { status count reason } registered linked confirmed assisted withOpenTicket resolved completionRate }";
		String cell = "{ key name inScope registered linked confirmed withOpenTicket resolved completionRate suppressed }";
		scenarios.put("funnel", new Scenario(registrar, BenchClient.body("query($c: ID!) { campaignStatistics(campaignId: $c) { "
				+ funnel + " } }", vars), data -> assertThat(data.path("campaignStatistics").path("funnel").path("inScope").asInt())
			.isEqualTo(58_200)));
		scenarios.put("dashboard", new Scenario(registrar, BenchClient.body("query($c: ID!) { campaignStatistics(campaignId: $c) { "
				+ funnel + " byCollege " + cell + " byDay { day confirmed } ticketsByState { key count }"
				+ " ticketItemsByField { field tier count open } ticketItemsByTier { key count }"
				+ " decisionWaits { collegeName decided medianHours p90Hours waiting oldestWaitingSince }"
				+ " reminders { steps { kind daysBefore startedAt messaged } reminded confirmedAfterReminder } } }", vars),
				data -> assertThat(data.path("campaignStatistics").path("byCollege").size()).isEqualTo(12)));
		scenarios.put("by-major", new Scenario(registrar, BenchClient.body("query($c: ID!) { campaignStatistics(campaignId: $c) {"
				+ " byMajor " + cell + " byCounsellor " + cell + " } }", vars),
				data -> assertThat(data.path("campaignStatistics").path("byMajor").size()).isEqualTo(60)));
		scenarios.put("by-class-one-college", new Scenario(registrar, BenchClient.body("query($c: ID!, $college: ID!) {"
				+ " campaignStatistics(campaignId: $c) { byClass(collegeId: $college) " + cell + " } }",
				Map.of("c", campaign, "college", college)),
				data -> assertThat(data.path("campaignStatistics").path("byClass").size()).isEqualTo(125)));
		scenarios.put("by-class-institution", new Scenario(registrar, BenchClient.body("query($c: ID!) {"
				+ " campaignStatistics(campaignId: $c) { byClass " + cell + " } }", vars),
				data -> assertThat(data.path("campaignStatistics").path("byClass").size()).isEqualTo(1_500)));
		scenarios.put("college-admin-dashboard", new Scenario(collegeAdmin, BenchClient.body("query($c: ID!) {"
				+ " campaignStatistics(campaignId: $c) { " + funnel + " byClass " + cell + " byDay { day confirmed }"
				+ " ticketsByState { key count } decisionWaits { collegeName medianHours p90Hours waiting } } }", vars),
				data -> assertThat(data.path("campaignStatistics").path("byClass").size()).isEqualTo(125)));
		scenarios.put("analyst-by-class", new Scenario(analyst, BenchClient.body("query($c: ID!) {"
				+ " campaignStatistics(campaignId: $c) { " + funnel + " byClass " + cell + " } }", vars),
				data -> assertThat(data.path("campaignStatistics").path("byClass").size()).isEqualTo(1_500)));
		scenarios.put("trend-30-days", new Scenario(registrar, BenchClient.body("query($c: ID!) { campaignTrend(campaignId: $c,"
				+ " from: \"2025-10-22\", to: \"2025-11-20\") { day inScope registered linked confirmed withOpenTicket resolved"
				+ " completionRate } }", vars), data -> assertThat(data.path("campaignTrend").size()).isEqualTo(30)));
		scenarios.put("non-completers-page", new Scenario(registrar, BenchClient.body("query($c: ID!) {"
				+ " nonCompleters(campaignId: $c, first: 50) { edges { node { recordId studentNumber name collegeName classCode"
				+ " stage phone lastRemindedAt } } pageInfo { hasNextPage endCursor } } }", vars),
				data -> assertThat(data.path("nonCompleters").path("edges").size()).isEqualTo(50)));
		return scenarios;
	}

	private static Latencies load(BenchClient client, Scenario scenario, int requests, int concurrency) {
		AtomicLongArray nanos = new AtomicLongArray(requests);
		long started = System.nanoTime();
		Flux.range(0, requests)
			.flatMap(i -> Mono.defer(() -> {
				long sent = System.nanoTime();
				return client.graphQl(scenario.bearer(), scenario.body())
					.doOnNext(scenario.check())
					.doOnSuccess(done -> nanos.set(i, System.nanoTime() - sent));
			}), concurrency)
			.then()
			.block(Duration.ofMinutes(15));
		return Latencies.of("", nanos, System.nanoTime() - started, concurrency);
	}

	/**
	 * 100,000 records inserted into enrolment_record in one statement (as the import's COPY does) with
	 * the statistics trigger enabled and disabled, alternately, each rolled back; then the recount of
	 * the classes such an insert marks.
	 */
	private void triggerCost(BenchReport report, long institution) {
		String insert = """
				INSERT INTO enrolment_record (institution_id, college_id, major_id, class_id, examinee_number, student_number, name,
				    gender, birth_date, id_type, id_number_cipher, id_number_index, id_number_masked, ethnicity, origin_province,
				    length_of_schooling, level, admission_year, study_mode, education_category, status)
				SELECT s.institution_id, s.college_id, s.major_id, s.id, lpad((3000000 + g)::text, 14, '0'), 'T' || g, '学生' || g,
				       'MALE', date '2007-01-01', 'RESIDENT_ID', '\\x00'::bytea, decode(md5('t' || g), 'hex'), '110***', '01', '50', 4,
				       'BACHELOR', 2025, 'FULL_TIME', 'REGULAR', 'REGISTERED'
				FROM generate_series(1, 100000) g
				JOIN (SELECT id, institution_id, college_id, major_id, row_number() OVER (ORDER BY id) - 1 AS k
				      FROM school_class WHERE institution_id = %d) s ON s.k = g %% 1500""".formatted(institution);
		report.line("");
		report.line("## The trigger's cost on a 100,000-row insert into enrolment_record (rolled back)");
		List<Double> with = new ArrayList<>();
		List<Double> without = new ArrayList<>();
		for (int round = 0; round < 3; round++) {
			for (boolean enabled : new boolean[] { false, true }) {
				String toggle = enabled ? "" : "ALTER TABLE enrolment_record DISABLE TRIGGER stats_record_inserted;";
				long t0 = System.nanoTime();
				db.sql("BEGIN; " + toggle + insert + "; ROLLBACK;").then().block(Duration.ofMinutes(10));
				double seconds = (System.nanoTime() - t0) / 1e9;
				(enabled ? with : without).add(seconds);
				report.line("round %d  trigger %-8s %.2f s", round + 1, enabled ? "enabled" : "disabled", seconds);
			}
		}
		double medianWith = with.stream().sorted().toList().get(1);
		double medianWithout = without.stream().sorted().toList().get(1);
		long t0 = System.nanoTime();
		db.sql("BEGIN; " + insert + "; SELECT stats_refresh(" + institution + "); ROLLBACK;").then().block(Duration.ofMinutes(10));
		double insertAndRecount = (System.nanoTime() - t0) / 1e9;
		report.line("median: with %.2f s, without %.2f s, ratio %.3f; insert + recount of its 1,500 classes (160,000 records of"
				+ " the campaign) %.2f s", medianWith, medianWithout, medianWith / medianWithout, insertAndRecount);
		report.line("RESULT trigger_ratio=%.3f insert_with_trigger_s=%.2f insert_without_trigger_s=%.2f", medianWith / medianWithout,
				medianWith, medianWithout);
	}

	private long one(String sql) {
		return db.sql(sql).map(row -> row.get(0, Number.class).longValue()).one().block(Duration.ofMinutes(10));
	}

}
