package org.enrolcheck.receipt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
		db.sql("DELETE FROM verification_throttle").fetch().rowsUpdated().block();
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

	@Test
	void aBurstOfParallelGuessesGetsNoMoreThanTheLimit() throws Exception {
		db.sql("DELETE FROM verification_throttle").fetch().rowsUpdated().block();
		String query = "query($code: String!) { verifyCode(code: $code) { state } }";
		// own threads: the tester itself needs Reactor's shared pools, which a burst of blocking calls would fill
		ExecutorService threads = Executors.newFixedThreadPool(40);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				answers.add(threads.submit(() -> graphQl.document(query).variable("code", VerificationCodeText.generate())
					.execute().path("verifyCode.state").entity(String.class).get()));
			}
			List<String> states = new ArrayList<>();
			for (Future<String> answer : answers) {
				states.add(answer.get(60, TimeUnit.SECONDS));
			}
			assertThat(states.stream().filter("NOT_FOUND"::equals).count()).isEqualTo(GuessThrottle.LIMIT);
			assertThat(states.stream().filter("RATE_LIMITED"::equals).count()).isEqualTo(40 - GuessThrottle.LIMIT);
		}
		finally {
			threads.shutdownNow();
		}
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response verify(String code) {
		return graphQl.documentName("receiptVerify").variable("code", code).execute();
	}

}
