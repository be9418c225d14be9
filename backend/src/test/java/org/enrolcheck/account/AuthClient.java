package org.enrolcheck.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Signs in and refreshes over plain HTTP, as the browser does, so tests see the cookies and status
 * codes; GraphQL calls with the resulting token go through {@link HttpGraphQlTester}.
 */
final class AuthClient {

	static final String PASSWORD = "Demo@2025";

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	private final WebTestClient http;

	private final HttpGraphQlTester graphQl;

	AuthClient(WebTestClient http, HttpGraphQlTester graphQl) {
		this.http = http;
		this.graphQl = graphQl;
	}

	/** What a login answered: the payload, and the refresh cookie when one was set. */
	record Login(Map<String, Object> payload, String setCookie) {

		String typename() {
			return (String) payload.get("__typename");
		}

		String accessToken() {
			return (String) payload.get("accessToken");
		}

		String bearer() {
			return "Bearer " + accessToken();
		}

		/** The cookie's value, as the browser would send it back. */
		String refreshToken() {
			return cookieValue(setCookie);
		}

	}

	Login login(String identifier, String password) {
		return login(identifier, password, "JUnit");
	}

	@SuppressWarnings("unchecked")
	Login login(String identifier, String password, String userAgent) {
		EntityExchangeResult<Map<String, Object>> result = http.post().uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.USER_AGENT, userAgent)
			.bodyValue(Map.of("query", document("accountLogin"), "variables",
					Map.of("input", Map.of("identifier", identifier, "password", password))))
			.exchange()
			.expectStatus().isOk()
			.expectBody(JSON)
			.returnResult();
		Map<String, Object> data = (Map<String, Object>) result.getResponseBody().get("data");
		String cookie = result.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE);
		return new Login((Map<String, Object>) data.get("login"), cookie != null ? cookie : "");
	}

	/** POST /api/auth/refresh with a refresh token as the cookie. */
	EntityExchangeResult<Map<String, Object>> refresh(String refreshToken) {
		return http.post().uri("/api/auth/refresh")
			.cookie(RefreshCookie.NAME, refreshToken)
			.exchange()
			.expectBody(JSON)
			.returnResult();
	}

	EntityExchangeResult<Void> logout(String refreshToken) {
		return http.post().uri("/api/auth/logout")
			.cookie(RefreshCookie.NAME, refreshToken)
			.exchange()
			.expectBody().isEmpty();
	}

	HttpGraphQlTester as(String bearer) {
		return graphQl.mutate().header(HttpHeaders.AUTHORIZATION, bearer).build();
	}

	HttpGraphQlTester as(Login login) {
		return as(login.bearer());
	}

	static String cookieValue(String setCookie) {
		String first = setCookie.split(";", 2)[0];
		return first.substring(first.indexOf('=') + 1);
	}

	static List<String> cookieAttributes(String setCookie) {
		return List.of(setCookie.split(";\\s*"));
	}

	static String document(String name) {
		try {
			return new ClassPathResource("graphql-test/" + name + ".graphql").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
