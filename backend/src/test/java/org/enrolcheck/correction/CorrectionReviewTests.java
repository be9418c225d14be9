package org.enrolcheck.correction;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.enrolcheck.correction.CorrectionFixtures.Student;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.StatementCounter;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviewers: scope per role, a stale version, two reviewers racing, bulk decisions with a preview,
 * the queue's statement bound and counts, and the 勘误表.
 */
@EnrolCheckTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectionReviewTests {

	@Autowired
	DatabaseClient db;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	RecordFixtures records;

	@Autowired
	TestTokens tokens;

	@Autowired
	WebTestClient http;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	StatementCounter statements;

	CorrectionFixtures fixtures;

	long institution;

	/** 55 tickets on enrolmentDate (ORGANISATIONAL) in college 01, 5 in college 02. */
	List<Student> computing = new ArrayList<>();

	List<String> computingTickets = new ArrayList<>();

	List<String> electronicsTickets = new ArrayList<>();

	@BeforeAll
	void setUp() {
		fixtures = new CorrectionFixtures(db, cipher, records, tokens, http, graphQl);
		institution = fixtures.institution();
		for (int i = 0; i < 55; i++) {
			Student student = fixtures.student("2025010101", "甲" + (char) ('一' + i), 100 + i);
			computing.add(student);
			computingTickets.add(file(student, "2025-09-0" + (2 + i % 7)));
		}
		for (int i = 0; i < 5; i++) {
			electronicsTickets.add(file(fixtures.student("2025020101", "乙" + (char) ('一' + i), 200 + i), "2025-09-02"));
		}
	}

	@Test
	void aQueuePageOfFiftyWithItemsRecordAndCollegeCostsAtMostThreeStatements() {
		statements.reset();
		registrar().documentName("correctionQueue").variable("first", 50).execute()
			.path("correctionTickets.edges").entityList(Object.class).hasSize(50)
			.path("correctionTickets.edges[49].node.record.name").entity(String.class).isNotEqualTo("")
			.path("correctionTickets.edges[49].node.items[0].field").entity(String.class).isEqualTo("enrolmentDate")
			.path("correctionTickets.edges[49].node.college.name").entity(String.class).isNotEqualTo("");
		assertThat(statements.count()).isLessThanOrEqualTo(3);
		String after = registrar().documentName("correctionQueue").variable("first", 50).execute()
			.path("correctionTickets.pageInfo.endCursor").entity(String.class).get();
		registrar().documentName("correctionQueue").variable("first", 50).variable("after", after).execute()
			.path("correctionTickets.edges").entityList(Object.class).hasSize(10)
			.path("correctionTickets.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void aBulkRejectionNeedsAReasonAndThenRejectsEveryTicket() {
		List<Map<String, Object>> targets = List.of(Map.of("ticketId", computingTickets.get(30), "version", 0),
				Map.of("ticketId", computingTickets.get(31), "version", 0));
		Map<String, Object> input = new java.util.HashMap<>(Map.of("tickets", targets, "decision", "REJECT_ALL", "dryRun", false));
		registrar().documentName("correctionDecideMany").variable("input", input).execute()
			.path("decideCorrectionTickets.entries[*].outcome").entityList(String.class)
			.containsExactly("REASON_REQUIRED", "REASON_REQUIRED");
		input.put("rejectionCode", "EVIDENCE_MISMATCH");
		registrar().documentName("correctionDecideMany").variable("input", input).execute()
			.path("decideCorrectionTickets.entries[*].outcome").entityList(String.class).containsExactly("REJECTED", "REJECTED")
			.path("decideCorrectionTickets.entries[*].changes").entityList(Object.class).hasSize(2);
		assertThat(count("SELECT count(*) FROM ticket_item WHERE open AND record_id IN (" + computing.get(30).recordId() + ", "
				+ computing.get(31).recordId() + ")")).isZero();
	}

	@Test
	void eachRoleSeesItsOwnScope() {
		long computingCollege = fixtures.college("01");
		HttpGraphQlTester collegeAdmin = fixtures.as(tokens.staff(Role.COLLEGE_ADMIN, institution,
				List.of(fixtures.college("02")), List.of()));
		collegeAdmin.documentName("correctionQueue").variable("first", 100).execute()
			.path("correctionTickets.edges[*].node.id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrderElementsOf(electronicsTickets));
		collegeAdmin.documentName("correctionTicket").variable("id", computingTickets.get(0)).execute()
			.path("correctionTicket").valueIsNull();
		HttpGraphQlTester counsellor = fixtures.as(tokens.staff(Role.COUNSELLOR, institution, List.of(),
				List.of(fixtures.classId("2025010101"))));
		counsellor.documentName("correctionQueue").variable("first", 10).execute()
			.path("correctionTickets.edges").entityList(Object.class).hasSize(10);
		counsellor.documentName("correctionRequestInfo")
			.variable("input", Map.of("ticketId", computingTickets.get(0), "version", 0, "message", "请补充"))
			.execute().errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
		for (String bearer : List.of(tokens.staff(Role.ANALYST, institution, List.of(computingCollege), List.of()),
				computing.get(0).bearer())) {
			fixtures.as(bearer).documentName("correctionQueue").variable("first", 10).execute()
				.errors().satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
		}
		// a student reads their own ticket and not a classmate's
		HttpGraphQlTester student = fixtures.as(computing.get(1).bearer());
		student.documentName("correctionTicket").variable("id", computingTickets.get(1)).execute()
			.path("correctionTicket.record.name").entity(String.class).isEqualTo(computing.get(1).name());
		student.documentName("correctionTicket").variable("id", computingTickets.get(2)).execute()
			.path("correctionTicket").valueIsNull();
	}

	@Test
	void aStaleVersionIsAConflictAndTwoRacingReviewersHaveOneWinner() {
		String ticket = computingTickets.get(10);
		String item = item(ticket);
		registrar().documentName("correctionDecide").variable("input", accept(ticket, 7, item)).execute()
			.path("decideCorrectionTicket.__typename").entity(String.class).isEqualTo("VersionConflict")
			.path("decideCorrectionTicket.currentVersion").entity(Integer.class).isEqualTo(0);
		List<CompletableFuture<String>> racers = List.of("registrar-a", "registrar-b").stream()
			.map(subject -> fixtures.as("Bearer " + tokens.issuer().accessToken(subject, List.of(Role.REGISTRAR),
					Map.of(Viewer.INSTITUTION_CLAIM, institution))))
			.map(reviewer -> CompletableFuture.supplyAsync(() -> reviewer.documentName("correctionDecide")
				.variable("input", accept(ticket, 0, item)).execute()
				.path("decideCorrectionTicket.__typename").entity(String.class).get()))
			.toList();
		List<String> outcomes = racers.stream().map(CompletableFuture::join).toList();
		assertThat(outcomes).containsExactlyInAnyOrder("TicketSaved", "VersionConflict");
		long recordId = computing.get(10).recordId();
		assertThat(count("SELECT version FROM enrolment_record WHERE id = " + recordId)).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'UPDATE_RECORD' AND entity_id = " + recordId))
			.isEqualTo(1);
		assertThat(count("SELECT count(*) FROM ticket_event WHERE to_state = 'APPLIED' AND ticket_id = "
				+ GlobalId.decode(ticket, "CorrectionTicket"))).isEqualTo(1);
	}

	@Test
	void aBulkDecisionPreviewsThenApplies() {
		List<Map<String, Object>> targets = List.of(Map.of("ticketId", computingTickets.get(20), "version", 0),
				Map.of("ticketId", computingTickets.get(21), "version", 0));
		Map<String, Object> input = new java.util.HashMap<>(Map.of("tickets", targets, "decision", "ACCEPT_ALL", "dryRun", true));
		registrar().documentName("correctionDecideMany").variable("input", input).execute()
			.path("decideCorrectionTickets.dryRun").entity(Boolean.class).isEqualTo(true)
			.path("decideCorrectionTickets.entries[*].outcome").entityList(String.class).containsExactly("WOULD_APPLY", "WOULD_APPLY")
			.path("decideCorrectionTickets.entries[0].changes[0].currentValue").entity(String.class).isEqualTo("2025-09-01");
		assertThat(count("SELECT version FROM enrolment_record WHERE id = " + computing.get(20).recordId())).isZero();
		input.put("dryRun", false);
		registrar().documentName("correctionDecideMany").variable("input", input).execute()
			.path("decideCorrectionTickets.entries[*].outcome").entityList(String.class).containsExactly("APPLIED", "APPLIED");
		assertThat(count("SELECT version FROM enrolment_record WHERE id = " + computing.get(21).recordId())).isEqualTo(1);
		// the same targets again are now stale
		registrar().documentName("correctionDecideMany").variable("input", input).execute()
			.path("decideCorrectionTickets.entries[*].outcome").entityList(String.class)
			.containsExactly("VERSION_CONFLICT", "VERSION_CONFLICT");
	}

	@Test
	void theSummaryCountsByStateAndAge() {
		fixtures.as(tokens.staff(Role.COLLEGE_ADMIN, institution, List.of(fixtures.college("02")), List.of()))
			.documentName("correctionSummary").execute()
			.path("correctionQueueSummary.total").entity(Integer.class).isEqualTo(5)
			.path("correctionQueueSummary.byState[*].state").entityList(String.class).contains("SUBMITTED")
			.path("correctionQueueSummary.byState[*].underOneDay").entityList(Integer.class)
			.satisfies(counts -> assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(5))
			.path("correctionQueueSummary.byState[*].overSevenDays").entityList(Integer.class)
			.satisfies(counts -> assertThat(counts).containsOnly(0));
	}

	@Test
	void theErrataListsAcceptedItemsFullForTheRegistrarAndMaskedForTheCollege() throws Exception {
		String ticket = electronicsTickets.get(0);
		registrar().documentName("correctionDecide").variable("input", accept(ticket, 0, item(ticket))).execute()
			.path("decideCorrectionTicket.ticket.state").entity(String.class).isEqualTo("APPLIED");
		String college = GlobalId.encode("College", fixtures.college("02"));
		List<Row> full = errata(tokens.staff(Role.REGISTRAR, institution, List.of(), List.of()), college);
		assertThat(full.get(0).getCellText(0)).isEqualTo("考生号");
		assertThat(full).hasSize(2);
		Row row = full.get(1);
		assertThat(row.getCellText(2)).isEqualTo("乙一");
		assertThat(row.getCellText(3)).hasSize(18).doesNotContain("*");
		assertThat(row.getCellText(4)).isEqualTo("入学日期");
		assertThat(row.getCellText(5)).isEqualTo("2025-09-01");
		assertThat(row.getCellText(6)).isEqualTo("2025-09-02");
		assertThat(row.getCellText(10)).isEqualTo("registrar-1");
		List<Row> masked = errata(tokens.staff(Role.COLLEGE_ADMIN, institution, List.of(fixtures.college("02")), List.of()),
				college);
		assertThat(masked.get(1).getCellText(3)).contains("*");
		http.get().uri("/api/tickets/errata.xlsx").header("Authorization", tokens.staff(Role.COUNSELLOR, institution,
				List.of(), List.of(fixtures.classId("2025010101")))).exchange().expectStatus().isForbidden();
		assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'EXPORT_ERRATA'")).isEqualTo(1);
	}

	private List<Row> errata(String bearer, String college) throws Exception {
		byte[] xlsx = http.get().uri("/api/tickets/errata.xlsx?collegeId=" + college).header("Authorization", bearer).exchange()
			.expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			return workbook.getFirstSheet().read();
		}
	}

	private String file(Student student, String date) {
		return fixtures.as(student.bearer()).documentName("correctionFile")
			.variable("input", CorrectionFixtures.filing("review-" + student.recordId(), student,
					List.of(CorrectionFixtures.item("enrolmentDate", date, "TYPO"))))
			.execute().path("fileCorrectionTicket.ticket.id").entity(String.class).get();
	}

	private String item(String ticket) {
		return registrar().documentName("correctionTicket").variable("id", ticket).execute()
			.path("correctionTicket.items[0].id").entity(String.class).get();
	}

	private static Map<String, Object> accept(String ticket, int version, String item) {
		return Map.of("ticketId", ticket, "version", version, "decisions",
				List.of(Map.of("itemId", item, "decision", "ACCEPTED")));
	}

	private HttpGraphQlTester registrar() {
		return fixtures.as(tokens.staff(Role.REGISTRAR, institution, List.of(), List.of()));
	}

	private long count(String sql) {
		return db.sql(sql).map(row -> ((Number) row.get(0)).longValue()).one().block(Duration.ofSeconds(10));
	}

}
