package org.enrolcheck.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.r2dbc.spi.ConnectionFactory;
import org.enrolcheck.bench.BenchRosters.ImportRun;
import org.enrolcheck.db.DatabaseEndpoint;
import org.enrolcheck.demo.InstitutionCatalogue;
import org.enrolcheck.demo.SouthwestUniversityCatalogue;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.importing.RosterRow;
import org.enrolcheck.importing.file.RosterParse;
import org.enrolcheck.importing.file.RosterReader;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.TestTokens;
import org.enrolcheck.validation.Masking;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports 100,000 synthetic students end to end through the running server (upload over HTTP,
 * {@code startRosterImport} dry run, {@code commitImportBatch}) and, in the same JVM and database,
 * COPYs the same 100,000 rows, ciphers computed beforehand, straight into {@code enrolment_record}.
 * The figure to compare between commits is the ratio of the two; absolute rows/s depend on the
 * machine. Times are printed, never asserted; correctness is asserted, so a broken import fails.
 *
 * <p>Run: {@code infra/bench/run.sh}, or {@code ./mvnw test -Dsurefire.excludedGroups= -Dgroups=bench
 * -Dtest=RosterImportBenchmark}; {@code -Dbench.import.rows=20000} for a quicker look.
 */
@EnrolCheckTest
@Tag("bench")
class RosterImportBenchmark {

	static final int ROWS = Integer.getInteger("bench.import.rows", 100_000);

	static final int WARM_UP_ROWS = Math.min(10_000, ROWS);

	static final long SEED = 20251022L;

	static final String ID_NUMBER = "enrolment_record.id_number";

	static final String COPY = """
			COPY enrolment_record (institution_id, college_id, major_id, class_id, examinee_number, student_number,
			    name, gender, birth_date, id_type, id_number_cipher, id_number_index, id_number_masked, ethnicity,
			    origin_province, length_of_schooling, level, admission_year, study_mode, education_category,
			    enrolment_date, expected_graduation_date, status, import_batch_id)
			FROM STDIN (FORMAT csv)""";

	@LocalServerPort
	int port;

	@Autowired
	DatabaseClient db;

	@Autowired
	TestTokens tokens;

	@Autowired
	Clock clock;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	DatabaseEndpoint database;

	@Autowired
	ConnectionFactory connections;

	@Test
	void importsAHundredThousandRowsAndComparesThemWithABareCopy() throws Exception {
		BenchReport report = new BenchReport("import", "Roster import of %,d rows vs a bare COPY of the same rows".formatted(ROWS));
		SouthwestUniversityCatalogue catalogue = new SouthwestUniversityCatalogue();
		long institution = BenchRosters.institution(db, catalogue.institutionCode());
		long warmUpInstitution = BenchRosters.cloneInstitution(db, institution, "90001", "基准预热学校");
		List<Long> copyInstitutions = List.of(BenchRosters.cloneInstitution(db, institution, "90002", "基准 COPY 预热学校"),
				BenchRosters.cloneInstitution(db, institution, "90003", "基准 COPY 学校一"),
				BenchRosters.cloneInstitution(db, institution, "90004", "基准 COPY 学校二"));

		long started = System.nanoTime();
		BenchRosters.Roster roster = BenchRosters.roster(catalogue, clock, SEED, ROWS);
		List<RosterRow> rows = roster.rows();
		byte[] csv = roster.csv();
		report.line("generated %,d rows (seed %d), %,d bytes of CSV in %.0f ms (not part of any figure)", rows.size(),
				roster.seed(), csv.length, BenchReport.millis(System.nanoTime() - started));
		refusedSeeds(report, roster);

		try (BenchClient client = new BenchClient(port, 4);
				Connection jdbc = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
			// Warm-up: the same path once, smaller, into another institution, so the JIT, the pool and
			// PostgreSQL's caches are not what is measured.
			InstitutionCatalogue warmUpCatalogue = new BenchRosters.Renamed(catalogue, "90001", "基准预热学校");
			BenchRosters.Roster warmUpRoster = BenchRosters.roster(warmUpCatalogue, clock, SEED + 100, WARM_UP_ROWS);
			refusedSeeds(report, warmUpRoster);
			ImportRun warmUp = BenchRosters.importRoster(client, registrar(warmUpInstitution), "warm-up.csv",
					warmUpRoster.csv(), WARM_UP_ROWS);
			report.line("warm-up import of %,d rows: %.0f rows/s (dry run + commit)", WARM_UP_ROWS,
					BenchReport.perSecond(WARM_UP_ROWS, warmUp.importNanos()));

			// The COPY data, ciphers included, is computed before any clock starts. The bare COPY runs
			// once before and once after the import, so the baseline brackets the subject in time.
			long batch = GlobalId.decode(warmUp.batchId(), "ImportBatch");
			started = System.nanoTime();
			byte[] copyWarmUp = copyCsv(copyInstitutions.get(0), batch, rows.subList(0, WARM_UP_ROWS));
			byte[] copyBefore = copyCsv(copyInstitutions.get(1), batch, rows);
			byte[] copyAfter = copyCsv(copyInstitutions.get(2), batch, rows);
			long prepared = System.nanoTime() - started;
			copy(jdbc, copyWarmUp, WARM_UP_ROWS);
			long before = copy(jdbc, copyBefore, ROWS);

			StatementTimings statements = StatementTimings.attach(connections);
			ImportRun run = BenchRosters.importRoster(client, registrar(institution), "名单-bench.csv", csv, ROWS,
					statements);

			long after = copy(jdbc, copyAfter, ROWS);
			verifyImported(institution, run, rows);
			for (long copied : copyInstitutions.subList(1, 3)) {
				assertThat(BenchRosters.count(db, "SELECT count(*) FROM enrolment_record WHERE institution_id = " + copied))
					.isEqualTo(ROWS);
			}
			report(report, run);
			changeList(report, client, registrar(institution), run.batchId());
			reportStatements(report, run, statements.attached());
			inJvmPhases(report, csv, rows);
			reportCopy(report, run, prepared, before, after, copyBefore);
		}
		report.write();
	}

