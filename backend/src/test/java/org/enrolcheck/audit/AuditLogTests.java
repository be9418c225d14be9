package org.enrolcheck.audit;

import java.time.OffsetDateTime;
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
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log as a registrar and a college read it: scope, filters, paging, readable actors. */
@EnrolCheckTest
class AuditLogTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TestTokens tokens;

	@Autowired
	RecordFixtures records;

	@Autowired
	DatabaseClient db;

	@Autowired
	AuditLog audit;

	AuditFixtures fixtures;

	String action;

	@BeforeEach
	void setUp() {
		fixtures = new AuditFixtures(db, audit, tokens);
		action = "TEST_" + System.nanoTime();
	}

	@Test
	void aRegistrarPagesTheInstitutionsEventsNewestFirst() {
		for (int i = 1; i <= 3; i++) {
			fixtures.write("system", action, "Campaign", (long) i, null, Map.of("step", i), null);
		}
		var first = as(registrar()).variable("filter", Map.of("action", action)).variable("first", 2).execute();
		first.path("auditEvents.edges[*].node.entityId").entityList(String.class)
			.containsExactly(GlobalId.encode("Campaign", 3), GlobalId.encode("Campaign", 2));
		first.path("auditEvents.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("auditEvents.pageInfo.endCursor").entity(String.class).get();
		var second = as(registrar()).variable("filter", Map.of("action", action)).variable("first", 2)
			.variable("after", cursor).execute();
		second.path("auditEvents.edges[*].node.entityId").entityList(String.class).containsExactly(GlobalId.encode("Campaign", 1));
		second.path("auditEvents.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void aCollegeAdminSeesOnlyEventsAboutRecordsOfItsColleges() {
		long own = records.add("2024030101", "王一", "A" + System.nanoTime() % 1_000_000_000L, RecordFixtures.IDS.get(0));
		long other = records.add("2024050101", "王二", "B" + System.nanoTime() % 1_000_000_000L, RecordFixtures.IDS.get(1));
		fixtures.write("system", action, "EnrolmentRecord", own, null, Map.of("name", "王一"), null);
		fixtures.write("system", action, "EnrolmentRecord", other, null, Map.of("name", "王二"), null);
		fixtures.write("system", action, "Campaign", 1L, null, null, null);
		as(fixtures.staff(Role.COLLEGE_ADMIN, List.of(fixtures.college("03")))).variable("filter", Map.of("action", action))
			.execute()
			.path("auditEvents.edges[*].node.entityId").entityList(String.class)
			.containsExactly(GlobalId.encode("EnrolmentRecord", own));
		as(registrar()).variable("filter", Map.of("action", action)).execute()
			.path("auditEvents.edges[*].node.entityId").entityList(String.class).hasSize(3);
	}

	@Test
	void everyoneElseIsRefused() {
		for (Role role : List.of(Role.ANALYST, Role.COUNSELLOR, Role.SUPPORT, Role.STUDENT, Role.INTEGRATOR)) {
			as(fixtures.staff(role, List.of())).execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
		}
		graphQl.documentName("auditEvents").execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "UNAUTHENTICATED")));
	}

	@Test
	void theActorFilterTakesAStaffUsernameAndActorsReadAsNames() {
		String staff = fixtures.staffAccount("auditor" + System.nanoTime() % 100_000);
		String username = db.sql("SELECT username FROM account WHERE id = :id").bind("id", GlobalId.decode(staff, "Account"))
			.map(row -> row.get(0, String.class)).one().block();
		String student = fixtures.studentAccount("王小明");
		fixtures.write(staff, action, "Campaign", 1L, null, null, null);
		fixtures.write(student, action, "Campaign", 2L, null, null, null);
		fixtures.write("system", action, "Campaign", 3L, null, null, null);
		as(registrar()).variable("filter", Map.of("action", action)).execute()
			.path("auditEvents.edges[*].node.actor").entityList(String.class).containsExactly("system", "王**", username);
		var mine = as(registrar()).variable("filter", Map.of("action", action, "actor", username)).execute();
		mine.path("auditEvents.edges[*].node.entityId").entityList(String.class).containsExactly(GlobalId.encode("Campaign", 1));
		mine.path("auditEvents.edges[0].node.actorSubject").entity(String.class).isEqualTo(staff);
	}

	@Test
	void entityAndTimeFiltersNarrowTheLog() {
		fixtures.write("system", action, "Campaign", 7L, null, null, null);
		fixtures.write("system", action, "Campaign", 8L, null, null, null);
		fixtures.write("system", action, "Institution", 7L, null, null, null);
		as(registrar()).variable("filter", Map.of("entityId", GlobalId.encode("Campaign", 7))).execute()
			.path("auditEvents.edges[*].node.entityType").entityList(String.class).containsExactly("Campaign");
		as(registrar()).variable("filter", Map.of("action", action, "entityType", "Institution")).execute()
			.path("auditEvents.edges[*].node.entityId").entityList(String.class).containsExactly(GlobalId.encode("Institution", 7));
		String now = OffsetDateTime.now().plusSeconds(1).toString();
		as(registrar()).variable("filter", Map.of("action", action, "from", now)).execute()
			.path("auditEvents.edges").entityList(Object.class).hasSize(0);
		as(registrar()).variable("filter", Map.of("action", action, "to", now)).execute()
			.path("auditEvents.edges").entityList(Object.class).hasSize(3);
	}

	@Test
	void beforeAndAfterReadAsFieldChanges() {
		fixtures.write("system", action, "Campaign", 1L, Map.of("name", "旧"), Map.of("name", "新", "fields", List.of("name")), null);
		var events = as(registrar()).variable("filter", Map.of("action", action)).execute();
		events.path("auditEvents.edges[0].node.changes[0].field").entity(String.class).isEqualTo("name");
		events.path("auditEvents.edges[0].node.changes[0].before").entity(String.class).isEqualTo("旧");
		events.path("auditEvents.edges[0].node.changes[0].after").entity(String.class).isEqualTo("新");
		events.path("auditEvents.edges[0].node.changes[1].after").entity(String.class).isEqualTo("[\"name\"]");
	}

	@Test
	void theImportHistoryNamesItsOperatorByUsername() {
		String staff = fixtures.staffAccount("importer" + System.nanoTime() % 100_000);
		long upload = db.sql("""
				INSERT INTO upload (owner, purpose, file_name, content_type, byte_size, sha256, bytes_cipher)
				VALUES (:owner, 'ROSTER', 'roster.csv', 'text/csv', 1, decode(md5('x') || md5('y'), 'hex'), decode('00', 'hex'))
				RETURNING id""").bind("owner", staff).map(row -> row.get(0, Long.class)).one().block();
		db.sql("""
				INSERT INTO import_batch (institution_id, upload_id, file_name, file_sha256, format, created_by, state)
				VALUES (:institution, :upload, 'roster.csv', decode(md5('x'), 'hex'), 'CSV', :staff, 'ANALYSED')""")
			.bind("institution", fixtures.institution()).bind("upload", upload).bind("staff", staff).then().block();
		String username = db.sql("SELECT username FROM account WHERE id = :id").bind("id", GlobalId.decode(staff, "Account"))
			.map(row -> row.get(0, String.class)).one().block();
		graphQl.mutate().header("Authorization", registrar()).build()
			.document("{ importBatches(first: 1) { edges { node { createdBy } } } }").execute()
			.path("importBatches.edges[0].node.createdBy").entity(String.class).isEqualTo(username);
	}

	private HttpGraphQlTester.Request<?> as(String bearer) {
		return graphQl.mutate().header("Authorization", bearer).build().documentName("auditEvents");
	}

	private String registrar() {
		return fixtures.staff(Role.REGISTRAR, List.of());
	}

}
