package org.enrolcheck.bench;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntFunction;

import org.enrolcheck.demo.SouthwestUniversityCatalogue;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registrar paging through 60,000 enrolment records, 50 at a time with their college, major,
 * class and admission photo, under a bounded concurrent load over loopback HTTP, against the
 * cheapest possible request ({@code { __typename }}) measured the same way in the same run. The
 * figures to compare between commits are the ratios; every answer is read and must carry data and
 * no errors. Pages are spread over the whole table (keyset cursors collected by walking it once).
 *
 * <p>Run: {@code infra/bench/run.sh}, or {@code ./mvnw test -Dsurefire.excludedGroups= -Dgroups=bench
 * -Dtest=RecordsPageBenchmark}; {@code -Dbench.records.requests=}, {@code -Dbench.records.concurrency=}
 * and {@code -Dbench.records.rows=} change the load.
 */
@EnrolCheckTest
@Tag("bench")
class RecordsPageBenchmark {

	static final int RECORDS = Integer.getInteger("bench.records.rows", 60_000);

	static final int REQUESTS = Integer.getInteger("bench.records.requests", 3_000);

	static final int CONCURRENCY = Integer.getInteger("bench.records.concurrency", 16);

	static final int WARM_UP_REQUESTS = Math.max(200, REQUESTS / 6);

	static final int ROUNDS = Integer.getInteger("bench.records.rounds", 3);

	static final int PAGE = 50;

	static final long SEED = 20251122L;

	@LocalServerPort
	int port;

	@Autowired
	DatabaseClient db;

	@Autowired
	TestTokens tokens;

	@Autowired
	Clock clock;

	@Test
	void pagesOfFiftyRecordsWithTheirRelationsAgainstTheTypenameBaseline() {
		BenchReport report = new BenchReport("records",
				"records(first: %d) with college, major, schoolClass, admissionPhoto vs { __typename }".formatted(PAGE));
		SouthwestUniversityCatalogue catalogue = new SouthwestUniversityCatalogue();
		long institution = BenchRosters.institution(db, catalogue.institutionCode());
		String bearer = tokens.staff(Role.REGISTRAR, institution, List.of(), List.of());

		try (BenchClient client = new BenchClient(port, CONCURRENCY)) {
			BenchRosters.Roster roster = BenchRosters.roster(catalogue, clock, SEED, RECORDS);
			RosterImportBenchmark.refusedSeeds(report, roster);
			BenchRosters.ImportRun seeded = BenchRosters.importRoster(client, bearer, "records-bench.csv", roster.csv(),
					RECORDS);
			int photos = attachPhotos(institution);
			// Right after a bulk import the planner has no statistics for the new rows (autovacuum's
			// ANALYZE comes up to a minute later) and plans deep pages as hash joins + sort: ~27 ms a
			// page instead of ~0.2 ms. The benchmark measures the steady state.
			db.sql("ANALYZE enrolment_record, photo").then().block(Duration.ofMinutes(5));
			report.line("seeded %,d records through the import (%.0f rows/s) and %,d admission photos; ANALYZE run",
					RECORDS, BenchReport.perSecond(RECORDS, seeded.importNanos()), photos);

			String records = BenchClient.document("records");
			List<Page> pages = walk(client, bearer, records, report);
			List<byte[]> pageBodies = pages.stream().map(page -> page.body).toList();
			byte[] typename = BenchClient.body("{ __typename }", Map.of());

			IntFunction<Mono<Void>> baseline = i -> client.graphQl(bearer, typename)
				.doOnNext(data -> assertThat(data.path("__typename").asString()).isEqualTo("Query"))
				.then();
			IntFunction<Mono<Void>> page = i -> {
				Page expected = pages.get(i % pages.size());
				return client.graphQl(bearer, pageBodies.get(i % pages.size()))
					.doOnNext(data -> expected.check(data.path("records")))
					.then();
			};

			load("warm-up typename", WARM_UP_REQUESTS, baseline);
			load("warm-up records", WARM_UP_REQUESTS, page);
			List<Double> throughputRatios = new ArrayList<>();
			List<Double> p99Ratios = new ArrayList<>();
			List<Latencies> baselines = new ArrayList<>();
			List<Latencies> pagesUnderLoad = new ArrayList<>();
			report.line("");
			report.line("## Under load: %d concurrent requests over loopback, %,d requests per run, %d rounds,"
					+ " typename and records-page alternating", CONCURRENCY, REQUESTS, ROUNDS);
			for (int round = 1; round <= ROUNDS; round++) {
				Latencies base = load("typename", REQUESTS, baseline);
				Latencies subject = load("records-page", REQUESTS, page);
				baselines.add(base);
				pagesUnderLoad.add(subject);
				report.line("round %d  %s", round, base.summary());
				report.line("round %d  %s", round, subject.summary());
				throughputRatios.add(subject.requestsPerSecond() / base.requestsPerSecond());
				p99Ratios.add(subject.percentileMillis(0.99) / base.percentileMillis(0.99));
				report.line("round %d  ratio records-page / typename: throughput %.3f, p99 latency %.2fx", round,
						throughputRatios.getLast(), p99Ratios.getLast());
			}
			Latencies base = merge("typename", baselines);
			Latencies subject = merge("records-page", pagesUnderLoad);
			report.line("");
			report.line("## All rounds together");
			report.line("%s", base.summary());
			report.line("%s", subject.summary());
			report.line("RATIO records-page / typename: throughput %.3f, p99 latency %.2fx (median of the rounds: %.3f, %.2fx)",
					subject.requestsPerSecond() / base.requestsPerSecond(),
					subject.percentileMillis(0.99) / base.percentileMillis(0.99), median(throughputRatios),
					median(p99Ratios));
			report.line("RESULT records_rps=%.1f records_p99_ms=%.2f typename_rps=%.1f typename_p99_ms=%.2f throughput_ratio=%.3f p99_ratio=%.2f",
					subject.requestsPerSecond(), subject.percentileMillis(0.99), base.requestsPerSecond(),
					base.percentileMillis(0.99), subject.requestsPerSecond() / base.requestsPerSecond(),
					subject.percentileMillis(0.99) / base.percentileMillis(0.99));
		}
		report.write();
	}