	static void refusedSeeds(BenchReport report, BenchRosters.Roster roster) {
		if (!roster.refusedSeeds().isEmpty()) {
			report.line("NOTE seeds %s skipped: the upload refuses their CSV as FILE_TYPE_UNSUPPORTED"
					+ " (FileKind cuts its 64 KiB UTF-8 sample inside a character)", roster.refusedSeeds());
		}
	}

	private String registrar(long institution) {
		return tokens.staff(Role.REGISTRAR, institution, List.of(), List.of());
	}

	/** Every row is there, encrypted and indexed as the import writes it, and audited once. */
	private void verifyImported(long institution, ImportRun run, List<RosterRow> rows) {
		long batch = GlobalId.decode(run.batchId(), "ImportBatch");
		assertThat(BenchRosters.count(db, "SELECT count(*) FROM enrolment_record WHERE institution_id = " + institution))
			.isEqualTo(ROWS);
		assertThat(BenchRosters.count(db, "SELECT count(*) FROM enrolment_record WHERE import_batch_id = " + batch))
			.isEqualTo(ROWS);
		assertThat(BenchRosters.count(db, "SELECT count(*) FROM audit_event WHERE action = 'IMPORT_CREATE'"
				+ " AND reason = 'import batch " + batch + "'")).isEqualTo(ROWS);
		assertThat(BenchRosters.count(db, "SELECT count(DISTINCT examinee_number) FROM enrolment_record WHERE institution_id = "
				+ institution)).isEqualTo(ROWS);
		for (RosterRow row : List.of(rows.get(0), rows.get(rows.size() / 2), rows.get(rows.size() - 1))) {
			Object[] stored = db.sql("""
					SELECT r.name, r.student_number, r.id_number_cipher, r.id_number_index, r.id_number_masked, s.code
					FROM enrolment_record r JOIN school_class s ON s.id = r.class_id
					WHERE r.institution_id = :institution AND r.examinee_number = :examinee""")
				.bind("institution", institution).bind("examinee", row.examineeNumber())
				.map(found -> new Object[] { found.get("name", String.class), found.get("student_number", String.class),
						found.get("id_number_cipher", byte[].class), found.get("id_number_index", byte[].class),
						found.get("id_number_masked", String.class), found.get("code", String.class) })
				.one().block();
			assertThat(stored).as("record of %s", row).isNotNull();
			assertThat(stored[0]).isEqualTo(row.name());
			assertThat(stored[1]).isEqualTo(row.studentNumber());
			assertThat(cipher.decryptText(ID_NUMBER, (byte[]) stored[2])).isEqualTo(row.idNumber());
			assertThat((byte[]) stored[3]).isEqualTo(cipher.blindIndex(ID_NUMBER, row.idNumber()));
			assertThat(stored[4]).isEqualTo(Masking.idNumber(row.idNumber()));
			assertThat(stored[5]).isEqualTo(row.classCode());
		}
	}

