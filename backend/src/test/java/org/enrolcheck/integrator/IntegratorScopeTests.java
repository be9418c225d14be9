package org.enrolcheck.integrator;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.schema.GraphQLFieldDefinition;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.integrator.Calls.Answer;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.MinimalDocuments;
import org.enrolcheck.support.RecordFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each scope of an integrator's API token reads, least privilege and within its own
 * institution: stats:read aggregates like an analyst, campaigns:read the campaigns (a student's
 * extension only with records:read too), tickets:read the correction queue read only with ID numbers
 * masked. No scope writes anything.
 */
@EnrolCheckTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntegratorScopeTests {

	static final String STATISTICS = """
			query($id: ID!) { campaignStatistics(campaignId: $id) {
			  aggregatesOnly funnel { inScope } byClass { inScope suppressed } byCounsellor { name } } }""";

	static final String CAMPAIGNS = """
			{ campaigns(first: 20) { edges { node { id name inScope extensions { reason } } } } }""";

	static final String QUEUE = """
			{ correctionTickets(first: 20) { edges { node { id state
			    items { field currentValue recordValue requestedValue evidence { id } } } } }
			  correctionQueueSummary { total } }""";

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	GraphQlSource graphQlSource;

	Calls calls;

	String registrar;

	List<Long> records;

	String campaign;

	String otherCampaign;

	String ticket;

	@BeforeAll
	void setUp() {
		calls = new Calls(http);
		registrar = calls.signIn("registrar", Calls.DEMO_PASSWORD);
		records = fixtures.addRecords("2025010101", 3);
		long campaignId = id("""
				INSERT INTO campaign (institution_id, name, admission_year, opens_at, closes_at, fields_to_check, created_by)
				SELECT institution_id, '2025级自查', admission_year, now() - interval '1 day', now() + interval '20 days',
				       ARRAY['name'], 'test' FROM school_class WHERE code = '2025010101' RETURNING id""");
		campaign = GlobalId.encode("Campaign", campaignId);
		db.sql("""
				INSERT INTO campaign_extension (campaign_id, record_id, closes_at, reason, granted_by)
				VALUES (:campaign, :record, now() + interval '30 days', '学生住院', 'registrar')""")
			.bind("campaign", campaignId).bind("record", records.getFirst()).then().block();
		// another institution's campaign, out of every token's reach
		long otherId = id("""
				WITH other AS (INSERT INTO institution (code, name) VALUES ('99991', '别的大学') RETURNING id)
				INSERT INTO campaign (institution_id, name, admission_year, opens_at, closes_at, fields_to_check, created_by)
				SELECT id, '别校自查', 2025, now() - interval '1 day', now() + interval '20 days', ARRAY['name'], 'test'
				FROM other RETURNING id""");
		otherCampaign = GlobalId.encode("Campaign", otherId);
		// a student's open ticket on the ID number: stored values are masked as filing leaves them
		long account = id("""
				INSERT INTO account (display_name, id_type, id_number_cipher, id_number_index, id_number_masked, password_hash, roles)
				SELECT r.name, 'RESIDENT_ID', r.id_number_cipher, r.id_number_index, r.id_number_masked, 'x', '{STUDENT}'
				FROM enrolment_record r WHERE r.id = %d RETURNING id""".formatted(records.getFirst()));
		long ticketId = id("""
				INSERT INTO ticket (record_id, campaign_id, institution_id, college_id, account_id, state, record_version)
				SELECT r.id, %d, r.institution_id, r.college_id, %d, 'SUBMITTED', r.version FROM enrolment_record r
				WHERE r.id = %d RETURNING id""".formatted(campaignId, account, records.getFirst()));
		db.sql("""
				INSERT INTO ticket_item (ticket_id, record_id, field, tier, current_value, requested_value, reason_code)
				SELECT :ticket, r.id, 'idNumber', 'IDENTITY', r.id_number_masked, '110101********1234', 'ID_DOCUMENT_DIFFERS'
				FROM enrolment_record r WHERE r.id = :record""")
			.bind("ticket", ticketId).bind("record", records.getFirst()).then().block();
		ticket = GlobalId.encode("CorrectionTicket", ticketId);
	}

	@Test
	void statsReadReadsAggregatesOnlyLikeAnAnalyst() {
		String stats = token("统计大屏", List.of("STATS_READ"), "scope-stats-01");
		Answer read = calls.post(stats, STATISTICS, Map.of("id", campaign)).ok();
		assertThat((Boolean) read.at("campaignStatistics.aggregatesOnly")).isTrue();
		assertThat((Integer) read.at("campaignStatistics.funnel.inScope")).isGreaterThanOrEqualTo(3);
		// the class of three is below the suppression threshold: withheld, as for an analyst
		List<Map<String, Object>> classes = read.at("campaignStatistics.byClass");
		assertThat(classes).isNotEmpty().allSatisfy(cell -> assertThat(cell.get("suppressed")).isEqualTo(true));
		assertThat(calls.post(registrar, STATISTICS, Map.of("id", campaign)).ok()
			.<List<Map<String, Object>>>at("campaignStatistics.byClass")).anySatisfy(cell -> assertThat(cell.get("suppressed")).isEqualTo(false));
		assertThat(read.<List<Map<String, Object>>>at("campaignStatistics.byCounsellor"))
			.allSatisfy(cell -> assertThat(cell.get("name")).isNull());

		// no lists of people, no counsellor tasks, no reminders, no other institution, nothing else
		assertThat(calls.post(stats, "query($id: ID!) { nonCompleters(campaignId: $id, first: 5) { edges { node { __typename } } } }",
				Map.of("id", campaign)).errorCodes()).containsExactly("FORBIDDEN");
		assertThat(calls.post(stats, "query($id: ID!) { counsellorTasks(campaignId: $id, first: 5) { edges { node { __typename } } } }",
				Map.of("id", campaign)).errorCodes()).containsExactly("FORBIDDEN");
		assertThat(calls.post(stats, "mutation($id: ID!) { remindNow(input: { campaignId: $id, dryRun: true }) { __typename } }",
				Map.of("id", campaign)).errorCodes()).containsExactly("FORBIDDEN");
		assertThat(calls.post(stats, STATISTICS, Map.of("id", otherCampaign)).errorCodes()).containsExactly("NOT_FOUND");
		assertThat(calls.post(stats, CAMPAIGNS).errorCodes()).containsExactly("FORBIDDEN");
		assertThat(calls.post(stats, QUEUE).errorCodes()).contains("FORBIDDEN");

		// without stats:read the statistics are refused
		String others = token("无统计", List.of("RECORDS_READ", "CAMPAIGNS_READ", "TICKETS_READ"), "scope-stats-02");
		assertThat(calls.post(others, STATISTICS, Map.of("id", campaign)).errorCodes()).containsExactly("FORBIDDEN");
	}

	@Test
	void campaignsReadReadsTheInstitutionsCampaignsButNoStudentsExtension() {
		String campaigns = token("门户", List.of("CAMPAIGNS_READ"), "scope-campaigns-01");
		List<Map<String, Object>> edges = calls.post(campaigns, CAMPAIGNS).ok().at("campaigns.edges");
		assertThat(edges).extracting(edge -> (Object) ((Map<?, ?>) edge.get("node")).get("id")).containsExactly(campaign);
		Map<?, ?> node = (Map<?, ?>) edges.getFirst().get("node");
		assertThat(node.get("inScope")).isEqualTo(3);
		assertThat((List<?>) node.get("extensions")).isEmpty();
		String one = "query($id: ID!) { campaign(id: $id) { name extensions { record { name } } } }";
		assertThat((String) calls.post(campaigns, one, Map.of("id", campaign)).ok().at("campaign.name")).isEqualTo("2025级自查");
		assertThat(calls.post(campaigns, one, Map.of("id", otherCampaign)).ok().<Object>at("campaign")).isNull();

		// with records:read too the extension and its record show
		String both = token("门户与学籍", List.of("CAMPAIGNS_READ", "RECORDS_READ"), "scope-campaigns-02");
		assertThat(calls.post(both, one, Map.of("id", campaign)).ok().<List<Map<String, Object>>>at("campaign.extensions"))
			.singleElement().satisfies(extension -> assertThat(((Map<?, ?>) extension.get("record")).get("name")).isNotNull());

		// without campaigns:read the campaigns are refused
		String others = token("无自查", List.of("RECORDS_READ", "STATS_READ", "TICKETS_READ"), "scope-campaigns-03");
		assertThat(calls.post(others, CAMPAIGNS).errorCodes()).containsExactly("FORBIDDEN");
		assertThat(calls.post(others, one, Map.of("id", campaign)).errorCodes()).containsExactly("FORBIDDEN");
	}

	@Test
	void ticketsReadReadsTheQueueWithIdNumbersMaskedAndNoEvidenceDownload() {
		String tickets = token("工单看板", List.of("TICKETS_READ"), "scope-tickets-01");
		Answer queue = calls.post(tickets, QUEUE).ok();
		assertThat((Integer) queue.at("correctionQueueSummary.total")).isEqualTo(1);
		List<Map<String, Object>> edges = queue.at("correctionTickets.edges");
		assertThat(edges).singleElement().satisfies(edge -> {
			Map<?, ?> node = (Map<?, ?>) edge.get("node");
			assertThat(node.get("id")).isEqualTo(ticket);
			Map<?, ?> item = (Map<?, ?>) ((List<?>) node.get("items")).getFirst();
			assertThat((String) item.get("currentValue")).contains("*");
			assertThat((String) item.get("requestedValue")).contains("*");
			// the live record value is the record's: not without records:read
			assertThat(item.get("recordValue")).isNull();
		});
		String one = "query($id: ID!) { correctionTicket(id: $id) { state record { name idNumber } } }";
		assertThat(calls.post(tickets, "query($id: ID!) { correctionTicket(id: $id) { state } }", Map.of("id", ticket)).ok()
			.<String>at("correctionTicket.state")).isEqualTo("SUBMITTED");
		assertThat(calls.post(tickets, one, Map.of("id", ticket)).errorCodes()).containsExactly("FORBIDDEN");
		// the queue is read only: no rejection templates or routing for a reviewer's screen either
		assertThat(calls.post(tickets, "{ correctionRejectionTemplates { code } }").errorCodes()).containsExactly("FORBIDDEN");
		// evidence files never go to a token (API tokens are accepted on /graphql only)
		http.get().uri("/api/tickets/evidence/" + GlobalId.encode("Upload", 1)).header(HttpHeaders.AUTHORIZATION, tickets)
			.exchange().expectStatus().isUnauthorized();

		// with records:read too the record shows, its ID number masked
		String both = token("工单与学籍", List.of("TICKETS_READ", "RECORDS_READ"), "scope-tickets-02");
		Answer full = calls.post(both, one, Map.of("id", ticket)).ok();
		assertThat((String) full.at("correctionTicket.record.idNumber")).contains("*");
		assertThat(calls.post(both, QUEUE).ok().<List<Map<String, Object>>>at("correctionTickets.edges.0.node.items"))
			.singleElement().satisfies(item -> assertThat((String) item.get("recordValue")).contains("*"));
		assertThat(calls.post(both, "{ records(first: 5) { edges { node { correctionTickets { id } } } } }").ok()
			.<List<Map<String, Object>>>at("records.edges")).hasSize(3);

		// without tickets:read the queue, its counts and the ticket are refused
		String others = token("无工单", List.of("RECORDS_READ", "STATS_READ", "CAMPAIGNS_READ"), "scope-tickets-03");
		assertThat(calls.post(others, "{ correctionTickets(first: 5) { edges { cursor } } }").errorCodes()).containsExactly("FORBIDDEN");
		assertThat(calls.post(others, "{ correctionQueueSummary { total } }").errorCodes()).containsExactly("FORBIDDEN");
		assertThat(calls.post(others, "query($id: ID!) { correctionTicket(id: $id) { state } }", Map.of("id", ticket))
			.errorCodes()).containsExactly("FORBIDDEN");
		assertThat(calls.post(others, "{ records(first: 5) { edges { node { correctionTickets { id } } } } }").errorCodes())
			.contains("FORBIDDEN");
	}

	/**
	 * Every mutation that turns away an anonymous caller also turns away a token with every scope:
	 * no scope writes. The ticket, campaign and record writes are among those checked.
	 */
	@Test
	void noScopeWritesAnything() {
		String all = token("全部只读", List.of("RECORDS_READ", "STATS_READ", "TICKETS_READ", "CAMPAIGNS_READ"), "scope-all-01");
		List<String> checked = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		for (GraphQLFieldDefinition field : graphQlSource.schema().getMutationType().getFieldDefinitions()) {
			String document = document(field);
			if (!calls.post(null, document).errorCodes().contains("UNAUTHENTICATED")) {
				continue; // open to anonymous callers (login, registration, SMS codes)
			}
			checked.add(field.getName());
			List<String> codes = calls.post(all, document).errorCodes();
			if (!codes.contains("FORBIDDEN") && !codes.contains("UNAUTHENTICATED")) {
				wrong.add(field.getName() + " " + codes);
			}
		}
		assertThat(checked).contains("createCampaign", "updateCampaign", "extendCampaignForStudent", "remindNow",
				"requestCorrectionInfo", "collegeReviewCorrectionTicket", "decideCorrectionTicket", "decideCorrectionTickets",
				"setCorrectionFieldTier", "updateEnrolmentRecord", "revealIdNumber", "createIntegratorToken");
		assertThat(wrong).isEmpty();
		// and nothing was written by the token
		assertThat(count("SELECT count(*) FROM campaign")).isEqualTo(2);
		assertThat(count("SELECT count(*) FROM ticket WHERE state <> 'SUBMITTED'")).isZero();
	}

	private String token(String name, List<String> scopes, String key) {
		Answer created = calls.post(registrar, IntegratorTokenTests.CREATE, Map.of("input", Map.of("name", name, "scopes", scopes,
				"expiresAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0).toString(), "idempotencyKey", key))).ok();
		return "Bearer " + created.at("createIntegratorToken.secret");
	}

	private long id(String sql) {
		return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
	}

	private long count(String sql) {
		return id(sql);
	}

	/** A minimal document: required arguments with dummy values of the right kind (ids of the ticket and campaign). */
	private String document(GraphQLFieldDefinition field) {
		MinimalDocuments minimal = new MinimalDocuments(key -> switch (key) {
			case "ticketId" -> ticket;
			case "campaignId", "updateCampaign" -> campaign;
			case "recordId", "updateEnrolmentRecord" -> GlobalId.encode("EnrolmentRecord", records.getFirst());
			default -> MinimalDocuments.dummyId(key);
		}, "2027-10-22T08:00:00+08:00");
		return minimal.document("mutation", field, false);
	}

}
