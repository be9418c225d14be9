package org.enrolcheck.importing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.Rosters;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** A registrar watches a commit over graphql-transport-ws, authenticated in connection_init. */
@EnrolCheckTest
class ImportProgressTests {

	@LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient http;

	@Autowired
	TestTokens tokens;

	@Autowired
	DatabaseClient db;

	@Test
	void theSubscriptionFollowsACommitToItsEnd() {
		String bearer = tokens.staff(Role.REGISTRAR, institution(), List.of(), List.of());
		String upload = Rosters.upload(http, bearer, "r.csv",
				Rosters.csv(List.of(Rosters.line("25990000000001", "P1", "冯晨", RecordFixtures.IDS.get(0)),
						Rosters.line("25990000000002", "P2", "陈雪", RecordFixtures.IDS.get(3)))));
		HttpGraphQlTester registrar = graphQl.mutate().header("Authorization", bearer).build();
		String batchId = registrar.documentName("startImport").variable("input", Map.of("uploadId", upload)).execute()
			.path("startRosterImport.batch.id").entity(String.class).get();

		WebSocketGraphQlTester socket = socket(bearer);
		try {
			var progress = socket.documentName("importProgress").variable("batchId", batchId).executeSubscription()
				.toFlux("importProgress", Map.class);
			StepVerifier.create(progress)
				.assertNext(first -> assertThat(first).containsEntry("state", "ANALYSED").containsEntry("rowsTotal", 2))
				.then(() -> registrar.documentName("commitImport").variable("input", Map.of("batchId", batchId, "version", 0))
					.execute())
				.thenConsumeWhile(update -> !"COMMITTED".equals(update.get("state")))
				.assertNext(last -> assertThat(last).containsEntry("state", "COMMITTED").containsEntry("percent", 100))
				.expectComplete()
				.verify(Duration.ofSeconds(20));
		}
		finally {
			socket.stop().block(Duration.ofSeconds(5));
		}
	}

	@Test
	void withoutATokenTheSocketAnswersUnauthenticated() {
		WebSocketGraphQlTester socket = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + port + "/graphql"), new ReactorNettyWebSocketClient()).build();
		try {
			socket.documentName("importProgress").variable("batchId", "SW1wb3J0QmF0Y2g6MQ").executeSubscription()
				.toFlux().blockFirst(Duration.ofSeconds(10));
			org.assertj.core.api.Assertions.fail("an anonymous subscription must fail");
		}
		catch (RuntimeException ex) {
			assertThat(ex.toString()).contains("UNAUTHENTICATED");
		}
		finally {
			socket.stop().block(Duration.ofSeconds(5));
		}
	}

	private WebSocketGraphQlTester socket(String bearer) {
		return WebSocketGraphQlTester.builder(URI.create("ws://localhost:" + port + "/graphql"), new ReactorNettyWebSocketClient())
			.interceptor(new WebSocketGraphQlClientInterceptor() {
				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just(Map.of("Authorization", bearer));
				}
			})
			.build();
	}

	private long institution() {
		return db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class)).one().block();
	}

}
