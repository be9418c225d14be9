package org.enrolcheck.support;

import java.time.Duration;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.http.server.LocalTestWebServer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The GraphQL tester with a response timeout that holds on a busy 2-core CI machine (the default
 * 5 s does not when builds run beside the tests); what the tests assert is unchanged.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClients {

	static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

	@Bean
	@Primary
	HttpGraphQlTester patientHttpGraphQlTester(WebTestClient client, ApplicationContext context) {
		// as Boot's own tester does: the running server's address with the GraphQL path
		WebTestClient.Builder graphQl = client.mutate()
			.uriBuilderFactory(LocalTestWebServer.get(context).withPath("/graphql").uriBuilderFactory());
		return HttpGraphQlTester.builder(graphQl).responseTimeout(RESPONSE_TIMEOUT).build();
	}

}
