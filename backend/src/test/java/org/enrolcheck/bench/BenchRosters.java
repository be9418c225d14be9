package org.enrolcheck.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enrolcheck.demo.InstitutionCatalogue;
import org.enrolcheck.demo.RosterCsv;
import org.enrolcheck.demo.SyntheticStudents;
import org.enrolcheck.importing.RosterRow;
import org.enrolcheck.upload.FileKind;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Synthetic rosters and their import through the real HTTP path (upload, dry run, commit), timed
 * from the client's side, with the answers checked: a broken import fails the benchmark.
 */
final class BenchRosters {

	private static final Duration LONG = Duration.ofMinutes(15);

	private BenchRosters() {
	}

	/** The roster file a registrar would upload: UTF-8 CSV with a BOM, Chinese headers and labels. */
	static byte[] csv(InstitutionCatalogue catalogue, List<RosterRow> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(rows.size() * 300);
		try {
			new RosterCsv(catalogue).write(rows.iterator(), out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A generated roster and its CSV; {@code refusedSeeds} lists the seeds skipped (see {@link #roster}). */
	record Roster(long seed, List<RosterRow> rows, byte[] csv, List<Long> refusedSeeds) {
	}

	/**
	 * {@code count} synthetic students of {@code catalogue} as a CSV the upload accepts. Known product
	 * bug: {@code upload.FileKind} decodes the first 64 KiB less 4 bytes as a whole, so a file whose
	 * byte 65,532 falls inside a multi-byte UTF-8 character is refused as FILE_TYPE_UNSUPPORTED (about
	 * one roster in four here). Until that is fixed the next seed is taken, and the report says so.
	 */
	static Roster roster(InstitutionCatalogue catalogue, Clock clock, long seed, int count) {
		List<Long> refused = new ArrayList<>();
		for (long candidate = seed; candidate < seed + 20; candidate++) {
			List<RosterRow> rows = new SyntheticStudents(catalogue, clock, candidate).rows(count).toList();
			byte[] csv = csv(catalogue, rows);
			if (FileKind.of(csv) == FileKind.CSV) {
				return new Roster(candidate, rows, csv, refused);
			}
			refused.add(candidate);
		}
		throw new AssertionError("no seed from " + seed + " gives a roster the upload accepts: " + refused);
	}

	/** The demo catalogue under another institution code, for a second institution with the same classes. */
	record Renamed(InstitutionCatalogue base, String institutionCode, String institutionName)
			implements InstitutionCatalogue {

		@Override
		public List<College> colleges() {
			return base.colleges();
		}

	}

	/**
	 * Copies the colleges, majors and classes of institution {@code source} into a new institution
	 * {@code code}: same class codes, so the same roster imports there. Returns the new id.
	 */
	static long cloneInstitution(DatabaseClient db, long source, String code, String name) {
		long id = db.sql("INSERT INTO institution (code, name) VALUES (:code, :name) RETURNING id")
			.bind("code", code).bind("name", name)
			.map(row -> row.get(0, Long.class)).one().block(LONG);
		db.sql("INSERT INTO college (institution_id, code, name) SELECT :id, code, name FROM college WHERE institution_id = :source")
			.bind("id", id).bind("source", source).then().block(LONG);
		db.sql("""
				INSERT INTO major (institution_id, college_id, catalogue_code, name, level, length_of_schooling)
				SELECT :id, nc.id, m.catalogue_code, m.name, m.level, m.length_of_schooling
				FROM major m JOIN college oc ON oc.id = m.college_id
				JOIN college nc ON nc.institution_id = :id AND nc.code = oc.code
				WHERE m.institution_id = :source""")
			.bind("id", id).bind("source", source).then().block(LONG);
		db.sql("""
				INSERT INTO school_class (institution_id, college_id, major_id, code, name, admission_year)
				SELECT :id, nm.college_id, nm.id, s.code, s.name, s.admission_year
				FROM school_class s JOIN major om ON om.id = s.major_id
				JOIN major nm ON nm.institution_id = :id AND nm.catalogue_code = om.catalogue_code AND nm.level = om.level
				WHERE s.institution_id = :source""")
			.bind("id", id).bind("source", source).then().block(LONG);
		long classes = count(db, "SELECT count(*) FROM school_class WHERE institution_id = " + id);
		assertThat(classes).as("classes cloned into " + code)
			.isEqualTo(count(db, "SELECT count(*) FROM school_class WHERE institution_id = " + source));
		return id;
	}

	static long institution(DatabaseClient db, String code) {
		return db.sql("SELECT id FROM institution WHERE code = :code").bind("code", code)
			.map(row -> row.get(0, Long.class)).one().block(LONG);
	}

	static long count(DatabaseClient db, String sql) {
		Number value = db.sql(sql).map(row -> (Number) row.get(0)).one().block(LONG);
		return value == null ? 0 : value.longValue();
	}

	/** Client-side times of one import, in nanoseconds. */
	record ImportRun(int rows, int bytes, long uploadNanos, long dryRunNanos, long commitNanos, String batchId,
			Map<String, List<StatementTimings.Stat>> statements) {

		long importNanos() {
			return dryRunNanos + commitNanos;
		}

		long totalNanos() {
			return uploadNanos + dryRunNanos + commitNanos;
		}

	}

	/**
	 * Uploads {@code csv}, runs the dry run and commits it, each phase timed on its own. Asserts that
	 * every one of {@code rows} lines is new and valid and that the commit applied them all.
	 */
	static ImportRun importRoster(BenchClient client, String bearer, String fileName, byte[] csv, int rows) {
		return importRoster(client, bearer, fileName, csv, rows, null);
	}

	/** As above; with {@code timings}, also the SQL statements of each phase (upload, dry run, commit). */
	static ImportRun importRoster(BenchClient client, String bearer, String fileName, byte[] csv, int rows,
			StatementTimings timings) {
		Map<String, List<StatementTimings.Stat>> statements = new LinkedHashMap<>();
		if (timings != null) {
			timings.drain();
		}
		long started = System.nanoTime();
		String upload = client.uploadRoster(bearer, fileName, csv);
		long uploaded = System.nanoTime();
		if (timings != null) {
			statements.put("upload", timings.drain());
		}
		JsonNode dryRun = client.graphQlNow(bearer, BenchClient.document("startImport"),
				Map.of("input", Map.of("uploadId", upload, "createMissingReference", false)))
			.path("startRosterImport");
		long analysed = System.nanoTime();
		if (timings != null) {
			statements.put("dry run", timings.drain());
		}
		assertThat(dryRun.path("__typename").asString()).as("dry run: %s", dryRun).isEqualTo("RosterImportAnalysed");
		JsonNode batch = dryRun.path("batch");
		assertThat(batch.path("state").asString()).isEqualTo("ANALYSED");
		JsonNode counts = batch.path("counts");
		assertThat(counts.path("total").asInt()).as("total rows").isEqualTo(rows);
		assertThat(counts.path("new").asInt()).as("new rows; first invalid rows: %s", batch.path("invalidRows"))
			.isEqualTo(rows);
		assertThat(counts.path("invalid").asInt()).as("invalid rows").isZero();
		String batchId = batch.path("id").asString();
		int version = batch.path("version").asInt();

		long committing = System.nanoTime();
		JsonNode commit = client.graphQlNow(bearer, BenchClient.document("commitImport"),
				Map.of("input", Map.of("batchId", batchId, "version", version)))
			.path("commitImportBatch");
		long committed = System.nanoTime();
		if (timings != null) {
			statements.put("commit", timings.drain());
		}
		assertThat(commit.path("__typename").asString()).as("commit: %s", commit).isEqualTo("ImportCommitFinished");
		assertThat(commit.path("batch").path("state").asString()).as("commit: %s", commit).isEqualTo("COMMITTED");
		assertThat(commit.path("batch").path("counts").path("new").asInt()).isEqualTo(rows);
		assertThat(commit.path("batch").path("progress").path("percent").asInt()).isEqualTo(100);
		return new ImportRun(rows, csv.length, uploaded - started, analysed - uploaded, committed - committing, batchId,
				statements);
	}

}
