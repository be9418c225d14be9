package org.enrolcheck.integrator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain HTTP GraphQL calls that keep the status code and the whole answer (data and errors). */
public final class Calls {

	static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	/** The demo registrar's password (DemoLogins). */
	public static final String DEMO_PASSWORD = "Demo@2025";

	private final WebTestClient http;

	public Calls(WebTestClient http) {
		this.http = http;
	}

	/** An answer: HTTP status and body (null body when the server refused before GraphQL). */
	public record Answer(HttpStatus status, Map<String, Object> body) {

		@SuppressWarnings("unchecked")
		public <T> T at(String path) {
			Object node = body.get("data");
			for (String part : path.split("\\.")) {
				if (node == null) {
					return null;
				}
				if (node instanceof List<?> list) {
					node = list.get(Integer.parseInt(part));
				}
				else {
					node = ((Map<String, Object>) node).get(part);
				}
			}
			return (T) node;
		}

		/** The extensions.code of every error, in order. */
		public List<String> errorCodes() {
			Object errors = body == null ? null : body.get("errors");
			if (!(errors instanceof List<?> list)) {
				return List.of();
			}
			return list.stream().map(error -> String.valueOf(((Map<?, ?>) ((Map<?, ?>) error).get("extensions")).get("code")))
				.toList();
		}

		public Answer ok() {
			assertThat(status).isEqualTo(HttpStatus.OK);
			assertThat(errorCodes()).as("errors of %s", body).isEmpty();
			return this;
		}

	}

	public Answer post(String bearer, String query, Map<String, Object> variables) {
		Map<String, Object> request = new HashMap<>();
		request.put("query", query);
		request.put("variables", variables);
		var spec = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON);
		if (bearer != null) {
			spec = spec.header(HttpHeaders.AUTHORIZATION, bearer);
		}
		var result = spec.bodyValue(request).exchange().expectBody(JSON).returnResult();
		return new Answer(HttpStatus.valueOf(result.getStatus().value()), result.getResponseBody());
	}

	public Answer post(String bearer, String query) {
		return post(bearer, query, Map.of());
	}

	/** Signs in through the login mutation; the answer holds the LoginPayload under {@code login}. */
	public Answer login(String identifier, String password, String totp) {
		Map<String, Object> input = new HashMap<>();
		input.put("identifier", identifier);
		input.put("password", password);
		if (totp != null) {
			input.put("totp", totp);
		}
		return post(null, """
				mutation($input: LoginInput!) { login(input: $input) {
				  __typename
				  ... on LoginSuccess { accessToken }
				  ... on MutationError { code message }
				  ... on LoginTotpEnrolmentRequired { secret otpauthUri }
				} }""", Map.of("input", input));
	}

	/** A bearer header for the access token of a successful login. */
	public String signIn(String identifier, String password) {
		Answer login = login(identifier, password, null).ok();
		assertThat((String) login.at("login.__typename")).isEqualTo("LoginSuccess");
		return "Bearer " + login.at("login.accessToken");
	}

}
