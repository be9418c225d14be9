package org.enrolcheck.selfcheck;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrolcheck.selfcheck.SelfCheckFixtures.input;

/** Two identical confirmations sent at the same moment (a double click, a retry) leave exactly one row. */
@EnrolCheckTest
class DoubleSubmitTests {

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	RecordFixtures records;

	@Test
	void twoConcurrentConfirmationsLeaveOneRowWithOrWithoutTheSameKey() throws Exception {
		SelfCheckFixtures fixtures = new SelfCheckFixtures(db, cipher, records, http);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
		fixtures.campaign(2061, now.minusDays(1), now.plusDays(3));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 6; round++) {
				int person = 31 + round;
				long record = fixtures.record(person, "双击" + "甲乙丙丁戊己".charAt(round), 2061);
				fixtures.account(person, "双击" + "甲乙丙丁戊己".charAt(round));
				String bearer = fixtures.login(person);
				boolean sameKey = round % 2 == 0;
				String keyPrefix = "double-key-" + round;
				CyclicBarrier together = new CyclicBarrier(2);
				List<CompletableFuture<String>> answers = List.of(0, 1).stream()
					.map(copy -> CompletableFuture.supplyAsync(() -> {
						String key = sameKey ? keyPrefix : keyPrefix + "-" + copy;
						try {
							together.await();
						}
						catch (Exception ex) {
							throw new IllegalStateException(ex);
						}
						return confirm(bearer, input(record, 0, key));
					}, pool))
					.toList();
				List<String> ids = answers.stream().map(CompletableFuture::join).toList();
				assertThat(ids).doesNotContainNull();
				assertThat(ids.get(0)).as("round %d: both answers name the same confirmation", round).isEqualTo(ids.get(1));
				assertThat(fixtures.count("SELECT count(*) FROM confirmation WHERE record_id = :record", record)).isEqualTo(1);
				assertThat(fixtures.count("SELECT count(*) FROM audit_event WHERE entity_id = :record AND action = 'CONFIRM_RECORD'",
						record)).isEqualTo(1);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@SuppressWarnings("unchecked")
	private String confirm(String bearer, Map<String, Object> input) {
		Map<String, Object> body = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", bearer)
			.bodyValue(Map.of("query", SelfCheckFixtures.document("confirmRecord"), "variables", Map.of("input", input)))
			.exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
		Map<String, Object> payload = (Map<String, Object>) ((Map<String, Object>) body.get("data")).get("confirmRecord");
		assertThat(payload).containsEntry("__typename", "ConfirmRecordSuccess");
		return (String) ((Map<String, Object>) payload.get("confirmation")).get("id");
	}

}
