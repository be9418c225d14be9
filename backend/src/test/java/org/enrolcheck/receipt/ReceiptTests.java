package org.enrolcheck.receipt;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A student's receipts and reports: when they may be issued, and what the public verification shows. */
@EnrolCheckTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReceiptTests {

	static final String FULL_ID = "310104200001011239";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	RecordFixtures records;

	@Autowired
	TestTokens tokens;

	ReceiptFixtures fixtures;

	long record;

	long forfeited;

	long student;

	long otherRecord;

	long otherStudent;

	@BeforeAll
	void setUp() {
		fixtures = new ReceiptFixtures(db, cipher, records, tokens, graphQl);
		long[] a = fixtures.student("2025010101", "王小明", "202501010121", new String[] { FULL_ID, "MALE", "2000-01-01" });
		record = a[0];
		student = a[1];
		// the same person's second record, whose admission was given up
		forfeited = records.add("2025030501", "王小明", "202503050121", new String[] { FULL_ID, "MALE", "2000-01-01" });
		fixtures.sql("UPDATE enrolment_record SET status = 'ADMISSION_FORFEITED' WHERE id = :id", Map.of("id", forfeited));
		long[] b = fixtures.student("2025010101", "李四", "202501010122", RecordFixtures.IDS.get(3));
		otherRecord = b[0];
		otherStudent = b[1];
	}

	@Test
	void aReceiptWaitsForTheRecordAndPhotoConfirmationsOfTheCurrentVersion() {
		long[] c = fixtures.student("2025010101", "赵敏", "202501010123", RecordFixtures.IDS.get(4));
		fixtures.addPhoto(c[0]);
		HttpGraphQlTester zhao = fixtures.as(c[1]);
		issue(zhao, key(), c[0], 3).path("issueSelfCheckReceipt.__typename").entity(String.class).isEqualTo("SelfCheckNotFinished")
			.path("issueSelfCheckReceipt.code").entity(String.class).isEqualTo("SELF_CHECK_NOT_FINISHED")
			.path("issueSelfCheckReceipt.missing").entityList(String.class).containsExactly("RECORD", "ADMISSION_PHOTO");
		fixtures.confirm(c[0], "RECORD");
		issue(zhao, key(), c[0], 3).path("issueSelfCheckReceipt.missing").entityList(String.class).containsExactly("ADMISSION_PHOTO");
		fixtures.confirm(c[0], "ADMISSION_PHOTO");
		issue(zhao, key(), c[0], 3).path("issueSelfCheckReceipt.__typename").entity(String.class).isEqualTo("VerificationCodeIssued");
		// a change of the record makes those confirmations stale: no new receipt until confirmed again
		fixtures.sql("UPDATE enrolment_record SET version = version + 1 WHERE id = :id", Map.of("id", c[0]));
		issue(zhao, key(), c[0], 3).path("issueSelfCheckReceipt.missing").entityList(String.class)
			.containsExactly("RECORD", "ADMISSION_PHOTO");
		assertThat(codesOf(c[0])).isEqualTo(1);
	}

	@Test
	void aConfirmedRecordGetsACodeShownOnceAndStoredOnlyAsAnHmac() {
		fixtures.confirm(record, "RECORD");
		GraphQlTester.Response issued = issue(fixtures.as(student), key(), record, 6);
		String code = issued.path("issueSelfCheckReceipt.fullCode").entity(String.class).get();
		assertThat(code).matches("[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}");
		issued.path("issueSelfCheckReceipt.verificationUrl").entity(String.class).satisfies(url -> assertThat(url)
				.matches("http://localhost:\\d+/verify/" + code))
			.path("issueSelfCheckReceipt.qrCodePath").entity(String.class).isEqualTo("/api/verify/" + code + ".svg")
			.path("issueSelfCheckReceipt.verificationCode.maskedCode").entity(String.class)
			.isEqualTo("****-****-****-" + code.substring(15))
			.path("issueSelfCheckReceipt.verificationCode.state").entity(String.class).isEqualTo("VALID")
			.path("issueSelfCheckReceipt.verificationCode.kind").entity(String.class).isEqualTo("SELF_CHECK_RECEIPT");
		String plain = code.replace("-", "");
		assertThat(fixtures.count("SELECT count(*) FROM verification_code WHERE code_hash = :hash AND expires_at BETWEEN"
				+ " issued_at + interval '6 months' - interval '1 minute' AND issued_at + interval '6 months' + interval '1 minute'",
				Map.of("hash", cipher.blindIndex(ReceiptService.HASH_COLUMN, plain)))).isEqualTo(1);
		assertThat(fixtures.count("SELECT count(*) FROM verification_code t WHERE strpos(t::text, :plain) > 0"
				+ " OR strpos(encode(t.code_hash, 'escape'), :plain) > 0", Map.of("plain", plain))).isZero();
		assertThat(fixtures.count("SELECT count(*) FROM audit_event WHERE action = 'ISSUE_VERIFICATION_CODE' AND actor = :actor",
				Map.of("actor", GlobalId.encode("Account", student)))).isGreaterThanOrEqualTo(1);
		// the student sees it on the record, without the code; another student and staff see none
		fixtures.as(student).documentName("receiptMyCodes").variable("id", recordId(record)).execute()
			.path("record.verificationCodes[*].maskedCode").entityList(String.class).contains("****-****-****-" + code.substring(15));
		graphQl.mutate().header("Authorization", tokens.staff(Role.REGISTRAR, institution(), List.of(), List.of())).build()
			.documentName("receiptMyCodes").variable("id", recordId(record)).execute()
			.path("record.verificationCodes").entityList(Object.class).hasSize(0);
		String node = "query($id: ID!) { node(id: $id) { __typename ... on VerificationCode { maskedCode } } }";
		fixtures.as(student).document(node).variable("id", codeId(code)).execute()
			.path("node.maskedCode").entity(String.class).isEqualTo("****-****-****-" + code.substring(15));
		fixtures.as(otherStudent).document(node).variable("id", codeId(code)).execute().path("node").valueIsNull();
	}

	@Test
	void theVerificationPageShowsMaskedDataOnly() {
		String code = validCode();
		String body = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ verifyCode(code: \"" + code.toLowerCase() + "\") { state institutionCode"
					+ " institutionName maskedName maskedIdNumber level majorName admissionYear status kind recordChanged"
					+ " record { name } } }"))
			.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		assertThat(body).contains("\"state\":\"VALID\"", "\"maskedName\":\"王**\"",
				"\"maskedIdNumber\":\"310***********1239\"", "\"institutionName\":\"西南大学\"", "\"institutionCode\":\"10635\"",
				"\"status\":\"REGISTERED\"", "\"recordChanged\":false", "\"record\":null")
			.doesNotContain("王小明", FULL_ID, "202501010121");
		// the student themself sees their record through it; their token opens nothing new
		fixtures.as(student).documentName("receiptVerify").variable("code", code).execute()
			.path("verifyCode.record.name").entity(String.class).isEqualTo("王小明");
		fixtures.as(otherStudent).documentName("receiptVerify").variable("code", code).execute()
			.path("verifyCode.record").valueIsNull();
	}

	@Test
	void expiredRevokedAndChangedRecordsSaySo() {
		String code = validCode();
		String id = codeId(code);
		fixtures.sql("UPDATE verification_code SET issued_at = now() - interval '3 months', expires_at = now() - interval '1 day'"
				+ " WHERE id = :id", Map.of("id", GlobalId.decode(id, "VerificationCode")));
		verify(code).path("verifyCode.state").entity(String.class).isEqualTo("EXPIRED")
			.path("verifyCode.maskedName").valueIsNull().path("verifyCode.kind").entity(String.class).isEqualTo("SELF_CHECK_RECEIPT");
		// extending brings it back
		extend(id, 2).path("extendVerificationCode.verificationCode.state").entity(String.class).isEqualTo("VALID");
		verify(code).path("verifyCode.state").entity(String.class).isEqualTo("VALID");
		extend(id, 1).path("extendVerificationCode.fieldErrors[0].code").entity(String.class).isEqualTo("EXTENSION_NOT_LATER");
		// the record changes after issuing: still valid, but the page says the record changed since
		fixtures.sql("UPDATE enrolment_record SET version = version + 1 WHERE id = :id", Map.of("id", record));
		verify(code).path("verifyCode.recordChanged").entity(Boolean.class).isEqualTo(true);
		fixtures.as(student).documentName("receiptRevoke").variable("input", Map.of("id", id)).execute()
			.path("revokeVerificationCode.verificationCode.state").entity(String.class).isEqualTo("REVOKED");
		verify(code).path("verifyCode.state").entity(String.class).isEqualTo("REVOKED")
			.path("verifyCode.revokedAt").hasValue().path("verifyCode.maskedIdNumber").valueIsNull();
		extend(id, 6).path("extendVerificationCode.__typename").entity(String.class).isEqualTo("VerificationCodeRevoked");
		assertThat(fixtures.count("SELECT count(*) FROM audit_event WHERE entity_type = 'VerificationCode' AND entity_id = :id"
				+ " AND action IN ('EXTEND_VERIFICATION_CODE', 'REVOKE_VERIFICATION_CODE')",
				Map.of("id", GlobalId.decode(id, "VerificationCode")))).isEqualTo(2);
		verify("ABCD-EFGH-JKMN-PQRS").path("verifyCode.state").entity(String.class).isEqualTo("NOT_FOUND");
	}

	@Test
	void validityOutsideOneToSixMonthsIsRefusedAndNothingIsStored() {
		fixtures.confirm(otherRecord, "RECORD");
		for (int months : List.of(0, 7, -1)) {
			issue(fixtures.as(otherStudent), key(), otherRecord, months)
				.path("issueSelfCheckReceipt.fieldErrors[0].field").entity(String.class).isEqualTo("validMonths")
				.path("issueSelfCheckReceipt.fieldErrors[0].code").entity(String.class).isEqualTo("VALID_MONTHS_RANGE");
		}
		assertThat(codesOf(otherRecord)).isZero();
	}

	@Test
	void anotherStudentsRecordIsRefused() {
		fixtures.confirm(otherRecord, "RECORD");
		for (String document : List.of("receiptIssue", "receiptReport")) {
			fixtures.as(student).documentName(document).variable("input", ReceiptFixtures.input(key(), otherRecord, 3)).execute()
				.errors().satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
		}
		String code = validCode();
		fixtures.as(otherStudent).documentName("receiptRevoke").variable("input", Map.of("id", codeId(code))).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
		assertThat(codesOf(otherRecord)).isZero();
		verify(code).path("verifyCode.state").entity(String.class).isEqualTo("VALID");
	}

	@Test
	void aRetryWithTheSameKeyReturnsTheFirstCodeWithoutIssuingAnother() {
		fixtures.confirm(record, "RECORD");
		String key = key();
		long before = codesOf(record);
		String first = issue(fixtures.as(student), key, record, 2).path("issueSelfCheckReceipt.verificationCode.id")
			.entity(String.class).get();
		issue(fixtures.as(student), key, record, 2).path("issueSelfCheckReceipt.verificationCode.id").entity(String.class)
			.isEqualTo(first).path("issueSelfCheckReceipt.fullCode").valueIsNull();
		issue(fixtures.as(student), key, record, 5).path("issueSelfCheckReceipt.__typename").entity(String.class)
			.isEqualTo("IdempotencyKeyReused");
		assertThat(codesOf(record)).isEqualTo(before + 1);
	}

	@Test
	void aVerificationReportNeedsNoSelfCheckButAnEnrolment() {
		long[] d = fixtures.student("2025010101", "孙悟空", "202501010124", RecordFixtures.IDS.get(1));
		fixtures.as(d[1]).documentName("receiptReport").variable("input", ReceiptFixtures.input(key(), d[0], 1)).execute()
			.path("issueVerificationReport.verificationCode.kind").entity(String.class).isEqualTo("ENROLMENT_VERIFICATION_REPORT");
		fixtures.as(student).documentName("receiptReport").variable("input", ReceiptFixtures.input(key(), forfeited, 1)).execute()
			.path("issueVerificationReport.code").entity(String.class).isEqualTo("VERIFICATION_REPORT_NOT_AVAILABLE")
			.path("issueVerificationReport.status").entity(String.class).isEqualTo("ADMISSION_FORFEITED");
		assertThat(codesOf(forfeited)).isZero();
	}

	@Test
	void theQrCodeIsThePublicPageAndOpenToAnyone() {
		String code = "ABCD-EFGH-JKMN-PQRS";
		byte[] png = http.get().uri("/api/verify/" + code + ".png").exchange().expectStatus().isOk()
			.expectHeader().contentType("image/png").expectHeader().valueEquals("Cache-Control", "no-store")
			.expectBody(byte[].class).returnResult().getResponseBody();
		assertThat(QrImages.decode(png)).matches("http://localhost:\\d+/verify/" + code);
		http.get().uri("/api/verify/" + code.toLowerCase() + ".svg").exchange().expectStatus().isOk()
			.expectHeader().contentType("image/svg+xml").expectBody(String.class)
			.value(svg -> assertThat(svg).startsWith("<svg").contains("<path"));
		http.get().uri("/api/verify/ABCD-EFGH-JKMN-PQR0.png").exchange().expectStatus().isNotFound();
		http.get().uri("/api/verify/" + code + ".gif").exchange().expectStatus().isNotFound();
	}

	private String validCode() {
		fixtures.confirm(record, "RECORD");
		return issue(fixtures.as(student), key(), record, 3).path("issueSelfCheckReceipt.fullCode").entity(String.class).get();
	}

	private String codeId(String code) {
		long id = fixtures.count("SELECT id FROM verification_code WHERE code_hash = :hash",
				Map.of("hash", cipher.blindIndex(ReceiptService.HASH_COLUMN, code.replace("-", ""))));
		return GlobalId.encode("VerificationCode", id);
	}

	private GraphQlTester.Response issue(HttpGraphQlTester as, String key, long recordId, int months) {
		return as.documentName("receiptIssue").variable("input", ReceiptFixtures.input(key, recordId, months)).execute();
	}

	private GraphQlTester.Response extend(String id, int months) {
		return fixtures.as(student).documentName("receiptExtend").variable("input", Map.of("id", id, "validMonths", months))
			.execute();
	}

	private GraphQlTester.Response verify(String code) {
		return graphQl.documentName("receiptVerify").variable("code", code).execute();
	}

	private long codesOf(long recordId) {
		return fixtures.count("SELECT count(*) FROM verification_code WHERE record_id = :id", Map.of("id", recordId));
	}

	private long institution() {
		return fixtures.count("SELECT id FROM institution WHERE code = '10635'", Map.of());
	}

	private static String recordId(long id) {
		return GlobalId.encode("EnrolmentRecord", id);
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

}
