package org.enrolcheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntFunction;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.ResidentIds;
import org.enrolcheck.support.TestTokens;
import org.enrolcheck.validation.Masking;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Students confirming their records and admission photos ({@code confirmRecord} /
 * {@code confirmAdmissionPhoto}) with durable commits, against an authenticated
 * {@code { __typename }} measured the same way in the same run. Unlike the other in-process
 * benchmarks it runs on the server's own embedded PostgreSQL as {@code infra/run.sh} configures it
 * ({@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on; checked before the load),
 * in a fresh data directory, because a confirmation's cost is mostly its commit: the confirmation,
 * its idempotency key, its audit event and its inbox message in one transaction.
 *
 * <p>Each request confirms something not yet confirmed (a student has two linked records, each with
 * a photo: four confirmations per record version); between rounds every record's version moves on,
 * outside the timed part, so the next round confirms again. Every answer is read and must be a
 * success with a valid confirmation; the rows are counted at the end.
 *
 * <p>Run: {@code infra/bench/run.sh confirmations}; {@code -Dbench.confirm.students=},
 * {@code .concurrency=} and {@code .rounds=} change the load.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "enrolcheck.demo=true",
		"enrolcheck.demo-students=0", "enrolcheck.privacy.data-key=" + EnrolCheckTest.TEST_DATA_KEY })
@Import({ TestTokens.class, RecordFixtures.class })
@Tag("bench")
class ConfirmationBenchmark {

	static final int STUDENTS = Integer.getInteger("bench.confirm.students", 300);

	static final int CONCURRENCY = Integer.getInteger("bench.confirm.concurrency", 16);

	static final int ROUNDS = Integer.getInteger("bench.confirm.rounds", 3);

	static final int RECORDS_PER_STUDENT = 2;

	/** Confirmations one round makes: every subject of every record at its current version. */
	static final int PER_ROUND = STUDENTS * RECORDS_PER_STUDENT * 2;

