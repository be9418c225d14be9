package org.enrolcheck.campaign;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.enrolcheck.support.EnrolCheckTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Anyone on the landing page reads an institution's current campaigns: notice and window, nothing personal. */
@EnrolCheckTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenCampaignsTests {

	private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0);

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	DatabaseClient db;

	@BeforeAll
	void campaigns() {
		long swu = db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class)).one().block();
		long other = db.sql("INSERT INTO institution (code, name) VALUES ('19998', '另一所大学') RETURNING id")
			.map(row -> row.get(0, Long.class)).one().block();
		insert(swu, "2025级新生学籍自查", NOW.minusDays(1), NOW.plusDays(20), "请核对姓名和身份证号。\n\n有误请提交更正。");
		insert(swu, "2024级复查", NOW.minusDays(40), NOW.minusDays(10), "已截止。");
		insert(swu, "2023级旧自查", NOW.minusDays(90), NOW.minusDays(31), "太旧。");
		insert(other, "别校自查", NOW.minusDays(1), NOW.plusDays(5), "别校通知。");
	}

	@Test
	void anAnonymousVisitorSeesTheNoticeAndTheWindowOfCurrentAndRecentCampaigns() {
		var response = graphQl.documentName("openCampaigns").variable("code", "10635").execute();
		response.path("openCampaigns[*].name").entityList(String.class).containsExactly("2024级复查", "2025级新生学籍自查");
		response.path("openCampaigns[1].state").entity(String.class).isEqualTo("OPEN")
			.path("openCampaigns[1].notice").entity(String.class).isEqualTo("请核对姓名和身份证号。\n\n有误请提交更正。")
			.path("openCampaigns[1].admissionYear").entity(Integer.class).isEqualTo(2025)
			.path("openCampaigns[1].closesAt").entity(OffsetDateTime.class)
			.satisfies(closesAt -> assertThat(closesAt.toInstant()).isEqualTo(NOW.plusDays(20).toInstant()))
			.path("openCampaigns[0].state").entity(String.class).isEqualTo("CLOSED");
	}

	@Test
	void anotherInstitutionsCampaignsAndUnknownCodesShowNothingElse() {
		graphQl.documentName("openCampaigns").variable("code", "19998").execute()
			.path("openCampaigns[*].name").entityList(String.class).containsExactly("别校自查");
		graphQl.documentName("openCampaigns").variable("code", "99999").execute()
			.path("openCampaigns").entityList(Object.class).hasSize(0);
		graphQl.documentName("openCampaigns").variable("code", "x' OR '1'='1").execute()
			.path("openCampaigns").entityList(Object.class).hasSize(0);
	}

	@Test
	void thePublicTypeHasNoCountsExtensionsOrPersonalFields() {
		List<Map<String, Object>> fields = graphQl.document("{ __type(name: \"PublicCampaign\") { fields { name } } }")
			.execute().path("__type.fields").entity(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() {
			}).get();
		assertThat(fields).extracting(field -> field.get("name"))
			.containsExactlyInAnyOrder("name", "admissionYear", "levels", "opensAt", "closesAt", "state", "notice");
	}

	private void insert(long institution, String name, OffsetDateTime opensAt, OffsetDateTime closesAt, String notice) {
		db.sql("""
				INSERT INTO campaign (institution_id, name, admission_year, opens_at, closes_at, fields_to_check, notice, created_by)
				VALUES (:institution, :name, 2025, :opensAt, :closesAt, '{name}', :notice, 'registrar')""")
			.bind("institution", institution).bind("name", name).bind("opensAt", opensAt).bind("closesAt", closesAt)
			.bind("notice", notice).then().block();
	}

}
