package org.enrolcheck.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.identity.IdentityClient.Response;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Duplicate ID number (enrolment facts resolve the dispute) and duplicate phone (taken over after SMS proof). */
@EnrolCheckTest
@TestPropertySource(properties = "enrolcheck.identity.altcha-max-number=2000")
class DisputeTests extends IdentityTestSupport {

	@Test
	void enrolmentFactsOfTheRecordResolveTheDisputeAtOnce() {
		String idNumber = RecordFixtures.IDS.get(1)[0];
		long record = fixtures.add("2025010101", "韩梅梅", "202501019931", RecordFixtures.IDS.get(1));
		Map<String, Object> facts = facts(record);
		// someone else registered with her ID number
		Response squatter = client.register("13812120001", "韩梅", idNumber);
		String squatterRefresh = squatter.setCookie().split(";")[0].split("=", 2)[1];

		client.requestCode("13812120002", "REGISTER");
		String code = client.lastCode("13812120002");
		Map<String, Object> input = IdentityClient.registration("13812120002", code, "韩梅梅", idNumber);
		assertThat(client.call("identityRegister", "register", Map.of("input", input)).fieldErrorCodes())
			.containsExactly("idNumber:ID_NUMBER_TAKEN");
		input.put("claimIdentity", true);
		Response claimant = client.call("identityRegister", "register", Map.of("input", input));
		assertThat(claimant.typename()).isEqualTo("RegisterSuccess");
		String bearer = IdentityClient.bearer(claimant);
		Response open = client.call("identityMyDispute", "me", Map.of(), bearer);
		assertThat(open.get("identityDispute").toString()).contains("state=OPEN").contains("maskedIdNumber=110***********803X")
			.contains("factAttemptsLeft=5");

		Map<String, Object> wrong = new HashMap<>(facts);
		wrong.put("studentNumber", "202501019999");
		Response refused = prove(bearer, wrong);
		assertThat(refused.field()).containsEntry("code", "FACTS_DO_NOT_MATCH").containsEntry("factAttemptsLeft", 4);

		Response resolved = prove(bearer, facts);
		assertThat(resolved.typename()).isEqualTo("IdentityDisputeResolved");
		assertThat(resolved.get("account").toString()).contains("state=RESOLVED").contains("resolvedBy=ENROLMENT_FACTS");
		Response after = client.call("identityMyDispute", "me", Map.of(), bearer);
		assertThat(after.get("records").toString()).contains(GlobalId.encode("EnrolmentRecord", record));

		// the old account is deactivated, signed out everywhere, and was told by SMS
		assertThat(login("13812120001")).isEqualTo("LoginFailed");
		http.post().uri("/api/auth/refresh").cookie("enrolcheck_refresh", squatterRefresh).exchange()
			.expectStatus().isUnauthorized();
		assertThat(db.sql("SELECT count(*) FROM outbox_message WHERE address_masked = '138****0001'"
				+ " AND template = 'ACCOUNT_DEACTIVATED'").map(row -> row.get(0, Long.class)).one().block()).isOne();
		assertThat(db.sql("SELECT state FROM account WHERE phone_masked = '138****0001'").map(row -> row.get(0, String.class))
			.one().block()).isEqualTo("DEACTIVATED");
		// the claimant now signs in with the ID number
		assertThat(login(idNumber)).isEqualTo("LoginSuccess");
		assertThat(prove(bearer, facts).get("code")).isEqualTo("NO_OPEN_DISPUTE");
	}

	@Test
	void fiveWrongSetsOfFactsCloseTheWay() {
		String idNumber = RecordFixtures.IDS.get(3)[0];
		long record = fixtures.add("2025010101", "李雷", "202501019932", RecordFixtures.IDS.get(3));
		client.register("13812120011", "李雷", idNumber);
		client.requestCode("13812120012", "REGISTER");
		Map<String, Object> input = IdentityClient.registration("13812120012", client.lastCode("13812120012"), "李雷", idNumber);
		input.put("claimIdentity", true);
		String bearer = IdentityClient.bearer(client.call("identityRegister", "register", Map.of("input", input)));
		Map<String, Object> wrong = new HashMap<>(facts(record));
		wrong.put("admissionYear", 2019);
		for (int left = 4; left >= 0; left--) {
			assertThat(prove(bearer, wrong).get("factAttemptsLeft")).isEqualTo(left);
		}
		assertThat(prove(bearer, facts(record)).get("code")).isEqualTo("FACT_ATTEMPTS_EXHAUSTED");
		assertThat(login("13812120011")).isEqualTo("LoginSuccess");
	}

	@Test
	void aProvenPhoneMovesToTheNewAccount() {
		Response first = client.register("13812120021", "王五", RecordFixtures.IDS.get(4)[0]);
		client.age("sms_request", "requested_at", 61);
		client.requestCode("13812120021", "REGISTER");
		Map<String, Object> input = IdentityClient.registration("13812120021", client.lastCode("13812120021"), "赵四",
				RecordFixtures.IDS.get(2)[0]);
		assertThat(client.call("identityRegister", "register", Map.of("input", input)).fieldErrorCodes())
			.containsExactly("phone:PHONE_TAKEN");
		input.put("takeOverPhone", true);
		assertThat(client.call("identityRegister", "register", Map.of("input", input)).typename()).isEqualTo("RegisterSuccess");

		Response old = client.call("identityMyDispute", "me", Map.of(), IdentityClient.bearer(first));
		assertThat(old.field()).containsEntry("maskedPhone", null);
		assertThat(old.get("inbox").toString()).contains("PHONE_UNBOUND");
		assertThat(login(RecordFixtures.IDS.get(4)[0])).isEqualTo("LoginSuccess");
		assertThat(client.call("accountLogin", "login", Map.of("input", Map.of("identifier", "13812120021", "password",
				IdentityClient.PASSWORD))).get("account").toString()).contains("displayName=赵四");
	}

	private Map<String, Object> facts(long record) {
		return db.sql("""
				SELECT i.code, r.student_number, r.admission_year, r.level FROM enrolment_record r
				JOIN institution i ON i.id = r.institution_id WHERE r.id = :id""")
			.bind("id", record)
			.map(row -> Map.<String, Object>of("institutionCode", row.get("code", String.class), "studentNumber",
					row.get("student_number", String.class), "admissionYear", row.get("admission_year", Integer.class), "level",
					row.get("level", String.class)))
			.one().block();
	}

	private Response prove(String bearer, Map<String, Object> facts) {
		return client.call("identityProveEnrolmentFacts", "proveEnrolmentFacts", Map.of("input", facts), bearer);
	}

	private String login(String identifier) {
		return client.call("accountLogin", "login",
				Map.of("input", Map.of("identifier", identifier, "password", IdentityClient.PASSWORD))).typename();
	}

}
