package org.enrolcheck.identity;

import java.util.Map;

import org.enrolcheck.identity.IdentityClient.Response;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** A student whose ID number is on a record under another name corrects the account's name: limited, audited. */
@EnrolCheckTest
@TestPropertySource(properties = "enrolcheck.identity.altcha-max-number=2000")
class NameCorrectionTests extends IdentityTestSupport {

	@Test
	void theNameCanBeCorrectedOnlyToOneThatLinksAndOnlyThreeTimes() {
		long record = fixtures.add("2025010101", "张晓明", "202501019911", RecordFixtures.IDS.get(0));
		String bearer = IdentityClient.bearer(client.register("13555550001", "张小明", RecordFixtures.IDS.get(0)[0]));
		assertThat(client.call("identityMyProfile", "me", Map.of(), bearer).get("recordLink").toString())
			.contains("NAME_DIFFERS");

		Response guess = correct(client, bearer, "李雷", "correction-1");
		assertThat(guess.field()).containsEntry("code", "NAME_DOES_NOT_LINK").containsEntry("correctionsLeft", 3);
		Response corrected = correct(client, bearer, "张晓明", "correction-2");
		assertThat(corrected.typename()).isEqualTo("CorrectAccountNameSuccess");
		assertThat(corrected.get("correctionsLeft")).isEqualTo(2);
		assertThat(corrected.get("account").toString()).contains("displayName=张晓明");
		assertThat(client.call("identityMyProfile", "me", Map.of(), bearer).get("recordLink").toString()).contains("linked=1");

		// a retry with the same key is the same correction; the key cannot be reused for another name
		assertThat(correct(client, bearer, "张晓明", "correction-2").get("correctionsLeft")).isEqualTo(2);
		assertThat(correct(client, bearer, "张晓", "correction-2").fieldErrorCodes()).containsExactly("idempotencyKey:IDEMPOTENCY_KEY_REUSED");
		assertThat(correct(client, bearer, "张晓明", "correction-3").get("code")).isEqualTo("NAME_ALREADY_LINKS");
		assertThat(count("SELECT count(*) FROM account_name_correction")).isOne();
		assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'ACCOUNT_NAME_CORRECTED'")).isOne();

		// the roster's name changes twice more and the student follows; then no corrections are left
		for (String rosterName : new String[] { "张晓敏", "张晓民" }) {
			db.sql("UPDATE enrolment_record SET name = :name WHERE id = :id").bind("name", rosterName).bind("id", record)
				.fetch().rowsUpdated().block();
			assertThat(correct(client, bearer, rosterName, "correction-" + rosterName).typename()).isEqualTo("CorrectAccountNameSuccess");
		}
		db.sql("UPDATE enrolment_record SET name = '张晓铭' WHERE id = :id").bind("id", record).fetch().rowsUpdated().block();
		Response exhausted = correct(client, bearer, "张晓铭", "correction-4");
		assertThat(exhausted.field()).containsEntry("code", "NAME_CORRECTIONS_EXHAUSTED").containsEntry("correctionsLeft", 0);
		assertThat(count("SELECT count(*) FROM account_name_correction")).isEqualTo(3);
	}

	private Response correct(IdentityClient client, String bearer, String name, String key) {
		return client.call("identityCorrectAccountName", "correctAccountName",
				Map.of("input", Map.of("name", name, "idempotencyKey", key)), bearer);
	}

	private long count(String sql) {
		return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
	}

}
