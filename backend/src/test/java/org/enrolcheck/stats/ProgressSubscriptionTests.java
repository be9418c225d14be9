package org.enrolcheck.stats;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** campaignProgress pushes the new funnel after a confirmation row lands, through LISTEN/NOTIFY. */
@EnrolCheckTest
class ProgressSubscriptionTests {

	@LocalServerPort
	int port;

	@Autowired
	TestTokens tokens;

	@Autowired
	DatabaseClient db;

	@Autowired
	PersonalDataCipher cipher;

	@Test
	void aConfirmationIsPushedToSubscribers() {
		StatsFixtures fixtures = new StatsFixtures(db, cipher);
		long schoolClass = fixtures.classOf(fixtures.college("04"), 0);
		long campaign = fixtures.campaign(2081, OffsetDateTime.now().plusDays(10));
		List<Long> records = fixtures.recordsIn(schoolClass, 2081, 3, "PS");
		String bearer = tokens.staff(Role.COLLEGE_ADMIN, fixtures.institution(), List.of(fixtures.college("04")), List.of());
		WebSocketGraphQlTester socket = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + port + "/graphql"), new ReactorNettyWebSocketClient())
			.interceptor(new WebSocketGraphQlClientInterceptor() {
				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just(Map.of("Authorization", bearer));
				}
			})
			.build();
		try {
			var progress = socket.document("subscription($c: ID!) { campaignProgress(campaignId: $c) { inScope confirmed completionRate } }")
				.variable("c", GlobalId.encode("Campaign", campaign)).executeSubscription()
				.toFlux("campaignProgress", Map.class);
			StepVerifier.create(progress)
				.assertNext(first -> assertThat(first).containsEntry("inScope", 3).containsEntry("confirmed", 0))
				.then(() -> fixtures.confirm(records.get(0), campaign, false, false, OffsetDateTime.now()))
				.assertNext(next -> assertThat(next).containsEntry("confirmed", 1))
				.thenCancel()
				.verify(Duration.ofSeconds(20));
		}
		finally {
			socket.stop().block(Duration.ofSeconds(5));
		}
	}

}
