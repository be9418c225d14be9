package org.enrolcheck.bench;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntFunction;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public {@code verifyCode} of a valid code, against {@code { __typename }} measured the same way
 * in the same run. Every check is one short transaction that takes and gives back a slot of the
 * guessing throttle's row for the client's address: all requests here come from 127.0.0.1, so they
 * queue on that one row, as a campus NAT's would. Every answer is read and must say VALID, masked.
 *
 * <p>Run: {@code infra/bench/run.sh VerificationBenchmark}; {@code -Dbench.verify.requests=} and
 * {@code -Dbench.verify.concurrency=} change the load.
 */
@EnrolCheckTest
@Tag("bench")
class VerificationBenchmark {

	static final int REQUESTS = Integer.getInteger("bench.verify.requests", 2_000);

	static final int CONCURRENCY = Integer.getInteger("bench.verify.concurrency", 8);

	static final int ROUNDS = 3;

	@LocalServerPort
	int port;

	@Autowired
	DatabaseClient db;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	RecordFixtures records;

	@Autowired
	TestTokens tokens;

	@Test
	void validCodesAgainstTheTypenameBaseline() {
		BenchReport report = new BenchReport("verification", "verifyCode (valid code, same client address) vs { __typename }");
		long record = records.add("2025010101", "王小明", "202501010199", RecordFixtures.IDS.get(2));
		long account = db.sql("""
				INSERT INTO account (display_name, id_type, id_number_index, password_hash, roles)
				VALUES ('王小明', 'RESIDENT_ID', :index, 'not-a-hash', ARRAY['STUDENT']) RETURNING id""")
			.bind("index", cipher.blindIndex("enrolment_record.id_number", RecordFixtures.IDS.get(2)[0]))
			.map(row -> row.get(0, Long.class)).one().block();
		db.sql("INSERT INTO confirmation (record_id, subject, record_version, content_hash) VALUES (:id, 'RECORD', 0, :hash)")
			.bind("id", record).bind("hash", new byte[32]).then().block();
		String bearer = tokens.bearer(GlobalId.encode("Account", account), Role.STUDENT);

		try (BenchClient client = new BenchClient(port, CONCURRENCY)) {
			String code = client.graphQlNow(bearer, BenchClient.document("receiptIssue"), Map.of("input", Map.of(
					"idempotencyKey", "verification-bench", "recordId", GlobalId.encode("EnrolmentRecord", record),
					"validMonths", 1)))
				.path("issueSelfCheckReceipt").path("fullCode").asString();
			byte[] verify = BenchClient.body("query($code: String!) { verifyCode(code: $code) { state maskedName"
					+ " maskedIdNumber institutionName majorName level status expiresAt recordChanged } }", Map.of("code", code));
			byte[] typename = BenchClient.body("{ __typename }", Map.of());
			IntFunction<Mono<Void>> baseline = i -> client.graphQl(bearer, typename)
				.doOnNext(data -> assertThat(data.path("__typename").asString()).isEqualTo("Query")).then();
			IntFunction<Mono<Void>> subject = i -> client.graphQl(bearer, verify).doOnNext(data -> {
				assertThat(data.path("verifyCode").path("state").asString()).isEqualTo("VALID");
				assertThat(data.path("verifyCode").path("maskedName").asString()).isEqualTo("王**");
			}).then();

			load("warm-up typename", REQUESTS / 4, baseline);
			load("warm-up verify", REQUESTS / 4, subject);
			report.line("## %d concurrent requests over loopback, %,d per run, %d rounds", CONCURRENCY, REQUESTS, ROUNDS);
			double throughput = 0;
			double p99 = 0;
			for (int round = 1; round <= ROUNDS; round++) {
				Latencies base = load("typename", REQUESTS, baseline);
				Latencies checked = load("verifyCode", REQUESTS, subject);
				report.line("round %d  %s", round, base.summary());
				report.line("round %d  %s", round, checked.summary());
				throughput += checked.requestsPerSecond() / base.requestsPerSecond() / ROUNDS;
				p99 += checked.percentileMillis(0.99) / base.percentileMillis(0.99) / ROUNDS;
			}
			report.line("ratio verifyCode / typename (mean of %d rounds): throughput %.2f, p99 latency %.2f", ROUNDS,
					throughput, p99);
			long slots = db.sql("SELECT coalesce(sum(failures), 0) FROM verification_throttle").map(row -> row.get(0, Long.class))
				.one().block();
			assertThat(slots).as("every valid check gave its slot back").isZero();
		}
		report.write();
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

}
