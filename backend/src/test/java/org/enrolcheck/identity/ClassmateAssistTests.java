package org.enrolcheck.identity;

import java.util.Map;

import org.enrolcheck.identity.IdentityClient.Response;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.ResidentIds;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** CLASSMATE_ASSIST: a linked classmate of the same institution and class confirms from their inbox; 3 requests. */
@EnrolCheckTest
@TestPropertySource(properties = "enrolcheck.identity.altcha-max-number=2000")
@SuppressWarnings("unchecked")
class ClassmateAssistTests extends DisputeTestSupport {

	@Test
	void aClassmateConfirmsFromTheInboxAndTheDisputeIsResolved() {
		String[] claimed = ResidentIds.person(101);
		fixtures.add("2025010101", "韩梅梅", "202501019931", claimed);
		fixtures.add("2025010101", "李雷", "202501019932", ResidentIds.person(102));
		String classmate = IdentityClient.bearer(client.register("13812130003", "李雷", ResidentIds.person(102)[0]));
		String stranger = IdentityClient.bearer(client.register("13812130004", "王五", ResidentIds.person(103)[0]));
		String claimant = claim("13812130001", "13812130002", "韩梅梅", claimed[0]);
		assertThat(dispute(claimant)).containsEntry("latestClassmateRequest", null).containsEntry("classmateAttemptsLeft", 3)
			.extractingByKey("methods").asList().contains("ENROLMENT_FACTS", "CLASSMATE_ASSIST", "MANUAL_REVIEW")
			.doesNotContain("REAL_PERSON");

		Response asked = request(claimant, "202501019932");
		assertThat(asked.field()).containsEntry("__typename", "ClassmateAssistRequested")
			.containsEntry("maskedClassmateName", "李*").containsEntry("requestsLeft", 2);
		Map<String, Object> message = inbox(classmate).getFirst();
		assertThat(message).containsEntry("topic", "CLASSMATE_ASSIST_REQUESTED").containsEntry("awaitingAnswer", true);
		assertThat((String) message.get("body")).contains("韩梅梅").contains(claimed[0].substring(0, 3) + "***********" + claimed[0].substring(14));
		String requestId = (String) message.get("subjectId");

		// neither a stranger nor the claimant can answer for the classmate
		assertThat(answer(stranger, requestId, true).get("code")).isEqualTo("ASSIST_NOT_FOUND");
		assertThat(answer(claimant, requestId, true).get("code")).isEqualTo("ASSIST_NOT_FOUND");
		assertThat(dispute(claimant)).containsEntry("state", "OPEN");

		assertThat(answer(classmate, requestId, true).field()).containsEntry("__typename", "ClassmateAssistAnswered")
			.containsEntry("confirmed", true);
		assertThat(dispute(claimant)).containsEntry("state", "RESOLVED").containsEntry("resolvedBy", "CLASSMATE_ASSIST");
		assertThat(me(claimant).get("records").toString()).isNotEqualTo("[]");
		assertThat(inbox(claimant).getFirst()).containsEntry("topic", "IDENTITY_DISPUTE_RESOLVED");
		// the old account: deactivated, cannot sign in, told by SMS; the claimant signs in with the ID number
		assertThat(accountState("138****0001")).isEqualTo("DEACTIVATED");
		assertThat(login("13812130001")).isEqualTo("LoginFailed");
		assertThat(db.sql("SELECT count(*) FROM outbox_message WHERE address_masked = '138****0001' AND template = 'ACCOUNT_DEACTIVATED'")
			.map(row -> row.get(0, Long.class)).one().block()).isOne();
		assertThat(login(claimed[0])).isEqualTo("LoginSuccess");
		assertThat(answer(classmate, requestId, true).get("code")).isEqualTo("ASSIST_ALREADY_ANSWERED");
		// the answered request no longer asks anything; messages that never asked say nothing
		assertThat(inbox(classmate).getFirst()).containsEntry("subjectId", requestId).containsEntry("awaitingAnswer", false);
		assertThat(inbox(claimant).getFirst()).containsEntry("awaitingAnswer", null);
	}