	@DynamicPropertySource
	static void durableDatabase(DynamicPropertyRegistry registry) {
		try {
			Path dataDir = Files.createTempDirectory("enrolcheck-confirmation-bench");
			registry.add("enrolcheck.db.data-dir", dataDir::toString);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

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

	/** One student's token and records (record ids, global ids). */
	record Student(String bearer, List<String> recordIds) {
	}

	@Test
	void durableConfirmationsAgainstTheTypenameBaseline() {
		BenchReport report = new BenchReport("confirmations",
				"confirmRecord / confirmAdmissionPhoto with durable commits vs authenticated { __typename }");
		String durability = db.sql("SELECT current_setting('fsync') || ' ' || current_setting('synchronous_commit') || ' '"
				+ " || current_setting('full_page_writes')").map(row -> row.get(0, String.class)).one().block();
		assertThat(durability).as("fsync, synchronous_commit, full_page_writes").isEqualTo("on on on");
		report.line("database: the server's embedded PostgreSQL, fsync / synchronous_commit / full_page_writes = %s",
				durability.replace(' ', '/'));

		List<Student> students = seed();
		report.line("seeded %,d students, each with %d linked records with an admission photo, in an open campaign",
				STUDENTS, RECORDS_PER_STUDENT);
		String confirmRecord = BenchClient.document("confirmRecord");
		String confirmPhoto = BenchClient.document("confirmAdmissionPhoto");
		byte[] typename = BenchClient.body("{ __typename }", Map.of());
		String baselineBearer = students.get(0).bearer();

		try (BenchClient client = new BenchClient(port, CONCURRENCY)) {
			IntFunction<Mono<Void>> baseline = i -> client.graphQl(baselineBearer, typename)
				.doOnNext(data -> assertThat(data.path("__typename").asString()).isEqualTo("Query"))
				.then();
			int[] version = { 0 };
			int[] round = { 0 };
			// request i: student i mod N (neighbours in flight are different students), then record, then subject
			IntFunction<Mono<Void>> confirm = i -> {
				Student student = students.get(i % STUDENTS);
				int slot = i / STUDENTS;
				boolean photo = slot / RECORDS_PER_STUDENT % 2 == 1;
				String field = photo ? "confirmAdmissionPhoto" : "confirmRecord";
				byte[] body = BenchClient.body(photo ? confirmPhoto : confirmRecord, Map.of("input",
						Map.of("recordId", student.recordIds().get(slot % RECORDS_PER_STUDENT), "version", version[0],
								"idempotencyKey", "bench-" + round[0] + "-" + i)));
				return client.graphQl(student.bearer(), body).doOnNext(data -> {
					assertThat(data.path(field).path("__typename").asString()).endsWith("Success");
					assertThat(data.path(field).path("confirmation").path("valid").asBoolean()).isTrue();
				}).then();
			};

			load("warm-up typename", PER_ROUND / 2, baseline);
			load("warm-up confirm", PER_ROUND, confirm);
			List<Latencies> bases = new ArrayList<>();
			List<Latencies> subjects = new ArrayList<>();
			report.line("");
			report.line("## Under load: %d requests in flight (different students) over loopback, %,d confirmations"
					+ " and %,d typename requests per round, %d rounds", CONCURRENCY, PER_ROUND, PER_ROUND, ROUNDS);
			for (round[0] = 1; round[0] <= ROUNDS; round[0]++) {
				version[0] = nextVersion(students);
				Latencies base = load("typename", PER_ROUND, baseline);
				Latencies subject = load("confirmation", PER_ROUND, confirm);
				bases.add(base);
				subjects.add(subject);
				report.line("round %d  %s", round[0], base.summary());
				report.line("round %d  %s", round[0], subject.summary());
				report.line("round %d  ratio confirmation / typename: throughput %.3f, p99 latency %.2fx", round[0],
						subject.requestsPerSecond() / base.requestsPerSecond(),
						subject.percentileMillis(0.99) / base.percentileMillis(0.99));
			}
			long rows = db.sql("SELECT count(*) FROM confirmation").map(row -> row.get(0, Long.class)).one().block();
			assertThat(rows).as("one confirmation row per request").isEqualTo((long) PER_ROUND * (ROUNDS + 1));
			Latencies base = merge("typename", bases);
			Latencies subject = merge("confirmation", subjects);
			report.line("");
			report.line("## All rounds together (%,d confirmation rows written and counted)", rows);
			report.line("%s", base.summary());
			report.line("%s", subject.summary());
			report.line("RATIO confirmation / typename: throughput %.3f, p99 latency %.2fx",
					subject.requestsPerSecond() / base.requestsPerSecond(),
					subject.percentileMillis(0.99) / base.percentileMillis(0.99));
			report.line("RESULT confirmations_per_s=%.1f confirm_p99_ms=%.2f typename_rps=%.1f typename_p99_ms=%.2f"
					+ " throughput_ratio=%.3f p99_ratio=%.2f", subject.requestsPerSecond(), subject.percentileMillis(0.99),
					base.requestsPerSecond(), base.percentileMillis(0.99),
					subject.requestsPerSecond() / base.requestsPerSecond(),
					subject.percentileMillis(0.99) / base.percentileMillis(0.99));
		}
		report.write();
	}

	/** Students with linked records and photos, and a campaign open for their cohort. */
	private List<Student> seed() {
		long institution = db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class))
			.one().block();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
		int year = db.sql("SELECT admission_year FROM school_class WHERE code = '2025010101'")
			.map(row -> row.get(0, Short.class).intValue()).one().block();
		db.sql("INSERT INTO campaign (institution_id, name, admission_year, opens_at, closes_at, fields_to_check, created_by)"
				+ " VALUES (:institution, 'bench', :year, :opens, :closes, ARRAY['name'], 'bench')")
			.bind("institution", institution).bind("year", year).bind("opens", now.minusDays(1))
			.bind("closes", now.plusDays(30)).then().block();
		List<Student> students = new ArrayList<>();
		for (int n = 0; n < STUDENTS; n++) {
			String[] id = ResidentIds.person(n);
			String name = "确认" + (char) ('甲' + n % 10) + (char) ('一' + n / 10 % 50) + (char) ('乙' + n / 500);
			List<String> recordIds = new ArrayList<>();
			for (int r = 0; r < RECORDS_PER_STUDENT; r++) {
				long record = records.add("2025010101", name, "B" + r + String.format("%06d", n), id);
				db.sql("""
						WITH p AS (INSERT INTO photo (sha256, content_type, width, height, byte_size, bytes_cipher)
						           VALUES (:sha, 'image/jpeg', 358, 441, 1000, :bytes) RETURNING id)
						UPDATE enrolment_record SET admission_photo_id = (SELECT id FROM p) WHERE id = :record""")
					.bind("sha", sha256("bench-photo-" + record)).bind("bytes", new byte[] { 1 }).bind("record", record)
					.then().block();
				recordIds.add(GlobalId.encode("EnrolmentRecord", record));
			}
			long account = db.sql("""
					INSERT INTO account (display_name, id_type, id_number_cipher, id_number_index, id_number_masked,
					                     password_hash, roles)
					VALUES (:name, 'RESIDENT_ID', :cipher, :index, :masked, 'not-used-by-the-benchmark', ARRAY['STUDENT'])
					RETURNING id""")
				.bind("name", name).bind("cipher", cipher.encryptText("account.id_number", id[0]))
				.bind("index", cipher.blindIndex("enrolment_record.id_number", id[0]))
				.bind("masked", Masking.idNumber(id[0]))
				.map(row -> row.get(0, Long.class)).one().block();
			students.add(new Student(tokens.bearer(GlobalId.encode("Account", account), Role.STUDENT), recordIds));
		}
		db.sql("ANALYZE").then().block(Duration.ofMinutes(5));
		return students;
	}

	/** Moves every bench record to a new version (as an edit would), so the next round confirms again. */
	private int nextVersion(List<Student> students) {
		return db.sql("UPDATE enrolment_record SET version = version + 1 RETURNING version")
			.map(row -> row.get(0, Integer.class)).all().collectList()
			.map(versions -> {
				assertThat(versions).hasSize(students.size() * RECORDS_PER_STUDENT).containsOnly(versions.get(0));
				return versions.get(0);
			})
			.block();
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
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

	private static Latencies merge(String name, List<Latencies> runs) {
		long[] all = runs.stream().flatMapToLong(run -> java.util.Arrays.stream(run.sortedNanos())).sorted().toArray();
		return new Latencies(name, all, runs.stream().mapToLong(Latencies::wallNanos).sum(), CONCURRENCY);
	}

}
