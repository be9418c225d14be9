package org.enrolcheck.receipt;

import java.util.Map;
import java.util.UUID;

import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Guessing codes from one address stops after ten wrong ones, even for a real code, for ten minutes. */
@EnrolCheckTest
class ReceiptGuessingTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	DatabaseClient db;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	RecordFixtures records;

	@Autowired
	TestTokens tokens;

	@Test
	void tenWrongCodesLockTheAddress() {
		ReceiptFixtures fixtures = new ReceiptFixtures(db, cipher, records, tokens, graphQl);
		long[] student = fixtures.student("2025010101", "王小明", "202501010131", RecordFixtures.IDS.get(2));
		fixtures.confirm(student[0], "RECORD");
		String real = fixtures.as(student[1]).documentName("receiptIssue")
			.variable("input", ReceiptFixtures.input(UUID.randomUUID().toString(), student[0], 1)).execute()
			.path("issueSelfCheckReceipt.fullCode").entity(String.class).get();
		// malformed texts can never hit, so they are not counted
		for (int i = 0; i < 12; i++) {
			verify("not-a-code-" + i).path("verifyCode.state").entity(String.class).isEqualTo("NOT_FOUND");
		}
		verify(real).path("verifyCode.state").entity(String.class).isEqualTo("VALID");
		for (int i = 0; i < GuessThrottle.LIMIT; i++) {
			verify(VerificationCodeText.grouped(VerificationCodeText.generate())).path("verifyCode.state").entity(String.class)
				.isEqualTo("NOT_FOUND");
		}
		verify(real).path("verifyCode.state").entity(String.class).isEqualTo("RATE_LIMITED")
			.path("verifyCode.retryAfterSeconds").entity(Integer.class)
			.satisfies(seconds -> assertThat(seconds).isBetween(540, 600))
			.path("verifyCode.maskedName").valueIsNull();
		// the lock ends with its time: once it has passed, the real code verifies again
		fixtures.sql("UPDATE verification_throttle SET locked_until = now() - interval '1 second'", Map.of());
		verify(real).path("verifyCode.state").entity(String.class).isEqualTo("VALID");
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response verify(String code) {
		return graphQl.documentName("receiptVerify").variable("code", code).execute();
	}

}