	/**
	 * The committed batch's change list (the staff import history), two pages of 50 of its 100,000 NEW
	 * rows, best of three: they are read from import_new_rows and the records' IMPORT_CREATE events.
	 */
	private static void changeList(BenchReport report, BenchClient client, String bearer, String batchId) {
		String query = """
				query changes($id: ID!, $after: String) { importBatch(id: $id) { changes(first: 50, after: $after) {
				  edges { node { rowNumber kind examineeNumber diffs { field after } } } pageInfo { endCursor } } } }""";
		long first = Long.MAX_VALUE;
		long second = Long.MAX_VALUE;
		for (int round = 0; round < 3; round++) {
			long started = System.nanoTime();
			JsonNode page = client.graphQlNow(bearer, query, Map.of("id", batchId)).path("importBatch").path("changes");
			long between = System.nanoTime();
			JsonNode next = client.graphQlNow(bearer, query, Map.of("id", batchId, "after",
					page.path("pageInfo").path("endCursor").asString())).path("importBatch").path("changes");
			first = Math.min(first, between - started);
			second = Math.min(second, System.nanoTime() - between);
			assertThat(page.path("edges")).hasSize(50);
			assertThat(page.path("edges").get(0).path("node").path("rowNumber").asInt()).isEqualTo(2);
			assertThat(page.path("edges").get(0).path("node").path("kind").asString()).isEqualTo("NEW");
			assertThat(page.path("edges").get(0).path("node").path("diffs")).hasSize(6);
			assertThat(next.path("edges").get(0).path("node").path("rowNumber").asInt()).isEqualTo(52);
		}
		report.line("change list, first / second page of 50   %5.0f / %.0f ms  (best of three)",
				BenchReport.millis(first), BenchReport.millis(second));
	}

	private void report(BenchReport report, ImportRun run) {
		report.line("");
		report.line("## Import through the server (%,d rows, %,d KB CSV)", run.rows(), run.bytes() / 1024);
		report.line("upload (POST /api/uploads)   %8.0f ms   %9.0f rows/s", BenchReport.millis(run.uploadNanos()),
				BenchReport.perSecond(run.rows(), run.uploadNanos()));
		report.line("dry run (startRosterImport)  %8.0f ms   %9.0f rows/s", BenchReport.millis(run.dryRunNanos()),
				BenchReport.perSecond(run.rows(), run.dryRunNanos()));
		report.line("commit (commitImportBatch)   %8.0f ms   %9.0f rows/s", BenchReport.millis(run.commitNanos()),
				BenchReport.perSecond(run.rows(), run.commitNanos()));
		report.line("IMPORT dry run + commit      %8.0f ms   %9.0f rows/s   (target >= 50,000 rows/s)",
				BenchReport.millis(run.importNanos()), BenchReport.perSecond(run.rows(), run.importNanos()));
		report.line("upload + dry run + commit    %8.0f ms   %9.0f rows/s", BenchReport.millis(run.totalNanos()),
				BenchReport.perSecond(run.rows(), run.totalNanos()));
	}

	/** Where the server's time went, statement by statement (from r2dbc-proxy), for each phase. */
	private void reportStatements(BenchReport report, ImportRun run, boolean attached) {
		if (!attached) {
			report.line("(statement timings unavailable: the connection factory is not an r2dbc-proxy)");
			return;
		}
		report.line("");
		report.line("## SQL statements per phase (r2dbc-proxy, from execution to the end of the result;"
				+ " the COPY into the staging table is not seen)");
		Map<String, Long> phases = Map.of("upload", run.uploadNanos(), "dry run", run.dryRunNanos(), "commit",
				run.commitNanos());
		for (var phase : run.statements().entrySet()) {
			long sql = StatementTimings.total(phase.getValue());
			report.line("%s: %.0f ms, of which %.0f ms in SQL statements, %.0f ms elsewhere (Java, COPY, HTTP)",
					phase.getKey(), BenchReport.millis(phases.get(phase.getKey())), BenchReport.millis(sql),
					BenchReport.millis(phases.get(phase.getKey()) - sql));
			for (StatementTimings.Stat stat : phase.getValue()) {
				if (stat.nanos() >= 10_000_000) {
					report.line("  %7.0f ms %3dx  %s", BenchReport.millis(stat.nanos()), stat.count(), stat.statement());
				}
			}
		}
	}

