package org.enrolcheck.campaign;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A registrar runs a self-check campaign for the 2025 cohort. */
@EnrolCheckTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignTests {

	private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TestTokens tokens;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	DatabaseClient db;

	long institution;

	List<Long> cohort;

	long older;

	@BeforeAll
	void roster() {
		institution = db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class)).one().block();
		cohort = fixtures.addRecords("2025010101", 4);
		older = fixtures.addRecords("2024010101", 1).get(0);
		db.sql("UPDATE enrolment_record SET status = 'WITHDRAWN' WHERE id = :id").bind("id", cohort.get(3)).then().block();
	}

	@Test
	void aCampaignCountsItsCohortAndSaysWhoIsOutOfScope() {
		create(draft("key-count-1", "2025级新生学籍自查")).path("createCampaign.__typename").entity(String.class).isEqualTo("CampaignSaved")
			.path("createCampaign.campaign.state").entity(String.class).isEqualTo("OPEN")
			.path("createCampaign.campaign.inScope").entity(Integer.class).isEqualTo(3)
			.path("createCampaign.campaign.outOfScope[0].status").entity(String.class).isEqualTo("WITHDRAWN")
			.path("createCampaign.campaign.outOfScope[0].count").entity(Integer.class).isEqualTo(1)
			.path("createCampaign.campaign.outOfScope[0].reason").entity(String.class).isEqualTo("已退学，不参加本次自查。")
			.path("createCampaign.campaign.fieldsToCheck").entityList(String.class).contains("name", "idNumber", "admissionPhoto")
			.path("createCampaign.campaign.reminderDays").entityList(Integer.class).containsExactly(7, 3, 1);
	}

	@Test
	void aRetryWithTheSameKeyReturnsTheSameCampaignAndAnotherRequestIsRefused() {
		Map<String, Object> request = draft("key-retry-1", "重试");
		String first = create(request).path("createCampaign.campaign.id").entity(String.class).get();
		long rows = count();
		create(request).path("createCampaign.campaign.id").entity(String.class).isEqualTo(first);
		assertThat(count()).isEqualTo(rows);
		request.put("name", "另一个");
		create(request).path("createCampaign.__typename").entity(String.class).isEqualTo("IdempotencyKeyReused");
		assertThat(count()).isEqualTo(rows);
	}

	@Test
	void everyBrokenRuleIsReported() {
		Map<String, Object> bad = draft("key-bad-001", " ");
		bad.put("closesAt", "2025-10-01T00:00:00+08:00");
		bad.put("fieldsToCheck", List.of("name", "shoeSize"));
		bad.put("reminderDays", List.of(3, 3));
		long rows = count();
		create(bad).path("createCampaign.fieldErrors[*].code").entityList(String.class)
			.satisfies(codes -> assertThat(codes).containsExactlyInAnyOrder("CAMPAIGN_NAME", "WINDOW_ORDER",
					"FIELDS_TO_CHECK", "REMINDER_DAYS"));
		assertThat(count()).isEqualTo(rows);
	}

	@Test
	void anUpdateIsVersionCheckedAndTheWindowStateFollowsTheClock() {
		String id = create(draft("key-update-1", "待改")).path("createCampaign.campaign.id").entity(String.class).get();
		registrar().documentName("updateCampaign").variable("input", Map.of("id", id, "version", 0,
				"opensAt", now().plusDays(3).toString(), "closesAt", now().plusDays(30).toString()))
			.execute().path("updateCampaign.campaign.version").entity(Integer.class).isEqualTo(1);
		registrar().documentName("updateCampaign").variable("input", Map.of("id", id, "version", 0, "name", "旧版本"))
			.execute().path("updateCampaign.currentVersion").entity(Integer.class).isEqualTo(1);
		registrar().document("query($id: ID!) { campaign(id: $id) { state name } }").variable("id", id).execute()
			.path("campaign.state").entity(String.class).isEqualTo("NOT_YET_OPEN")
			.path("campaign.name").entity(String.class).isEqualTo("待改");
	}

	@Test
	void aStudentOfTheCohortCanBeGivenALaterDeadline() {
		String id = create(draft("key-extend-1", "延期")).path("createCampaign.campaign.id").entity(String.class).get();
		registrar().documentName("extendCampaign").variable("input", Map.of("campaignId", id,
				"recordId", GlobalId.encode("EnrolmentRecord", older), "closesAt", now().plusDays(60).toString(), "reason", "住院"))
			.execute().path("extendCampaignForStudent.fieldErrors[0].code").entity(String.class).isEqualTo("NOT_IN_COHORT");
		registrar().documentName("extendCampaign").variable("input", Map.of("campaignId", id,
				"recordId", GlobalId.encode("EnrolmentRecord", cohort.get(0)), "closesAt", now().plusDays(1).toString(), "reason", "住院"))
			.execute().path("extendCampaignForStudent.fieldErrors[0].code").entity(String.class).isEqualTo("EXTENSION_NOT_LATER");
		registrar().documentName("extendCampaign").variable("input", Map.of("campaignId", id,
				"recordId", GlobalId.encode("EnrolmentRecord", cohort.get(0)), "closesAt", now().plusDays(60).toString(), "reason", "住院治疗"))
			.execute()
			.path("extendCampaignForStudent.campaign.extensions[0].reason").entity(String.class).isEqualTo("住院治疗")
			.path("extendCampaignForStudent.campaign.extensions[0].grantedBy").entity(String.class).isEqualTo("registrar-1")
			.path("extendCampaignForStudent.campaign.extensions[0].record.name").entity(String.class).isNotEqualTo("");
	}

	@Test
	void staffAndAnalystsReadCampaignsButOnlyARegistrarWrites() {
		create(draft("key-roles-1", "角色"));
		long college = db.sql("SELECT id FROM college WHERE code = '01'").map(row -> row.get(0, Long.class)).one().block();
		for (Role role : List.of(Role.COLLEGE_ADMIN, Role.COUNSELLOR, Role.ANALYST)) {
			HttpGraphQlTester staff = as(tokens.staff(role, institution, List.of(college), List.of(1L)));
			staff.documentName("campaigns").execute().path("campaigns.edges").entityList(Object.class).hasSizeGreaterThan(0);
			staff.documentName("createCampaign").variable("input", draft("key-roles-" + role, "越权")).execute()
				.errors().satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
		}
		for (Role role : List.of(Role.STUDENT, Role.SUPPORT, Role.INTEGRATOR)) {
			as(tokens.staff(role, institution, List.of(), List.of())).documentName("campaigns").execute()
				.errors().satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
		}
		graphQl.documentName("campaigns").execute().errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "UNAUTHENTICATED")));
	}

	private Map<String, Object> draft(String key, String name) {
		Map<String, Object> input = new HashMap<>();
		input.put("idempotencyKey", key);
		input.put("name", name);
		input.put("admissionYear", 2025);
		input.put("opensAt", now().minusDays(1).toString());
		input.put("closesAt", now().plusDays(20).toString());
		input.put("notice", "请于截止日期前完成学籍信息核对。");
		return input;
	}

	private GraphQlTester.Response create(Map<String, Object> input) {
		return registrar().documentName("createCampaign").variable("input", input).execute();
	}

	private HttpGraphQlTester registrar() {
		return as(tokens.staff(Role.REGISTRAR, institution, List.of(), List.of()));
	}

	private HttpGraphQlTester as(String bearer) {
		return graphQl.mutate().header("Authorization", bearer).build();
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(CHINA).withNano(0);
	}

	private long count() {
		return db.sql("SELECT count(*) FROM campaign").map(row -> row.get(0, Long.class)).one().block();
	}

}
