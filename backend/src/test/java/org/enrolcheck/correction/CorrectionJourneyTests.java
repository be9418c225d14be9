package org.enrolcheck.correction;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.enrolcheck.correction.CorrectionFixtures.Student;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole ticket journeys over GraphQL: filed by the student, reviewed, decided, applied to the record. */
@EnrolCheckTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectionJourneyTests {

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

	CorrectionFixtures fixtures;

	HttpGraphQlTester registrar;

	HttpGraphQlTester collegeAdmin;

	@BeforeAll
	void setUp() {
		fixtures = new CorrectionFixtures(db, cipher, records, tokens, http, graphQl);
		registrar = fixtures.as(tokens.staff(Role.REGISTRAR, fixtures.institution(), List.of(), List.of()));
		collegeAdmin = fixtures.as(tokens.staff(Role.COLLEGE_ADMIN, fixtures.institution(), List.of(fixtures.college("01")),
				List.of()));
	}

	@Test
	void anIdentityCorrectionIsReviewedDecidedAndAppliedToTheRecord() {
		Student student = fixtures.student("2025010101", "王小明", 11);
		db.sql("INSERT INTO confirmation (record_id, subject, record_version, content_hash) VALUES (:r, 'RECORD', 0, :h)")
			.bind("r", student.recordId()).bind("h", new byte[32]).then().block(Duration.ofSeconds(10));
		assertThat(countingConfirmations(student.recordId())).isEqualTo(1);
		String photo = fixtures.evidence(student, "户口本.png", CorrectionFixtures.pngWithMetadata("GPS 29.5N 106.5E"));
		var filed = fixtures.as(student.bearer()).documentName("correctionFile")
			.variable("input", CorrectionFixtures.filing("journey-0001", student,
					List.of(CorrectionFixtures.item("name", "王晓明", "ID_DOCUMENT_DIFFERS", photo),
							CorrectionFixtures.item("enrolmentDate", "2025年9月3日", "TYPO"))))
			.execute();
		filed.path("fileCorrectionTicket.__typename").entity(String.class).isEqualTo("TicketSaved");
		filed.path("fileCorrectionTicket.ticket.state").entity(String.class).isEqualTo("SUBMITTED");
		filed.path("fileCorrectionTicket.ticket.items[0].tier").entity(String.class).isEqualTo("IDENTITY");
		filed.path("fileCorrectionTicket.ticket.items[0].currentValue").entity(String.class).isEqualTo("王小明");
		filed.path("fileCorrectionTicket.ticket.items[0].provincial").entity(Boolean.class).isEqualTo(true);
		filed.path("fileCorrectionTicket.ticket.items[1].tier").entity(String.class).isEqualTo("ORGANISATIONAL");
		filed.path("fileCorrectionTicket.ticket.items[1].requestedValue").entity(String.class).isEqualTo("2025-09-03");
		String ticket = filed.path("fileCorrectionTicket.ticket.id").entity(String.class).get();
		String nameItem = filed.path("fileCorrectionTicket.ticket.items[0].id").entity(String.class).get();
		String dateItem = filed.path("fileCorrectionTicket.ticket.items[1].id").entity(String.class).get();

		// the evidence was re-encoded: the metadata chunk is gone, the picture is still a PNG
		byte[] stored = cipher.decrypt("upload.bytes", db.sql("SELECT bytes_cipher FROM upload WHERE id = :id")
			.bind("id", GlobalId.decode(photo, "Upload")).map(row -> row.get(0, byte[].class)).one().block());
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("GPS").startsWith("\u0089PNG");

		// the registrar cannot decide before the college has reviewed the identity item
		registrar.documentName("correctionDecide").variable("input", decide(ticket, 0, Map.of(nameItem, "ACCEPTED",
				dateItem, "ACCEPTED")))
			.execute().path("decideCorrectionTicket.code").entity(String.class).isEqualTo("COLLEGE_REVIEW_PENDING");

		collegeAdmin.documentName("correctionCollegeReview").variable("input", Map.of("ticketId", ticket, "version", 0,
				"items", List.of(Map.of("itemId", nameItem, "recommendation", "ACCEPT", "note", "户口本与申请一致"))))
			.execute()
			.path("collegeReviewCorrectionTicket.ticket.state").entity(String.class).isEqualTo("IN_REVIEW")
			.path("collegeReviewCorrectionTicket.ticket.items[0].collegeRecommendation").entity(String.class).isEqualTo("ACCEPT");

		var decided = registrar.documentName("correctionDecide")
			.variable("input", decide(ticket, 1, Map.of(nameItem, "ACCEPTED", dateItem, "ACCEPTED"))).execute();
		decided.path("decideCorrectionTicket.ticket.state").entity(String.class).isEqualTo("APPLIED");
		decided.path("decideCorrectionTicket.ticket.items[0].written").entity(Boolean.class).isEqualTo(true);
		registrar.documentName("correctionTicket").variable("id", ticket).execute()
			.path("correctionTicket.items[0].currentValue").entity(String.class).isEqualTo("王小明")
			.path("correctionTicket.items[0].recordValue").entity(String.class).isEqualTo("王晓明")
			.path("correctionTicket.decidedBy").entity(String.class).isEqualTo("registrar-1");

		Map<String, Object> record = db.sql("SELECT name, enrolment_date::text AS d, version FROM enrolment_record WHERE id = :id")
			.bind("id", student.recordId()).fetch().one().block();
		assertThat(record).containsEntry("name", "王晓明").containsEntry("d", "2025-09-03").containsEntry("version", 1);
		Map<String, Object> audit = db.sql("""
				SELECT before->>'name' AS before, after->>'name' AS after, reason FROM audit_event
				WHERE action = 'UPDATE_RECORD' AND entity_id = :id""").bind("id", student.recordId()).fetch().one().block();
		assertThat(audit).containsEntry("before", "王小明").containsEntry("after", "王晓明");
		assertThat((String) audit.get("reason")).contains(ticket);
		assertThat(countingConfirmations(student.recordId())).isZero();
		// the account's name follows, so the student still sees the corrected record
		fixtures.as(student.bearer()).documentName("correctionRecordTickets").variable("id", student.record()).execute()
			.path("record.correctionTickets[0].state").entity(String.class).isEqualTo("APPLIED");
		assertThat(states(ticket)).containsExactly("SUBMITTED", "IN_REVIEW", "APPROVED", "APPLIED");
		assertThat(count("SELECT count(*) FROM audit_event WHERE entity_type = 'CorrectionTicket' AND entity_id = "
				+ GlobalId.decode(ticket, "CorrectionTicket"))).isEqualTo(4);
		assertThat(count("SELECT count(*) FROM inbox_message WHERE account_id = " + student.accountId()
				+ " AND topic LIKE 'TICKET_%'")).isEqualTo(4);
		assertThat(count("SELECT count(*) FROM outbox_message WHERE account_id = " + student.accountId()
				+ " AND channel = 'SMS' AND template = 'TICKET_APPLIED'")).isEqualTo(1);
	}

	@Test
	void anIdNumberIsKeptEncryptedShownMaskedAndAppliedInFull() {
		Student student = fixtures.student("2025010101", "冯证号", 19);
		// same birth date and sex digit parity as the old number, so the record stays consistent
		String first17 = "11010220000101019";
		String corrected = first17 + org.enrolcheck.validation.ResidentIdNumber.checkCharacter(first17);
		String scan = fixtures.evidence(student, "身份证.png", CorrectionFixtures.pngWithMetadata("camera serial 42"));
		var filed = fixtures.as(student.bearer()).documentName("correctionFile")
			.variable("input", CorrectionFixtures.filing("journey-0009", student,
					List.of(CorrectionFixtures.item("idNumber", corrected.toLowerCase(), "ID_DOCUMENT_DIFFERS", scan))))
			.execute();
		filed.path("fileCorrectionTicket.ticket.items[0].requestedValue").entity(String.class)
			.isEqualTo(org.enrolcheck.validation.Masking.idNumber(corrected));
		filed.path("fileCorrectionTicket.ticket.items[0].currentValue").entity(String.class)
			.isEqualTo(org.enrolcheck.validation.Masking.idNumber(student.idNumber()));
		String ticket = filed.path("fileCorrectionTicket.ticket.id").entity(String.class).get();
		String item = filed.path("fileCorrectionTicket.ticket.items[0].id").entity(String.class).get();
		assertThat(count("SELECT count(*) FROM ticket_item WHERE requested_value = '" + corrected + "' OR current_value = '"
				+ student.idNumber() + "'")).isZero();
		collegeAdmin.documentName("correctionCollegeReview").variable("input", Map.of("ticketId", ticket, "version", 0,
				"items", List.of(Map.of("itemId", item, "recommendation", "ACCEPT")))).execute()
			.path("collegeReviewCorrectionTicket.ticket.state").entity(String.class).isEqualTo("IN_REVIEW");
		registrar.documentName("correctionDecide").variable("input", decide(ticket, 1, Map.of(item, "ACCEPTED"))).execute()
			.path("decideCorrectionTicket.ticket.state").entity(String.class).isEqualTo("APPLIED");
		byte[] stored = db.sql("SELECT id_number_cipher FROM enrolment_record WHERE id = :id").bind("id", student.recordId())
			.map(row -> row.get(0, byte[].class)).one().block();
		assertThat(cipher.decryptText("enrolment_record.id_number", stored)).isEqualTo(corrected);
		Map<String, Object> audit = db.sql("""
				SELECT before->>'id_number' AS before, after->>'id_number' AS after FROM audit_event
				WHERE action = 'UPDATE_RECORD' AND entity_id = :id""").bind("id", student.recordId()).fetch().one().block();
		assertThat(audit).containsEntry("after", org.enrolcheck.validation.Masking.idNumber(corrected));
	}

	@Test
	void aQuestionGoesToTheStudentAndTheAnswerBackToReview() {
		Student student = fixtures.student("2025010101", "李四海", 12);
		String ticket = fileStudentNumber(student, "2025010101912", "journey-0002");
		var asked = registrar.documentName("correctionRequestInfo")
			.variable("input", Map.of("ticketId", ticket, "version", 0, "message", "请上传学生证照片")).execute();
		asked.path("requestCorrectionInfo.ticket.state").entity(String.class).isEqualTo("NEEDS_INFO");
		String item = asked.path("requestCorrectionInfo.ticket.items[0].id").entity(String.class).get();
		String pdf = fixtures.evidence(student, "学生证.pdf", CorrectionFixtures.PDF);
		fixtures.as(student.bearer()).documentName("correctionAnswer")
			.variable("input", Map.of("ticketId", ticket, "version", 1, "note", "已补充学生证",
					"items", List.of(Map.of("itemId", item, "evidenceIds", List.of(pdf)))))
			.execute()
			.path("answerCorrectionTicket.ticket.state").entity(String.class).isEqualTo("IN_REVIEW")
			.path("answerCorrectionTicket.ticket.items[0].evidence").entityList(Object.class).hasSize(2);
		assertThat(states(ticket)).containsExactly("SUBMITTED", "IN_REVIEW", "NEEDS_INFO", "IN_REVIEW");
		assertThat(count("SELECT count(*) FROM outbox_message WHERE account_id = " + student.accountId()
				+ " AND channel = 'SMS' AND template = 'TICKET_NEEDS_INFO'")).isEqualTo(1);
	}

	@Test
	void aRejectionWithATemplateClosesTheTicketAndFreesTheField() {
		Student student = fixtures.student("2025010101", "赵六一", 13);
		String ticket = fileStudentNumber(student, "2025010101913", "journey-0003");
		String item = itemOf(ticket);
		registrar.documentName("correctionDecide")
			.variable("input", Map.of("ticketId", ticket, "version", 0, "decisions",
					List.of(Map.of("itemId", item, "decision", "REJECTED")), "rejectionCode", "MATCHES_ADMISSION_DATA"))
			.execute()
			.path("decideCorrectionTicket.ticket.state").entity(String.class).isEqualTo("REJECTED")
			.path("decideCorrectionTicket.ticket.rejectionCode").entity(String.class).isEqualTo("MATCHES_ADMISSION_DATA")
			.path("decideCorrectionTicket.ticket.reason").entity(String.class).satisfies(reason -> assertThat(reason).contains("录取"));
		assertThat(count("SELECT version FROM enrolment_record WHERE id = " + student.recordId())).isZero();
		// the field is free again: a new ticket on it is accepted
		assertThat(fileStudentNumber(student, "2025010101914", "journey-0004")).isNotEqualTo(ticket);
	}

	@Test
	void aRejectionWithoutAReasonIsRefused() {
		Student student = fixtures.student("2025010101", "孙七七", 14);
		String ticket = fileStudentNumber(student, "2025010101915", "journey-0005");
		registrar.documentName("correctionDecide")
			.variable("input", Map.of("ticketId", ticket, "version", 0, "decisions",
					List.of(Map.of("itemId", itemOf(ticket), "decision", "REJECTED"))))
			.execute().path("decideCorrectionTicket.code").entity(String.class).isEqualTo("REASON_REQUIRED");
	}

	@Test
	void theStudentWithdrawsAndSeesTheTicketOnTheRecord() {
		Student student = fixtures.student("2025010101", "周八方", 15);
		String ticket = fileStudentNumber(student, "2025010101916", "journey-0006");
		HttpGraphQlTester me = fixtures.as(student.bearer());
		me.documentName("correctionWithdraw").variable("input", Map.of("ticketId", ticket, "version", 0, "reason", "填错了"))
			.execute().path("withdrawCorrectionTicket.ticket.state").entity(String.class).isEqualTo("WITHDRAWN");
		me.documentName("correctionRecordTickets").variable("id", student.record()).execute()
			.path("record.correctionTickets[0].id").entity(String.class).isEqualTo(ticket)
			.path("record.correctionTickets[0].state").entity(String.class).isEqualTo("WITHDRAWN");
		// withdrawing twice is refused, not repeated
		me.documentName("correctionWithdraw").variable("input", Map.of("ticketId", ticket, "version", 1))
			.execute().path("withdrawCorrectionTicket.code").entity(String.class).isEqualTo("TICKET_NOT_OPEN");
	}

	@Test
	void aRetriedFilingReturnsTheFirstTicket() {
		Student student = fixtures.student("2025010101", "吴九州", 16);
		String evidence = fixtures.evidence(student, "学生证.pdf", CorrectionFixtures.PDF);
		var input = CorrectionFixtures.filing("journey-0007", student,
				List.of(CorrectionFixtures.item("studentNumber", "2025010101917", "TYPO", evidence)));
		HttpGraphQlTester me = fixtures.as(student.bearer());
		String first = me.documentName("correctionFile").variable("input", input).execute()
			.path("fileCorrectionTicket.ticket.id").entity(String.class).get();
		me.documentName("correctionFile").variable("input", input).execute()
			.path("fileCorrectionTicket.ticket.id").entity(String.class).isEqualTo(first);
		assertThat(count("SELECT count(*) FROM ticket WHERE record_id = " + student.recordId())).isEqualTo(1);
		me.documentName("correctionFile")
			.variable("input", CorrectionFixtures.filing("journey-0007", student,
					List.of(CorrectionFixtures.item("enrolmentDate", "2025-09-05", "TYPO"))))
			.execute().path("fileCorrectionTicket.code").entity(String.class).isEqualTo("IDEMPOTENCY_KEY_REUSED");
	}

	@Test
	void evidenceIsShownToTheFilerAndTheReviewersOnly() {
		Student student = fixtures.student("2025010101", "郑证据", 17);
		Student classmate = fixtures.student("2025010101", "郑同学", 18);
		String pdf = fixtures.evidence(student, "学生证.pdf", CorrectionFixtures.PDF);
		fixtures.as(student.bearer()).documentName("correctionFile")
			.variable("input", CorrectionFixtures.filing("journey-0008", student,
					List.of(CorrectionFixtures.item("studentNumber", "2025010101918", "TYPO", pdf))))
			.execute().path("fileCorrectionTicket.__typename").entity(String.class).isEqualTo("TicketSaved");
		String url = "/api/tickets/evidence/" + pdf;
		for (String bearer : List.of(student.bearer(), tokens.staff(Role.REGISTRAR, fixtures.institution(), List.of(), List.of()),
				tokens.staff(Role.COLLEGE_ADMIN, fixtures.institution(), List.of(fixtures.college("01")), List.of()))) {
			http.get().uri(url).header("Authorization", bearer).exchange().expectStatus().isOk()
				.expectHeader().contentType("application/pdf")
				.expectBody(byte[].class).isEqualTo(CorrectionFixtures.PDF);
		}
		http.get().uri(url).header("Authorization", classmate.bearer()).exchange().expectStatus().isNotFound();
		http.get().uri(url).header("Authorization", tokens.staff(Role.COLLEGE_ADMIN, fixtures.institution(),
				List.of(fixtures.college("02")), List.of())).exchange().expectStatus().isNotFound();
		http.get().uri(url).header("Authorization", tokens.staff(Role.COUNSELLOR, fixtures.institution(), List.of(),
				List.of(fixtures.classId("2025010101")))).exchange().expectStatus().isForbidden();
		http.get().uri(url).exchange().expectStatus().isUnauthorized();
		assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'VIEW_EVIDENCE'")).isEqualTo(2);
	}

	private String fileStudentNumber(Student student, String number, String key) {
		String evidence = fixtures.evidence(student, "学生证.pdf", CorrectionFixtures.PDF);
		return fixtures.as(student.bearer()).documentName("correctionFile")
			.variable("input", CorrectionFixtures.filing(key, student,
					List.of(CorrectionFixtures.item("studentNumber", number, "TYPO", evidence))))
			.execute().path("fileCorrectionTicket.ticket.id").entity(String.class).get();
	}

	private String itemOf(String ticket) {
		return registrar.documentName("correctionTicket").variable("id", ticket).execute()
			.path("correctionTicket.items[0].id").entity(String.class).get();
	}

	private static Map<String, Object> decide(String ticket, int version, Map<String, String> decisions) {
		return Map.of("ticketId", ticket, "version", version, "decisions", decisions.entrySet().stream()
			.map(entry -> Map.of("itemId", entry.getKey(), "decision", entry.getValue())).toList());
	}

	private List<String> states(String ticket) {
		return db.sql("SELECT to_state FROM ticket_event WHERE ticket_id = :id ORDER BY id")
			.bind("id", GlobalId.decode(ticket, "CorrectionTicket")).map(row -> row.get(0, String.class)).all().collectList()
			.block();
	}

	private long countingConfirmations(long recordId) {
		return count("SELECT count(*) FROM confirmation c JOIN enrolment_record r ON r.id = c.record_id"
				+ " AND r.version = c.record_version WHERE c.record_id = " + recordId);
	}

	private long count(String sql) {
		return db.sql(sql).map(row -> ((Number) row.get(0)).longValue()).one().block(Duration.ofSeconds(10));
	}

}