	/** The Java work of the import, measured on its own in this JVM (after the import warmed it). */
	private void inJvmPhases(BenchReport report, byte[] csv, List<RosterRow> rows) {
		report.line("");
		report.line("## In-JVM parts, measured alone (best of three runs)");
		RosterReader reader = new RosterReader(clock);
		long parse = Long.MAX_VALUE;
		for (int round = 0; round < 3; round++) {
			long started = System.nanoTime();
			RosterParse parsed = reader.read(csv, "bench.csv");
			parse = Math.min(parse, System.nanoTime() - started);
			assertThat(parsed).isInstanceOf(RosterParse.Parsed.class);
			assertThat(((RosterParse.Parsed) parsed).rows()).hasSize(ROWS);
		}
		report.line("parse + validate the CSV (RosterReader)      %7.0f ms   %9.0f rows/s  (the dry run does it; the commit reuses its parse)",
				BenchReport.millis(parse), BenchReport.perSecond(ROWS, parse));
		long encrypt = Long.MAX_VALUE;
		long index = Long.MAX_VALUE;
		for (int round = 0; round < 3; round++) {
			long started = System.nanoTime();
			for (RosterRow row : rows) {
				cipher.encryptText(ID_NUMBER, row.idNumber());
			}
			long encrypted = System.nanoTime();
			for (RosterRow row : rows) {
				cipher.blindIndex(ID_NUMBER, row.idNumber());
			}
			encrypt = Math.min(encrypt, encrypted - started);
			index = Math.min(index, System.nanoTime() - encrypted);
		}
		report.line("AES-GCM encrypt every ID number              %7.0f ms   %9.0f rows/s", BenchReport.millis(encrypt),
				BenchReport.perSecond(ROWS, encrypt));
		report.line("HMAC blind index of every ID number          %7.0f ms   %9.0f rows/s", BenchReport.millis(index),
				BenchReport.perSecond(ROWS, index));
		long upload = Long.MAX_VALUE;
		for (int round = 0; round < 3; round++) {
			long started = System.nanoTime();
			byte[] sealed = cipher.encrypt("upload.bytes", csv);
			cipher.decrypt("upload.bytes", sealed);
			upload = Math.min(upload, System.nanoTime() - started);
		}
		report.line("encrypt + decrypt the whole upload (%,d KB)  %7.0f ms  (the upload encrypts, dry run and commit decrypt)",
				csv.length / 1024, BenchReport.millis(upload));
	}

	/**
	 * The floor: the same rows as COPY into enrolment_record (same table, same indexes and
	 * constraints, the same columns the import fills, import_batch_id included) over pgjdbc's
	 * CopyManager, autocommit. Returns the nanoseconds the COPY took.
	 */
	private static long copy(Connection jdbc, byte[] data, int rows) throws Exception {
		var copy = jdbc.unwrap(PGConnection.class).getCopyAPI();
		long start = System.nanoTime();
		long copied = copy.copyIn(COPY, new ByteArrayInputStream(data));
		long nanos = System.nanoTime() - start;
		assertThat(copied).isEqualTo(rows);
		return nanos;
	}