	/**
	 * Gives every record of the institution an admission photo row (metadata only; the query never
	 * reads photo bytes), so the batched {@code admissionPhoto} field has work on every page.
	 */
	private int attachPhotos(long institution) {
		db.sql("""
				INSERT INTO photo (sha256, content_type, width, height, byte_size, bytes_cipher)
				SELECT sha256(convert_to('bench-photo-' || r.id, 'UTF8')), 'image/jpeg', 358, 441, 24000, decode('01', 'hex')
				FROM enrolment_record r WHERE r.institution_id = :institution""")
			.bind("institution", institution).then().block(Duration.ofMinutes(5));
		return db.sql("""
				UPDATE enrolment_record r SET admission_photo_id = p.id FROM photo p
				WHERE r.institution_id = :institution AND p.sha256 = sha256(convert_to('bench-photo-' || r.id, 'UTF8'))""")
			.bind("institution", institution).fetch().rowsUpdated().block(Duration.ofMinutes(5)).intValue();
	}

	/** One page the load asks for: its request body and what its answer must hold. */
	record Page(byte[] body, int size, String firstId) {

		void check(JsonNode records) {
			JsonNode edges = records.path("edges");
			assertThat(edges.size()).isEqualTo(size);
			JsonNode first = edges.path(0).path("node");
			assertThat(first.path("id").asString()).isEqualTo(firstId);
			for (JsonNode edge : edges) {
				JsonNode node = edge.path("node");
				assertThat(node.path("college").path("name").asString("")).isNotEmpty();
				assertThat(node.path("major").path("name").asString("")).isNotEmpty();
				assertThat(node.path("schoolClass").path("code").asString("")).isNotEmpty();
				assertThat(node.path("admissionPhoto").path("sha256").asString("")).hasSize(64);
			}
		}

	}

	/**
	 * Pages through every record once, one request at a time, keeping each page's cursor: checks that
	 * keyset paging returns each record exactly once, and gives the load pages all over the table.
	 */
	private List<Page> walk(BenchClient client, String bearer, String query, BenchReport report) {
		List<Page> pages = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String after = null;
		long started = System.nanoTime();
		while (true) {
			Map<String, Object> variables = new HashMap<>();
			variables.put("first", PAGE);
			if (after != null) {
				variables.put("after", after);
			}
			byte[] body = BenchClient.body(query, variables);
			JsonNode records = client.graphQl(bearer, body).block(Duration.ofMinutes(1)).path("records");
			JsonNode edges = records.path("edges");
			Page page = new Page(body, edges.size(), edges.path(0).path("node").path("id").asString());
			page.check(records);
			pages.add(page);
			for (JsonNode edge : edges) {
				assertThat(seen.add(edge.path("node").path("id").asString())).as("a record twice").isTrue();
			}
			if (!records.path("pageInfo").path("hasNextPage").asBoolean()) {
				break;
			}
			after = records.path("pageInfo").path("endCursor").asString();
		}
		long elapsed = System.nanoTime() - started;
		assertThat(seen).hasSize(RECORDS);
		report.line("walked all %,d pages one request at a time: %.1f req/s, %.2f ms per page on average", pages.size(),
				BenchReport.perSecond(pages.size(), elapsed), BenchReport.millis(elapsed) / pages.size());
		return pages;
	}

	/** {@code requests} requests, at most {@link #CONCURRENCY} in flight, each timed from send to parsed answer. */
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

	private static Latencies merge(String name, List<Latencies> runs) {
		int total = runs.stream().mapToInt(Latencies::requests).sum();
		AtomicLongArray all = new AtomicLongArray(total);
		int at = 0;
		for (Latencies run : runs) {
			for (long nanos : run.sortedNanos()) {
				all.set(at++, nanos);
			}
		}
		return Latencies.of(name, all, runs.stream().mapToLong(Latencies::wallNanos).sum(), CONCURRENCY);
	}

}
