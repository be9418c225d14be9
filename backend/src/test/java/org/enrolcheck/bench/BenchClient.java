package org.enrolcheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An HTTP client of the server under test, on loopback only, with event loops and connections of
 * its own (so it never borrows the server's loops). Every GraphQL answer is read: an answer with
 * {@code errors} fails the benchmark, because servers answer 200 when something went wrong.
 */
final class BenchClient implements AutoCloseable {

	static final JsonMapper json = JsonMapper.builder().build();

	private static final Duration LONG = Duration.ofMinutes(15);

	private final LoopResources loops;

	private final ConnectionProvider connections;

	private final WebClient web;

	BenchClient(int port, int maxConnections) {
		this.loops = LoopResources.create("bench-client", 1, true);
		this.connections = ConnectionProvider.builder("bench-client")
			.maxConnections(maxConnections)
			.pendingAcquireMaxCount(-1)
			.pendingAcquireTimeout(LONG)
			.build();
		HttpClient http = HttpClient.create(connections).runOn(loops).responseTimeout(LONG);
		this.web = WebClient.builder()
			.baseUrl("http://127.0.0.1:" + port)
			.clientConnector(new ReactorClientHttpConnector(http))
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
			.build();
	}

	/** A GraphQL document from src/test/resources (the same ones the tests use). */
	static String document(String name) {
		try {
			return new ClassPathResource("graphql-test/" + name + ".graphql").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The JSON body of a GraphQL request, serialised once so a load loop only sends bytes. */
	static byte[] body(String query, Map<String, Object> variables) {
		Map<String, Object> request = new HashMap<>();
		request.put("query", query);
		if (variables != null && !variables.isEmpty()) {
			request.put("variables", variables);
		}
		return json.writeValueAsBytes(request);
	}

	/** POSTs a prepared body to /graphql; fails unless the answer is 200 with data and no errors. */
	Mono<JsonNode> graphQl(String bearer, byte[] body) {
		return web.post()
			.uri("/graphql")
			.header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchangeToMono(response -> response.bodyToMono(byte[].class)
				.defaultIfEmpty(new byte[0])
				.map(bytes -> {
					if (response.statusCode().value() != 200) {
						throw new AssertionError("HTTP " + response.statusCode().value() + ": " + text(bytes));
					}
					JsonNode answer = json.readTree(bytes);
					if (answer.has("errors") || !answer.has("data")) {
						throw new AssertionError("GraphQL answered with errors: " + text(bytes));
					}
					return answer.path("data");
				}));
	}

	JsonNode graphQlNow(String bearer, String query, Map<String, Object> variables) {
		return graphQl(bearer, body(query, variables)).block(LONG);
	}

	/** Uploads a roster through POST /api/uploads, as the staff app does; returns the upload's global id. */
	String uploadRoster(String bearer, String fileName, byte[] bytes) {
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		form.part("purpose", "ROSTER");
		form.part("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return fileName;
			}
		}).contentType(MediaType.APPLICATION_OCTET_STREAM);
		return web.post()
			.uri("/api/uploads")
			.header("Authorization", bearer)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(form.build()))
			.exchangeToMono(response -> response.bodyToMono(byte[].class).defaultIfEmpty(new byte[0]).map(answer -> {
				if (response.statusCode().value() != 201) {
					throw new AssertionError("upload answered HTTP " + response.statusCode().value() + ": " + text(answer));
				}
				return json.readTree(answer).path("id").asString();
			}))
			.block(LONG);
	}

	private static String text(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
	}

	@Override
	public void close() {
		connections.disposeLater().block(Duration.ofSeconds(10));
		loops.disposeLater().block(Duration.ofSeconds(10));
	}

}