	private void reportCopy(BenchReport report, ImportRun run, long prepared, long before, long after, byte[] data)
			throws Exception {
		long indexedOnly = copyInto(data, "(LIKE enrolment_record INCLUDING ALL)");
		long plain = copyInto(data, "(LIKE enrolment_record INCLUDING DEFAULTS INCLUDING IDENTITY)");
		long mean = (before + after) / 2;
		double copyRowsPerSecond = BenchReport.perSecond(ROWS, mean);
		report.line("");
		report.line("## Bare COPY of the same %,d rows into enrolment_record (pgjdbc CopyManager, autocommit, %,d KB)",
				ROWS, data.length / 1024);
		report.line("preparing the COPY data (encrypt, HMAC, mask, CSV; 3 files) %6.0f ms  (before any timing)",
				BenchReport.millis(prepared));
		report.line("COPY before the import       %8.0f ms   %9.0f rows/s", BenchReport.millis(before),
				BenchReport.perSecond(ROWS, before));
		report.line("COPY after the import        %8.0f ms   %9.0f rows/s", BenchReport.millis(after),
				BenchReport.perSecond(ROWS, after));
		report.line("COPY mean of the two         %8.0f ms   %9.0f rows/s", BenchReport.millis(mean), copyRowsPerSecond);
		report.line("  the same COPY into a scratch table with the indexes and checks but no foreign keys:"
				+ " %6.0f ms  %9.0f rows/s", BenchReport.millis(indexedOnly), BenchReport.perSecond(ROWS, indexedOnly));
		report.line("  the same COPY into a scratch table without indexes, checks or foreign keys:      "
				+ " %6.0f ms  %9.0f rows/s", BenchReport.millis(plain), BenchReport.perSecond(ROWS, plain));
		report.line("");
		report.line("## Ratios (compare these between commits)");
		double importRowsPerSecond = BenchReport.perSecond(ROWS, run.importNanos());
		report.line("RATIO import rows/s / COPY rows/s = %.3f   (import takes %.1fx the time of a bare COPY;"
				+ " against each COPY: %.3f, %.3f)", importRowsPerSecond / copyRowsPerSecond,
				(double) run.importNanos() / mean, (double) before / run.importNanos(), (double) after / run.importNanos());
		report.line("RESULT import_rows_per_s=%.0f copy_rows_per_s=%.0f ratio=%.3f target_met=%s", importRowsPerSecond,
				copyRowsPerSecond, importRowsPerSecond / copyRowsPerSecond, importRowsPerSecond >= 50_000 ? "yes" : "no");
	}

	/**
	 * Times the same COPY into a fresh ordinary table shaped {@code like}, dropped afterwards: shows
	 * what the foreign keys and the indexes of enrolment_record cost.
	 */
	private long copyInto(byte[] rows, String like) throws Exception {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
				var statement = connection.createStatement()) {
			statement.execute("CREATE TABLE bench_copy_floor " + like);
			try {
				var copy = connection.unwrap(PGConnection.class).getCopyAPI();
				long start = System.nanoTime();
				assertThat(copy.copyIn(COPY.replace("COPY enrolment_record", "COPY bench_copy_floor"),
						new ByteArrayInputStream(rows))).isEqualTo(ROWS);
				return System.nanoTime() - start;
			}
			finally {
				statement.execute("DROP TABLE bench_copy_floor");
			}
		}
	}

	/** The rows as COPY reads them, encrypted and indexed the way the import stores them. */
	private byte[] copyCsv(long institution, long batch, List<RosterRow> rows) {
		Map<String, long[]> classes = new HashMap<>();
		db.sql("SELECT code, id, college_id, major_id FROM school_class WHERE institution_id = :id").bind("id", institution)
			.map(row -> Map.entry(row.get("code", String.class), new long[] { row.get("id", Long.class),
					row.get("college_id", Long.class), row.get("major_id", Long.class) }))
			.all().doOnNext(entry -> classes.put(entry.getKey(), entry.getValue())).blockLast();
		StringBuilder out = new StringBuilder(rows.size() * 420);
		HexFormat hex = HexFormat.of();
		for (RosterRow row : rows) {
			long[] place = classes.get(row.classCode());
			out.append(institution).append(',').append(place[1]).append(',').append(place[2]).append(',').append(place[0]);
			cell(out, row.examineeNumber());
			cell(out, row.studentNumber());
			cell(out, row.name());
			cell(out, row.gender().name());
			cell(out, row.birthDate().toString());
			cell(out, row.idType().name());
			cell(out, "\\x" + hex.formatHex(cipher.encryptText(ID_NUMBER, row.idNumber())));
			cell(out, "\\x" + hex.formatHex(cipher.blindIndex(ID_NUMBER, row.idNumber())));
			cell(out, Masking.idNumber(row.idNumber()));
			cell(out, row.ethnicity().code());
			cell(out, row.originProvince().code());
			cell(out, row.lengthOfSchooling().toPlainString());
			cell(out, row.level().name());
			cell(out, String.valueOf(row.admissionYear()));
			cell(out, row.studyMode().name());
			cell(out, row.educationCategory().name());
			cell(out, row.enrolmentDate() == null ? null : row.enrolmentDate().toString());
			cell(out, row.expectedGraduationDate() == null ? null : row.expectedGraduationDate().toString());
			cell(out, row.status().name());
			out.append(',').append(batch).append('\n');
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A comma, then the value quoted (an unquoted empty field is NULL). */
	private static void cell(StringBuilder out, String value) {
		out.append(',');
		if (value != null) {
			out.append('"').append(value.replace("\"", "\"\"")).append('"');
		}
	}

}
