package org.enrolcheck.correction;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.enrolcheck.correction.CorrectionFixtures.Student;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal of a filing, with its code, and nothing written when refused. */
@EnrolCheckTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectionRefusalTests {

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

	@BeforeAll
	void setUp() {
		fixtures = new CorrectionFixtures(db, cipher, records, tokens, http, graphQl);
	}

	@Test
	void aGraduatedRecordTakesNoTicket() {
		Student student = fixtures.student("2025010101", "钱毕业", 21);
		db.sql("UPDATE enrolment_record SET status = 'GRADUATED' WHERE id = :id").bind("id", student.recordId()).then()
			.block(Duration.ofSeconds(10));
		assertThat(refusal(student, dateItem("2025-09-02"))).isEqualTo("RECORD_GRADUATED");
		assertThat(tickets(student)).isZero();
	}

	@Test
	void aRecordOutOfScopeTakesNoTicket() {
		Student student = fixtures.student("2025010101", "钱退学", 22);
		db.sql("UPDATE enrolment_record SET status = 'ADMISSION_FORFEITED' WHERE id = :id").bind("id", student.recordId())
			.then().block(Duration.ofSeconds(10));
		assertThat(refusal(student, dateItem("2025-09-02"))).isEqualTo("RECORD_OUT_OF_SCOPE");
	}

	@Test
	void afterTheWindowOnlyAStudentWithAnExtensionMayFile() {
		Student late = fixtures.student("2024010101", "钱迟到", 23);
		Student extended = fixtures.student("2024010101", "钱延期", 24);
		OffsetDateTime now = OffsetDateTime.now();
		long campaign = fixtures.campaign("2024010101", now.minusDays(30), now.minusDays(1));
		db.sql("INSERT INTO campaign_extension (campaign_id, record_id, closes_at, reason, granted_by) VALUES (:c, :r, :at, '住院', 'test')")
			.bind("c", campaign).bind("r", extended.recordId()).bind("at", now.plusDays(3)).then().block(Duration.ofSeconds(10));
		assertThat(refusal(late, dateItem("2024-09-02"))).isEqualTo("CAMPAIGN_CLOSED");
		file(extended, "refusal-0024", dateItem("2024-09-02"))
			.path("fileCorrectionTicket.__typename").entity(String.class).isEqualTo("TicketSaved");
		assertThat(db.sql("SELECT campaign_id FROM ticket WHERE record_id = :r").bind("r", extended.recordId())
			.map(row -> row.get(0, Long.class)).one().block()).isEqualTo(campaign);
	}

	@Test
	void aSecondOpenTicketOnTheSameFieldIsRefused() {
		Student student = fixtures.student("2025010101", "钱重复", 25);
		file(student, "refusal-0025", dateItem("2025-09-02"))
			.path("fileCorrectionTicket.__typename").entity(String.class).isEqualTo("TicketSaved");
		assertThat(refusal(student, dateItem("2025-09-04"))).isEqualTo("TICKET_FIELD_ALREADY_OPEN");
		assertThat(tickets(student)).isEqualTo(1);
	}

	@Test
	void twoFilingsRacingOnOneFieldLeaveOneTicket() {
		Student student = fixtures.student("2025010101", "钱并发", 32);
		HttpGraphQlTester me = fixtures.as(student.bearer());
		List<java.util.concurrent.CompletableFuture<Map<?, ?>>> racers = List.of("race-000001", "race-000002").stream()
			.map(key -> java.util.concurrent.CompletableFuture.supplyAsync(() -> me.documentName("correctionFile")
				.variable("input", CorrectionFixtures.filing(key, student, List.of(dateItem("2025-09-06")))).execute()
				.path("fileCorrectionTicket").entity(Map.class).get()))
			.<java.util.concurrent.CompletableFuture<Map<?, ?>>>map(future -> future.thenApply(payload -> payload))
			.toList();
		List<String> outcomes = racers.stream().map(java.util.concurrent.CompletableFuture::join)
			.map(payload -> payload.containsKey("code") ? (String) payload.get("code") : (String) payload.get("__typename"))
			.toList();
		assertThat(outcomes).containsExactlyInAnyOrder("TicketSaved", "TICKET_FIELD_ALREADY_OPEN");
		assertThat(tickets(student)).isEqualTo(1);
	}

	@Test
	void anotherStudentsRecordIsNotFound() {
		Student owner = fixtures.student("2025010101", "钱本人", 26);
		Student other = fixtures.student("2025010101", "钱他人", 27);
		var input = CorrectionFixtures.filing("refusal-0027", owner, List.of(dateItem("2025-09-02")));
		fixtures.as(other.bearer()).documentName("correctionFile").variable("input", input).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
		assertThat(tickets(owner)).isZero();
	}

	@Test
	void itemsAreCheckedByTheRecordsOwnRules() {
		Student student = fixtures.student("2025010101", "钱规则", 28);
		var invalid = file(student, "refusal-0028", List.of(
				CorrectionFixtures.item("phone", "13912345678", "TYPO"),
				CorrectionFixtures.item("major", "软件工程", "TRANSFERRED"),
				CorrectionFixtures.item("idNumber", "110101200001010011", "ID_DOCUMENT_DIFFERS"),
				CorrectionFixtures.item("name", "钱 规则", "TYPO"),
				CorrectionFixtures.item("enrolmentDate", "2025-09-01", "TYPO"),
				CorrectionFixtures.item("ethnicity", "火星族", "OTHER")));
		invalid.path("fileCorrectionTicket.fieldErrors[*].code").entityList(String.class).satisfies(codes -> assertThat(codes)
			.contains("FIELD_IS_CONTACT", "FIELD_FOLLOWS_CLASS", "ID_NUMBER_CHECKSUM", "EVIDENCE_REQUIRED", "SAME_AS_CURRENT",
					"ETHNICITY_UNKNOWN"));
		assertThat(tickets(student)).isZero();
	}

	@Test
	void evidenceIsJudgedByContentAndSize() {
		Student student = fixtures.student("2025010101", "钱证据", 29);
		byte[] big = new byte[1024 * 1024 + 1];
		System.arraycopy(CorrectionFixtures.PDF, 0, big, 0, CorrectionFixtures.PDF.length);
		upload(student, "证明.pdf", big).expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectBody().jsonPath("$.code").isEqualTo("FILE_TOO_LARGE");
		// a text file named like a picture is refused by its content
		upload(student, "证明.jpg", "not a picture".getBytes()).expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectBody().jsonPath("$.code").isEqualTo("FILE_TYPE_UNSUPPORTED");
		// a PDF named .jpg is a PDF, and counts as evidence
		String pdf = fixtures.evidence(student, "证明.jpg", CorrectionFixtures.PDF);
		file(student, "refusal-0029", List.of(CorrectionFixtures.item("ethnicity", "02", "ADMISSION_DATA_DIFFERS", pdf)))
			.path("fileCorrectionTicket.ticket.items[0].evidence[0].contentType").entity(String.class).isEqualTo("application/pdf")
			.path("fileCorrectionTicket.ticket.items[0].requestedValue").entity(String.class).isEqualTo("02");
		// someone else's upload cannot be attached
		Student other = fixtures.student("2025010101", "钱旁人", 30);
		assertThat(file(other, "refusal-0030", List.of(CorrectionFixtures.item("ethnicity", "02", "TYPO", pdf)))
			.path("fileCorrectionTicket.fieldErrors[0].code").entity(String.class).get()).isEqualTo("EVIDENCE_NOT_FOUND");
	}

	@Test
	void anInstitutionRoutesAFieldToAnotherTier() {
		HttpGraphQlTester registrar = fixtures.as(tokens.staff(org.enrolcheck.security.Role.REGISTRAR, fixtures.institution(),
				List.of(), List.of()));
		registrar.documentName("correctionSetTier").variable("input", Map.of("field", "studyMode", "tier", "IDENTITY"))
			.execute().path("setCorrectionFieldTier.routing.customised").entity(Boolean.class).isEqualTo(true);
		registrar.documentName("correctionSetTier").variable("input", Map.of("field", "studyMode", "tier", "CONTACT"))
			.execute().path("setCorrectionFieldTier.fieldErrors[0].code").entity(String.class).isEqualTo("TIER_NOT_ROUTABLE");
		registrar.documentName("correctionSetTier").variable("input", Map.of("field", "status", "tier", "IDENTITY"))
			.execute().path("setCorrectionFieldTier.fieldErrors[0].code").entity(String.class).isEqualTo("FIELD_NOT_CORRECTABLE");
		registrar.documentName("correctionFieldTiers").execute()
			.path("correctionFieldTiers[?(@.field == 'studyMode')].tier").entityList(String.class).containsExactly("IDENTITY")
			.path("correctionFieldTiers[?(@.field == 'name')].customised").entityList(Boolean.class).containsExactly(false)
			.path("correctionRejectionTemplates[*].code").entityList(String.class).contains("EVIDENCE_UNREADABLE");
		Student student = fixtures.student("2025010101", "钱路由", 31);
		String pdf = fixtures.evidence(student, "证明.pdf", CorrectionFixtures.PDF);
		file(student, "refusal-0031", List.of(CorrectionFixtures.item("studyMode", "PART_TIME", "TYPO", pdf)))
			.path("fileCorrectionTicket.ticket.items[0].tier").entity(String.class).isEqualTo("IDENTITY")
			.path("fileCorrectionTicket.ticket.items[0].provincial").entity(Boolean.class).isEqualTo(true);
	}

	private WebTestClient.ResponseSpec upload(Student student, String name, byte[] bytes) {
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		form.part("purpose", "EVIDENCE");
		form.part("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		return http.post().uri("/api/uploads").header("Authorization", student.bearer())
			.body(BodyInserters.fromMultipartData(form.build())).exchange();
	}

	private static Map<String, Object> dateItem(String date) {
		return CorrectionFixtures.item("enrolmentDate", date, "TYPO");
	}

	private String refusal(Student student, Map<String, Object> item) {
		var response = file(student, "refusal-" + System.nanoTime(), List.of(item));
		response.path("fileCorrectionTicket.__typename").entity(String.class).isEqualTo("CorrectionRefused");
		return response.path("fileCorrectionTicket.code").entity(String.class).get();
	}

	private GraphQlTester.Response file(Student student, String key, Map<String, Object> item) {
		return file(student, key, List.of(item));
	}

	private GraphQlTester.Response file(Student student, String key, List<Map<String, Object>> items) {
		return fixtures.as(student.bearer()).documentName("correctionFile")
			.variable("input", CorrectionFixtures.filing(key, student, items)).execute();
	}

	private long tickets(Student student) {
		return db.sql("SELECT count(*) FROM ticket WHERE record_id = :r").bind("r", student.recordId())
			.map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
	}

}