	@Test
	void aDeclineLeavesTheDisputeOpenAndTellsTheClaimant() {
		String[] claimed = ResidentIds.person(201);
		fixtures.add("2025010102", "韩梅梅", "202501029931", claimed);
		fixtures.add("2025010102", "李雷", "202501029932", ResidentIds.person(202));
		String classmate = IdentityClient.bearer(client.register("13812130013", "李雷", ResidentIds.person(202)[0]));
		String claimant = claim("13812130011", "13812130012", "韩梅梅", claimed[0]);
		assertThat(request(claimant, "202501029932").typename()).isEqualTo("ClassmateAssistRequested");
		String requestId = (String) inbox(classmate).getFirst().get("subjectId");

		// the claimant sees the request wait, then the answer, after any reload
		assertThat((Map<String, Object>) dispute(claimant).get("latestClassmateRequest")).containsEntry("state", "PENDING")
			.containsEntry("maskedClassmateName", "李*").containsEntry("answeredAt", null).containsKey("requestedAt");
		assertThat(answer(classmate, requestId, false).field()).containsEntry("confirmed", false);
		assertThat(inbox(classmate).getFirst()).containsEntry("awaitingAnswer", false);
		assertThat((Map<String, Object>) dispute(claimant).get("latestClassmateRequest")).containsEntry("state", "DECLINED")
			.extractingByKey("answeredAt").isNotNull();
		assertThat(dispute(claimant)).containsEntry("state", "OPEN").containsEntry("classmateAttemptsLeft", 2);
		assertThat(inbox(claimant).getFirst()).containsEntry("topic", "CLASSMATE_ASSIST_DECLINED");
		assertThat(accountState("138****0011")).isEqualTo("ACTIVE");
		assertThat(answer(classmate, requestId, true).get("code")).isEqualTo("ASSIST_ALREADY_ANSWERED");
		assertThat(dispute(claimant)).containsEntry("state", "OPEN");
	}

	@Test
	void threeRequestsAreAllAndOnlyLinkedClassmatesOfTheSameClassCount() {
		String[] claimed = ResidentIds.person(301);
		fixtures.add("2025010101", "韩梅梅", "202501039931", claimed);
		// same class but the account's name differs from the record (not linked)
		fixtures.add("2025010101", "李雷", "202501039932", ResidentIds.person(302));
		String notLinked = IdentityClient.bearer(client.register("13812130023", "李蕾", ResidentIds.person(302)[0]));
		// linked, but another class
		fixtures.add("2025010102", "赵敏", "202501039933", ResidentIds.person(303));
		String otherClass = IdentityClient.bearer(client.register("13812130024", "赵敏", ResidentIds.person(303)[0]));
		String claimant = claim("13812130021", "13812130022", "韩梅梅", claimed[0]);

		assertThat(request(claimant, "202501039932").field()).containsEntry("code", "CLASSMATE_NOT_ELIGIBLE")
			.containsEntry("attemptsLeft", 2);
		assertThat(request(claimant, "202501039933").field()).containsEntry("code", "CLASSMATE_NOT_ELIGIBLE")
			.containsEntry("attemptsLeft", 1);
		assertThat(request(claimant, "209999999999").field()).containsEntry("code", "CLASSMATE_NOT_ELIGIBLE")
			.containsEntry("attemptsLeft", 0);
		assertThat(request(claimant, "202501039932").field()).containsEntry("code", "CLASSMATE_ATTEMPTS_EXHAUSTED")
			.containsEntry("attemptsLeft", 0);
		assertThat(dispute(claimant)).containsEntry("classmateAttemptsLeft", 0).containsEntry("state", "OPEN")
			.extractingByKey("methods").asList().doesNotContain("CLASSMATE_ASSIST").contains("MANUAL_REVIEW");
		assertThat(inbox(notLinked).toString()).doesNotContain("CLASSMATE_ASSIST_REQUESTED");
		assertThat(inbox(otherClass).toString()).doesNotContain("CLASSMATE_ASSIST_REQUESTED");
	}

	private Response request(String bearer, String studentNumber) {
		Response response = client.call("disputesRequestClassmate", "requestClassmateAssist",
				Map.of("input", Map.of("studentNumber", studentNumber)), bearer);
		assertThat(response.errors()).isEmpty();
		return response;
	}

	private Response answer(String bearer, String requestId, boolean confirm) {
		return client.call("disputesAnswerClassmate", "answerClassmateAssist",
				Map.of("input", Map.of("requestId", requestId, "confirm", confirm)), bearer);
	}

}
