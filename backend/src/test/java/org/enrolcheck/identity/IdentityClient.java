package org.enrolcheck.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.altcha.altcha.Altcha;
import org.enrolcheck.notify.Outbox;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the server as the registration page does: fetches an ALTCHA challenge, solves it with the
 * ALTCHA library's own solver, asks for codes, and reads a sent code from the outbox as the phone
 * would receive it.
 */
final class IdentityClient {

	static final String PASSWORD = "Xuehao#2025";

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	private static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();

	private static final Pattern CODE = Pattern.compile("验证码 (\\d{6})");

	private final WebTestClient http;

	private final DatabaseClient db;

	private final Outbox outbox;

	IdentityClient(WebTestClient http, DatabaseClient db, Outbox outbox) {
		this.http = http;
		this.db = db;
		this.outbox = outbox;
	}

	/** A GraphQL response: data of the single root field, the Set-Cookie header, the errors. */
	record Response(Map<String, Object> field, String setCookie, List<Map<String, Object>> errors) {

		String typename() {
			return (String) field.get("__typename");
		}

		Object get(String key) {
			return field.get(key);
		}

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> fieldErrors() {
			return (List<Map<String, Object>>) field.get("fieldErrors");
		}

		List<String> fieldErrorCodes() {
			return fieldErrors().stream().map(error -> error.get("field") + ":" + error.get("code")).toList();
		}

	}

	Response call(String document, String field, Map<String, Object> variables, String bearer) {
		return call(document, field, variables, bearer, "zh-CN");
	}

	@SuppressWarnings("unchecked")
	Response call(String document, String field, Map<String, Object> variables, String bearer, String language) {
		var request = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.USER_AGENT, "JUnit identity")
			.header(HttpHeaders.ACCEPT_LANGUAGE, language);
		if (bearer != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, bearer);
		}
		EntityExchangeResult<Map<String, Object>> result = request
			.bodyValue(Map.of("query", document(document), "variables", variables))
			.exchange().expectStatus().isOk().expectBody(JSON).returnResult();
		Map<String, Object> body = result.getResponseBody();
		Map<String, Object> data = (Map<String, Object>) body.get("data");
		Object value = data == null ? null : data.get(field);
		String cookie = result.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE);
		return new Response(value instanceof Map<?, ?> map ? (Map<String, Object>) map : new HashMap<>(),
				cookie == null ? "" : cookie, (List<Map<String, Object>>) body.getOrDefault("errors", List.of()));
	}

	Response call(String document, String field, Map<String, Object> variables) {
		return call(document, field, variables, null);
	}

	/** A fresh challenge, solved: the base64 payload the ALTCHA widget would submit. */
	String solvedChallenge() {
		Map<String, Object> body = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", document("identitySmsChallenge")))
			.exchange().expectBody(JSON).returnResult().getResponseBody();
		@SuppressWarnings("unchecked")
		JsonNode challenge = JSON_MAPPER.readTree((String) ((Map<String, Object>) body.get("data")).get("smsChallenge"));
		try {
			Altcha.Solution solution = Altcha.solveChallenge(challenge.get("challenge").asString(),
					challenge.get("salt").asString(), Altcha.Algorithm.SHA256, challenge.get("maxnumber").asLong(), 0);
			Map<String, Object> payload = new java.util.LinkedHashMap<>();
			payload.put("algorithm", challenge.get("algorithm").asString());
			payload.put("challenge", challenge.get("challenge").asString());
			payload.put("number", solution.number);
			payload.put("salt", challenge.get("salt").asString());
			payload.put("signature", challenge.get("signature").asString());
			return Base64.getEncoder().encodeToString(JSON_MAPPER.writeValueAsBytes(payload));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	Response requestCode(String phone, String purpose, String altcha) {
		return call("identityRequestSmsCode", "requestSmsCode",
				Map.of("input", Map.of("phone", phone, "purpose", purpose, "altcha", altcha)));
	}

	Response requestCode(String phone, String purpose) {
		return requestCode(phone, purpose, solvedChallenge());
	}

	/** The code in the newest SMS to this phone, decrypted from the outbox as the phone would show it. */
	String lastCode(String phone) {
		String masked = phone.substring(0, 3) + "****" + phone.substring(7);
		return db.sql("SELECT body_cipher FROM outbox_message WHERE channel = 'SMS' AND address_masked = :masked"
				+ " AND template = 'SMS_CODE' ORDER BY id DESC LIMIT 1")
			.bind("masked", masked)
			.map(row -> row.get(0, byte[].class))
			.all()
			.map(outbox::body)
			.map(text -> {
				Matcher matcher = CODE.matcher(text);
				if (!matcher.find()) {
					throw new AssertionError("no code in " + text);
				}
				return matcher.group(1);
			})
			.blockFirst();
	}

	/** Moves this phone's asks and codes back in time, as if {@code seconds} had passed. */
	void age(String table, String column, long seconds) {
		db.sql("UPDATE " + table + " SET " + column + " = " + column + " - make_interval(secs => :s)")
			.bind("s", (double) seconds).fetch().rowsUpdated().block();
	}

	/** Registers a student with a fresh code; the response carries the access token. */
	Response register(String phone, String name, String idNumber) {
		requestCode(phone, "REGISTER");
		Response registered = call("identityRegister", "register",
				Map.of("input", registration(phone, lastCode(phone), name, idNumber)));
		if (!"RegisterSuccess".equals(registered.typename())) {
			throw new AssertionError("registration failed: " + registered.field());
		}
		return registered;
	}

	static String bearer(Response signedIn) {
		return "Bearer " + signedIn.get("accessToken");
	}

	static Map<String, Object> registration(String phone, String code, String name, String idNumber) {
		Map<String, Object> input = new HashMap<>();
		input.put("phone", phone);
		input.put("smsCode", code);
		input.put("password", PASSWORD);
		input.put("name", name);
		input.put("idType", "RESIDENT_ID");
		input.put("idNumber", idNumber);
		input.put("consentVersion", "2025-09");
		return input;
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
