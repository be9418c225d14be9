package org.enrolcheck.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntFunction;

import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.context.TestPropertySource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A simple authenticated query (a registrar's first page of API tokens: one indexed statement) with
 * the bearer token's RS256 signature verified on every request, against the same query whose token
 * was already verified and sits in the verified-token cache (enrolcheck.security.token-cache.enabled),
 * in one run. "Verified" requests each carry a token never seen before (minted up front, differing
 * only in {@code jti}), so the cache cannot help them; "cached" requests all carry one token seen in
 * the warm-up. Every answer is read and must hold data and no errors.
 *
 * <p>Run: {@code infra/bench/run.sh tokens}; {@code -Dbench.tokens.requests=},
 * {@code -Dbench.tokens.concurrency=} and {@code -Dbench.tokens.rounds=} change the load.
 */
@EnrolCheckTest
@TestPropertySource(properties = { "enrolcheck.security.token-cache.enabled=true",
		"enrolcheck.security.token-cache.max-entries=100000" })
@Tag("bench")
class TokenVerificationBenchmark {

	static final int REQUESTS = Integer.getInteger("bench.tokens.requests", 2_000);

	static final int CONCURRENCY = Integer.getInteger("bench.tokens.concurrency", 16);

	static final int ROUNDS = Integer.getInteger("bench.tokens.rounds", 3);

	static final int WARM_UP = Math.max(300, REQUESTS / 5);

	static final String QUERY = "{ integratorTokens(first: 1) { pageInfo { hasNextPage } } }";

	@LocalServerPort
	int port;

	@Autowired
	DatabaseClient db;

	@Autowired
	TestTokens tokens;

	@Autowired
	ReactiveJwtDecoder decoder;

	@Test
	void verifiedOnEveryRequestAgainstVerifiedOnceAndCached() {
		assertThat(decoder.getClass().getSimpleName()).isEqualTo("VerifiedTokenCache");
		BenchReport report = new BenchReport("tokens",
				"integratorTokens(first: 1) as a registrar: token verified on every request vs already-seen token cached");
		long institution = BenchRosters.institution(db, "10635");
		long started = System.nanoTime();
		List<String> fresh = new ArrayList<>();
		for (int i = 0; i < WARM_UP + REQUESTS * ROUNDS; i++) {
			fresh.add(bearer(institution));
		}
		report.line("minted %,d distinct tokens in %.1f s (RS256 signing)", fresh.size(),
				(System.nanoTime() - started) / 1e9);
		String seen = bearer(institution);
		byte[] body = BenchClient.body(QUERY, Map.of());

		try (BenchClient client = new BenchClient(port, CONCURRENCY)) {
			int[] next = { 0 };
			IntFunction<Mono<Void>> verified = i -> {
				String token;
				synchronized (next) {
					token = fresh.get(next[0]++);
				}
				return client.graphQl(token, body).doOnNext(TokenVerificationBenchmark::check).then();
			};
			IntFunction<Mono<Void>> cached = i -> client.graphQl(seen, body).doOnNext(TokenVerificationBenchmark::check).then();

			load("warm-up cached", WARM_UP, cached);
			load("warm-up verified", WARM_UP, verified);
			report.line("");
			report.line("## %d concurrent requests over loopback, %,d requests per run, %d rounds, alternating",
					CONCURRENCY, REQUESTS, ROUNDS);
			List<Double> ratios = new ArrayList<>();
			List<Double> p99Ratios = new ArrayList<>();
			for (int round = 1; round <= ROUNDS; round++) {
				Latencies full = load("verified", REQUESTS, verified);
				Latencies hit = load("cached", REQUESTS, cached);
				report.line("round %d  %s", round, full.summary());
				report.line("round %d  %s", round, hit.summary());
				ratios.add(hit.requestsPerSecond() / full.requestsPerSecond());
				p99Ratios.add(hit.percentileMillis(0.99) / full.percentileMillis(0.99));
				report.line("round %d  ratio cached / verified: throughput %.3f, p99 latency %.2fx", round, ratios.getLast(),
						p99Ratios.getLast());
			}
			report.line("");
			report.line("RATIO cached / verified: throughput %.3f (median of %d rounds; min %.3f, max %.3f), p99 latency %.2fx",
					median(ratios), ROUNDS, ratios.stream().mapToDouble(Double::doubleValue).min().orElse(0),
					ratios.stream().mapToDouble(Double::doubleValue).max().orElse(0), median(p99Ratios));
		}
		report.write();
	}

	/** A registrar token like the accounts feature issues, unique through its jti. */
	private String bearer(long institution) {
		return "Bearer " + tokens.issuer().accessToken("registrar-bench", List.of(Role.REGISTRAR),
				Map.of(Viewer.INSTITUTION_CLAIM, institution, Viewer.COLLEGES_CLAIM, List.of(), Viewer.CLASSES_CLAIM,
						List.of(), "jti", UUID.randomUUID().toString()));
	}

	private static void check(tools.jackson.databind.JsonNode data) {
		assertThat(data.path("integratorTokens").path("pageInfo").has("hasNextPage")).isTrue();
	}

	private static Latencies load(String name, int requests, IntFunction<Mono<Void>> request) {
		AtomicLongArray nanos = new AtomicLongArray(requests);
		long started = System.nanoTime();
		Flux.range(0, requests)
			.flatMap(i -> Mono.defer(() -> {
				long sent = System.nanoTime();
				return request.apply(i).doOnSuccess(done -> nanos.set(i, System.nanoTime() - sent));
			}), CONCURRENCY)
			.then()
			.block(Duration.ofMinutes(15));
		return Latencies.of(name, nanos, System.nanoTime() - started, CONCURRENCY);
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

}
