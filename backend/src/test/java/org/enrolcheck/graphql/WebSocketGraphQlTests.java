package org.enrolcheck.graphql;

import java.net.URI;
import java.time.Duration;

import org.enrolcheck.support.EnrolCheckTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

/** Operations also run over graphql-transport-ws on /graphql, as subscriptions will. */
@EnrolCheckTest
class WebSocketGraphQlTests {

	@LocalServerPort
	int port;

	@Test
	void aQueryRunsOverTheWebSocket() {
		WebSocketGraphQlTester tester = WebSocketGraphQlTester
			.builder(URI.create("ws://localhost:" + port + "/graphql"), new ReactorNettyWebSocketClient())
			.build();
		try {
			tester.document("{ institution(code: \"10635\") { name colleges { code } } }").execute()
				.path("institution.name").entity(String.class).isEqualTo("西南大学")
				.path("institution.colleges").entityList(Object.class).hasSize(8);
		}
		finally {
			tester.stop().block(Duration.ofSeconds(5));
		}
	}

}
