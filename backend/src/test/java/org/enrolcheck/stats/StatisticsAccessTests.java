package org.enrolcheck.stats;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees which statistics: a registrar the institution, a college admin their college, a
 * counsellor their classes, an analyst aggregates only with small class cells suppressed; lists of
 * people and exports only to staff.
 */
@EnrolCheckTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsAccessTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient http;

	@Autowired
	TestTokens tokens;

	@Autowired
	DatabaseClient db;

	@Autowired
	PersonalDataCipher cipher;

	long institution;

	long collegeX;

	long collegeY;

	long classA;

	long classB;

	long classC;

	String campaign;

	@BeforeAll
	void campaignInThreeClasses() {
		StatsFixtures fixtures = new StatsFixtures(db, cipher);
		institution = fixtures.institution();
		collegeX = fixtures.college("01");
		collegeY = fixtures.college("02");
		classA = fixtures.classOf(collegeX, 0);
		classB = fixtures.classOf(collegeX, 1);
		classC = fixtures.classOf(collegeY, 0);
		long id = fixtures.campaign(2061, OffsetDateTime.now().plusDays(10));
		campaign = GlobalId.encode("Campaign", id);
		// A: 12 students, all linked, 10 confirmed; B: 3 students, all linked and confirmed; C: 12, 6 linked, 2 confirmed
		List<Long> a = fixtures.recordsIn(classA, 2061, 12, "SA");
		List<Long> b = fixtures.recordsIn(classB, 2061, 3, "SB");
		List<Long> c = fixtures.recordsIn(classC, 2061, 12, "SC");
		for (int i = 0; i < a.size(); i++) {
			fixtures.account(a.get(i), true, "ACTIVE", "1370000%04d".formatted(i));
			if (i < 10) {
				fixtures.confirm(a.get(i), id, false, false, OffsetDateTime.now());
			}
		}
		for (int i = 0; i < b.size(); i++) {
			fixtures.account(b.get(i), true, "ACTIVE", "1370001%04d".formatted(i));
			fixtures.confirm(b.get(i), id, false, false, OffsetDateTime.now());
		}
		for (int i = 0; i < 6; i++) {
			fixtures.account(c.get(i), true, "ACTIVE", "1370002%04d".formatted(i));
			if (i < 2) {
				fixtures.confirm(c.get(i), id, false, false, OffsetDateTime.now());
			}
		}
		fixtures.counsellor("stats-counsellor-a", "王老师", List.of(classA));
	}

	@Test
	void aRegistrarSeesTheWholeInstitution() {
		as(Role.REGISTRAR, List.of(), List.of()).documentName("statsCampaignStatistics").variable("campaignId", campaign).execute()
			.path("campaignStatistics.scope").entity(String.class).isEqualTo("INSTITUTION")
			.path("campaignStatistics.funnel.inScope").entity(Integer.class).isEqualTo(27)
			.path("campaignStatistics.funnel.linked").entity(Integer.class).isEqualTo(21)
			.path("campaignStatistics.funnel.confirmed").entity(Integer.class).isEqualTo(15)
			.path("campaignStatistics.funnel.completionRate").entity(Double.class).isEqualTo(15.0 / 27)
			.path("campaignStatistics.byCollege").entityList(Object.class).hasSize(2)
			.path("campaignStatistics.byClass[*].suppressed").entityList(Boolean.class).containsExactly(false, false, false)
			.path("campaignStatistics.byCounsellor[0].name").entity(String.class).isEqualTo("王老师")
			.path("campaignStatistics.byCounsellor[0].inScope").entity(Integer.class).isEqualTo(12);
	}

	@Test
	void aCollegeAdminSeesOnlyTheirCollege() {
		as(Role.COLLEGE_ADMIN, List.of(collegeX), List.of()).documentName("statsCampaignStatistics").variable("campaignId", campaign)
			.execute()
			.path("campaignStatistics.scope").entity(String.class).isEqualTo("COLLEGES")
			.path("campaignStatistics.funnel.inScope").entity(Integer.class).isEqualTo(15)
			.path("campaignStatistics.funnel.confirmed").entity(Integer.class).isEqualTo(13)
			.path("campaignStatistics.byCollege[*].key").entityList(String.class).containsExactly(GlobalId.encode("College", collegeX));
	}

	@Test
	void aCounsellorSeesOnlyTheirClassesAndTheirTaskList() {
		HttpGraphQlTester counsellor = as(Role.COUNSELLOR, List.of(), List.of(classC));
		counsellor.documentName("statsCampaignStatistics").variable("campaignId", campaign).execute()
			.path("campaignStatistics.scope").entity(String.class).isEqualTo("CLASSES")
			.path("campaignStatistics.funnel.inScope").entity(Integer.class).isEqualTo(12)
			.path("campaignStatistics.byClass[*].key").entityList(String.class).containsExactly(GlobalId.encode("SchoolClass", classC));
		counsellor.document("query($c: ID!) { counsellorTasks(campaignId: $c, first: 50) { edges { node { stage phone } } } }")
			.variable("c", campaign).execute()
			.path("counsellorTasks.edges").entityList(Object.class).hasSize(10)
			.path("counsellorTasks.edges[*].node.phone").entityList(String.class).contains("13700020002", "13700020005");
		refused(counsellor.document("query($c: ID!, $d: Date!) { campaignTrend(campaignId: $c, from: $d, to: $d) { day } }")
			.variable("c", campaign).variable("d", "2025-11-01"), "FORBIDDEN");
	}

	@Test
	void anAnalystSeesAggregatesWithSmallClassCellsSuppressedAndNoPeople() {
		HttpGraphQlTester analyst = as(Role.ANALYST, List.of(), List.of());
		Map<String, Object> byClass = analyst.documentName("statsCampaignStatistics").variable("campaignId", campaign).execute()
			.path("campaignStatistics.aggregatesOnly").entity(Boolean.class).isEqualTo(true)
			.path("campaignStatistics.funnel.inScope").entity(Integer.class).isEqualTo(27)
			.path("campaignStatistics.byCounsellor[0].name").valueIsNull()
			.path("campaignStatistics.byClass").entityList(Map.class).get().stream()
			.collect(java.util.stream.Collectors.toMap(cell -> (String) cell.get("key"), cell -> cell));
		Map<?, ?> a = (Map<?, ?>) byClass.get(GlobalId.encode("SchoolClass", classA));
		Map<?, ?> b = (Map<?, ?>) byClass.get(GlobalId.encode("SchoolClass", classB));
		Map<?, ?> c = (Map<?, ?>) byClass.get(GlobalId.encode("SchoolClass", classC));
		// B has 3 students: nothing of it shows
		assertThat(b.get("suppressed")).isEqualTo(true);
		assertThat(b.get("inScope")).isNull();
		assertThat(b.get("confirmed")).isNull();
		// A: 12 in scope, 10 confirmed leaves 2 unconfirmed, which would single them out
		assertThat(a.get("suppressed")).isEqualTo(true);
		assertThat(a.get("inScope")).isEqualTo(12);
		assertThat(a.get("linked")).isEqualTo(12);
		assertThat(a.get("confirmed")).isNull();
		// C: 12 in scope, 6 linked, 2 confirmed: the 2 is withheld, the 6 shows
		assertThat(c.get("linked")).isEqualTo(6);
		assertThat(c.get("confirmed")).isNull();
		refused(analyst.document("query($c: ID!) { nonCompleters(campaignId: $c) { edges { node { name } } } }")
			.variable("c", campaign), "FORBIDDEN");
		http.get().uri("/api/campaigns/" + campaign + "/non-completers.csv")
			.header("Authorization", tokens.staff(Role.ANALYST, institution, List.of(), List.of()))
			.exchange().expectStatus().isForbidden();
	}

	@Test
	void staffListAndExportTheirNonCompleters() {
		HttpGraphQlTester registrar = as(Role.REGISTRAR, List.of(), List.of());
		String query = "query($c: ID!, $after: String) { nonCompleters(campaignId: $c, first: 4, after: $after) {"
				+ " edges { node { recordId name stage phone } } pageInfo { hasNextPage endCursor } } }";
		java.util.Set<String> seen = new java.util.HashSet<>();
		String after = null;
		boolean more = true;
		while (more) {
			var response = registrar.document(query).variable("c", campaign).variable("after", after).execute();
			seen.addAll(response.path("nonCompleters.edges[*].node.recordId").entityList(String.class).get());
			more = response.path("nonCompleters.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("nonCompleters.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(seen).hasSize(12);
		registrar.document("query($c: ID!) { nonCompleters(campaignId: $c, first: 20) { edges { node { stage phone } } } }")
			.variable("c", campaign).execute()
			.path("nonCompleters.edges[*].node.stage").entityList(String.class)
			.satisfies(stages -> assertThat(stages).containsOnly("NOT_CONFIRMED", "NOT_REGISTERED").contains("NOT_REGISTERED"))
			.path("nonCompleters.edges[*].node.phone").entityList(String.class)
			.satisfies(phones -> assertThat(phones).filteredOn(java.util.Objects::nonNull).hasSize(6)
				.allMatch(phone -> phone.matches("\\d{3}\\*{4}\\d{4}")));
		String csv = http.get().uri("/api/campaigns/" + campaign + "/non-completers.csv?collegeId=" + GlobalId.encode("College", collegeY))
			.header("Authorization", tokens.staff(Role.COLLEGE_ADMIN, institution, List.of(collegeY), List.of()))
			.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		assertThat(csv.lines().toList()).hasSize(1 + 10);
		assertThat(csv).contains("学号", "未注册", "137****").doesNotContain("13700020002");
		byte[] xlsx = http.get().uri("/api/campaigns/" + campaign + "/non-completers.xlsx")
			.header("Authorization", tokens.staff(Role.REGISTRAR, institution, List.of(), List.of()))
			.exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
		assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
	}

	@Autowired
	StatisticsJobs jobs;

	@Test
	void theDailySnapshotIsIdempotentAndFeedsTheTrendOfTheCallersColleges() {
		jobs.snapshotNow().block(StatsFixtures.WAIT);
		jobs.snapshotNow().block(StatsFixtures.WAIT);
		long rows = db.sql("SELECT count(*) FROM campaign_daily_snapshot WHERE campaign_id = :c")
			.bind("c", GlobalId.decode(campaign, "Campaign")).map(row -> row.get(0, Long.class)).one().block(StatsFixtures.WAIT);
		assertThat(rows).isEqualTo(2);
		java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		String today = day.toString();
		String trend = "query($c: ID!, $from: Date!, $to: Date!) { campaignTrend(campaignId: $c, from: $from, to: $to) {"
				+ " day inScope linked confirmed completionRate } }";
		as(Role.COLLEGE_ADMIN, List.of(collegeX), List.of()).document(trend).variable("c", campaign)
			.variable("from", day.minusDays(30).toString()).variable("to", today).execute()
			.path("campaignTrend[*].day").entityList(String.class).containsExactly(today)
			.path("campaignTrend[0].inScope").entity(Integer.class).isEqualTo(15)
			.path("campaignTrend[0].confirmed").entity(Integer.class).isEqualTo(13);
		as(Role.ANALYST, List.of(), List.of()).document(trend).variable("c", campaign)
			.variable("from", today).variable("to", today).execute()
			.path("campaignTrend[0].inScope").entity(Integer.class).isEqualTo(27);
		as(Role.ANALYST, List.of(), List.of()).document(trend).variable("c", campaign)
			.variable("from", day.minusDays(400).toString()).variable("to", today).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT")));
	}

	@Test
	void othersAreRefused() {
		for (Role role : List.of(Role.STUDENT, Role.SUPPORT)) {
			refused(as(role, List.of(), List.of()).documentName("statsCampaignStatistics").variable("campaignId", campaign),
					"FORBIDDEN");
		}
		refused(graphQl.documentName("statsCampaignStatistics").variable("campaignId", campaign), "UNAUTHENTICATED");
		refused(as(Role.COLLEGE_ADMIN, List.of(collegeX), List.of())
			.document("query($c: ID!) { counsellorTasks(campaignId: $c) { edges { node { name } } } }").variable("c", campaign),
				"FORBIDDEN");
	}

	private HttpGraphQlTester as(Role role, List<Long> colleges, List<Long> classes) {
		return graphQl.mutate().header("Authorization", tokens.staff(role, institution, colleges, classes)).build();
	}

	private static void refused(GraphQlTester.Request<?> request, String code) {
		request.execute().errors().satisfy(errors -> assertThat(errors).isNotEmpty()
			.allSatisfy(error -> assertThat(error.getExtensions()).containsEntry("code", code)));
	}

}
