package org.enrolcheck.audit;

import java.util.List;
import java.util.Map;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A record's audit history in its detail view, and personal numbers that never leave unmasked. */
@EnrolCheckTest
class AuditTrailTests {

	/** Female, born 1949-12-31: the fixture's record holds it. */
	private static final String FULL_ID = "11010519491231002X";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient http;

	@Autowired
	TestTokens tokens;

	@Autowired
	RecordFixtures records;

	@Autowired
	DatabaseClient db;

	@Autowired
	AuditLog audit;

	AuditFixtures fixtures;

	long recordId;

	String id;

	@BeforeEach
	void setUp() {
		fixtures = new AuditFixtures(db, audit, tokens);
		recordId = records.add("2024030101", "李梅", "T" + System.nanoTime() % 1_000_000_000L, RecordFixtures.IDS.get(0));
		id = GlobalId.encode("EnrolmentRecord", recordId);
	}

	@Test
	void aRegistrarsEditShowsInTheRecordsTrailNewestFirstAndPaged() {
		edit(0, Map.of("name", "李玫"), "学生提供户口本");
		edit(1, Map.of("name", "李美"), "再次更正");
		var first = trail(registrar(), 1, null);
		first.path("record.auditTrail.edges[0].node.action").entity(String.class).isEqualTo("UPDATE_RECORD");
		first.path("record.auditTrail.edges[0].node.reason").entity(String.class).isEqualTo("再次更正");
		first.path("record.auditTrail.edges[0].node.changes[0].before").entity(String.class).isEqualTo("李玫");
		first.path("record.auditTrail.edges[0].node.changes[0].after").entity(String.class).isEqualTo("李美");
		String cursor = first.path("record.auditTrail.pageInfo.endCursor").entity(String.class).get();
		trail(registrar(), 5, cursor).path("record.auditTrail.edges[*].node.reason").entityList(String.class)
			.containsExactly("学生提供户口本");
	}

	@Test
	void theRecordsCollegeAndCounsellorReadTheTrailAndAnAnalystNothing() {
		edit(0, Map.of("name", "李玫"), "学生提供户口本");
		trail(fixtures.staff(Role.COLLEGE_ADMIN, List.of(fixtures.college("03"))), 5, null)
			.path("record.auditTrail.edges[*].node.action").entityList(String.class).containsExactly("UPDATE_RECORD");
		long classId = db.sql("SELECT class_id FROM enrolment_record WHERE id = :id").bind("id", recordId)
			.map(row -> row.get(0, Long.class)).one().block();
		trail(tokens.staff(Role.COUNSELLOR, fixtures.institution(), List.of(), List.of(classId)), 5, null)
			.path("record.auditTrail.edges[*].node.action").entityList(String.class).containsExactly("UPDATE_RECORD");
		assertThat(raw(tokens.staff(Role.ANALYST, fixtures.institution(), List.of(), List.of()))).contains("FORBIDDEN")
			.doesNotContain("UPDATE_RECORD");
	}

	@Test
	void noFullIdNumberLeavesTheLogEvenWhenAWriterStoredOne() {
		edit(0, Map.of("idNumber", "11010119900307803X", "gender", "MALE", "birthDate", "1990-03-07"), "证件号码更正");
		// a careless writer (or someone typing into a reason) stores full numbers: the reader still masks them
		db.sql("""
				INSERT INTO audit_event (actor, action, entity_type, entity_id, institution_id, before, after, reason)
				VALUES ('system', 'LEGACY_EDIT', 'EnrolmentRecord', :id, :institution,
				        jsonb_build_object('idNumber', :full),
				        jsonb_build_object('id_number', 'E12345678', 'mobilePhone', '13812345678', 'note', '证件 ' || :full),
				        '核对 ' || :full || ' 与 13812345678')""")
			.bind("id", recordId).bind("institution", fixtures.institution()).bind("full", FULL_ID).then().block();
		String log = raw(registrar());
		assertThat(log).contains("LEGACY_EDIT").contains("110***********002X").contains("138****5678")
			.contains("110***********803X")
			.doesNotContain(FULL_ID).doesNotContain("11010119900307803X").doesNotContain("13812345678")
			.doesNotContain("E12345678");
	}

	@Test
	void anIntegratorThatMayReadTheRecordStillGetsNoTrail() {
		edit(0, Map.of("name", "李玫"), "学生提供户口本");
		String secret = graphQl.mutate().header("Authorization", registrar()).build().document("""
				mutation($input: CreateIntegratorTokenInput!) {
				  createIntegratorToken(input: $input) { ... on IntegratorTokenCreated { secret } } }""")
			.variable("input", Map.of("name", "审计对接", "scopes", List.of("RECORDS_READ"), "idempotencyKey",
					"audit-" + System.nanoTime(), "expiresAt", java.time.OffsetDateTime.now().plusDays(30).withNano(0).toString()))
			.execute().path("createIntegratorToken.secret").entity(String.class).get();
		graphQl.mutate().header("Authorization", "Bearer " + secret).build().documentName("auditTrail")
			.variable("id", id).variable("first", 5).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")))
			.path("record.id").entity(String.class).isEqualTo(id)
			.path("record.auditTrail").valueIsNull();
	}

	private void edit(int version, Map<String, Object> changes, String reason) {
		graphQl.mutate().header("Authorization", registrar()).build().documentName("updateRecord")
			.variable("input", Map.of("id", id, "version", version, "reason", reason, "changes", changes)).execute()
			.path("updateEnrolmentRecord.__typename").entity(String.class).isEqualTo("UpdateEnrolmentRecordSuccess");
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response trail(String bearer, int first, String after) {
		var request = graphQl.mutate().header("Authorization", bearer).build().documentName("auditTrail")
			.variable("id", id).variable("first", first);
		return (after == null ? request : request.variable("after", after)).execute();
	}

	/** The whole response text of the trail and the log, as a leak would show in it. */
	private String raw(String bearer) {
		String query = """
				query($id: ID!) {
				  record(id: $id) { auditTrail(first: 100) { edges { node { before after reason changes { before after } } } } }
				  auditEvents(first: 100) { edges { node { action before after reason changes { before after } } } }
				}""";
		return http.post().uri("/graphql").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", query, "variables", Map.of("id", id))).exchange()
			.expectBody(String.class).returnResult().getResponseBody();
	}

	private String registrar() {
		return fixtures.staff(Role.REGISTRAR, List.of());
	}

}
