package org.enrolcheck.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import org.enrolcheck.importing.file.RowError;
import org.enrolcheck.importing.RowPlan.FieldDiff;
import org.enrolcheck.graphql.Paging;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Import batches, their row errors and row changes, and the stored data a diff compares with. */
@Repository
class ImportRepository {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String BATCH = """
			SELECT id, institution_id, upload_id, file_name, format, created_by, create_missing_reference, state,
			       total_rows, new_rows, changed_rows, unchanged_rows, invalid_rows, rows_done, failure, version,
			       created_at, committed_at, rolled_back_at
			FROM import_batch""";

	private final DatabaseClient db;

	ImportRepository(DatabaseClient db) {
		this.db = db;
	}

	Mono<Long> insertBatch(long institutionId, long uploadId, String fileName, byte[] sha256, String format,
			String createdBy, boolean createMissing, ImportBatch.Counts counts) {
		return db.sql("""
				INSERT INTO import_batch (institution_id, upload_id, file_name, file_sha256, format, created_by,
				    create_missing_reference, state, total_rows, new_rows, changed_rows, unchanged_rows, invalid_rows)
				VALUES (:institution, :upload, :fileName, :sha256, :format, :createdBy, :createMissing, 'ANALYSED',
				    :total, :new, :changed, :unchanged, :invalid) RETURNING id""")
			.bind("institution", institutionId).bind("upload", uploadId).bind("fileName", fileName)
			.bind("sha256", sha256).bind("format", format).bind("createdBy", createdBy)
			.bind("createMissing", createMissing).bind("total", counts.total()).bind("new", counts.created())
			.bind("changed", counts.changed()).bind("unchanged", counts.unchanged()).bind("invalid", counts.invalid())
			.map(row -> row.get(0, Long.class)).one();
	}

	/** All errors in one statement: arrays unnested server-side, whatever their number. */
	Mono<Void> insertErrors(long batchId, List<RowError> errors) {
		if (errors.isEmpty()) {
			return Mono.empty();
		}
		return db.sql("""
				INSERT INTO import_row_error (batch_id, row_number, column_name, code, message_zh, message_en)
				SELECT :batch, * FROM unnest(:rows::integer[], :columns::text[], :codes::text[], :zh::text[], :en::text[])""")
			.bind("batch", batchId)
			.bind("rows", errors.stream().map(RowError::rowNumber).toArray(Integer[]::new))
			.bind("columns", errors.stream().map(RowError::column).toArray(String[]::new))
			.bind("codes", errors.stream().map(RowError::code).toArray(String[]::new))
			.bind("zh", errors.stream().map(RowError::zh).toArray(String[]::new))
			.bind("en", errors.stream().map(RowError::en).toArray(String[]::new))
			.then();
	}

	Mono<Void> insertChanges(long batchId, List<RowPlan.Changed> changes) {
		if (changes.isEmpty()) {
			return Mono.empty();
		}
		return db.sql("""
				INSERT INTO import_row_change (batch_id, row_number, kind, examinee_number, record_id, diffs)
				SELECT :batch, r, 'CHANGED', e, id, d::jsonb
				FROM unnest(:rows::integer[], :examinees::text[], :ids::bigint[], :diffs::text[]) AS t(r, e, id, d)""")
			.bind("batch", batchId)
			.bind("rows", changes.stream().map(RowPlan::rowNumber).toArray(Integer[]::new))
			.bind("examinees", changes.stream().map(change -> change.row().examineeNumber()).toArray(String[]::new))
			.bind("ids", changes.stream().map(RowPlan.Changed::recordId).toArray(Long[]::new))
			.bind("diffs", changes.stream().map(change -> json.writeValueAsString(change.diffs())).toArray(String[]::new))
			.then();
	}

	Mono<ImportBatch> batch(long id, long institutionId) {
		return db.sql(BATCH + " WHERE id = :id AND institution_id = :institution")
			.bind("id", id).bind("institution", institutionId)
			.map(ImportRepository::batch).one();
	}

	Flux<ImportBatch> history(long institutionId, Paging paging) {
		String after = paging.firstPage() ? "" : " AND id < :afterId";
		var spec = db.sql(BATCH + " WHERE institution_id = :institution" + after + " ORDER BY id DESC LIMIT :limit")
			.bind("institution", institutionId).bind("limit", paging.limit() + 1);
		return (paging.firstPage() ? spec : spec.bind("afterId", paging.afterLong("id"))).map(ImportRepository::batch).all();
	}

	Flux<ImportRowError> errors(long batchId, Paging paging) {
		String after = paging.firstPage() ? "" : " AND (row_number, seq) > (:afterRow, :afterSeq)";
		var spec = db.sql("SELECT row_number, column_name, code, message_zh, message_en, seq FROM ("
				+ "SELECT *, row_number() OVER (PARTITION BY row_number ORDER BY ctid) AS seq FROM import_row_error"
				+ " WHERE batch_id = :batch) e WHERE true" + after + " ORDER BY row_number, seq LIMIT :limit")
			.bind("batch", batchId).bind("limit", paging.limit() + 1);
		if (!paging.firstPage()) {
			spec = spec.bind("afterRow", (int) paging.afterLong("row")).bind("afterSeq", paging.afterLong("seq"));
		}
		return spec.map(row -> new ImportRowError(row.get("row_number", Integer.class), row.get("column_name", String.class),
				row.get("code", String.class), row.get("message_zh", String.class), row.get("message_en", String.class),
				row.get("seq", Long.class))).all();
	}

	Flux<RowError> allErrors(long batchId) {
		return db.sql("SELECT row_number, column_name, code, message_zh, message_en FROM import_row_error WHERE batch_id = :batch ORDER BY row_number")
			.bind("batch", batchId)
			.map(row -> new RowError(row.get("row_number", Integer.class), row.get("column_name", String.class),
					row.get("code", String.class), row.get("message_zh", String.class), row.get("message_en", String.class)))
			.all();
	}

	/**
	 * The batch's row changes in row order: CHANGED rows (and NEW rows of batches committed before V18)
	 * from import_row_change, NEW rows from import_new_rows with their fields from the records'
	 * IMPORT_CREATE events, which outlive a rollback.
	 */
	Flux<ImportRowChange> changes(long batchId, Paging paging) {
		String after = paging.firstPage() ? "" : " AND row_number > :afterRow";
		String afterNew = paging.firstPage() ? "" : " AND last_row > :afterRow";
		String afterRow = paging.firstPage() ? "" : " AND u.row_number > :afterRow";
		var spec = db.sql("SELECT row_number, kind, examinee_number, diffs::text, after::text FROM ("
				+ "(SELECT row_number, kind, examinee_number, diffs, NULL::jsonb AS after FROM import_row_change"
				+ " WHERE batch_id = :batch" + after + " ORDER BY row_number LIMIT :limit)"
				+ " UNION ALL"
				+ " (SELECT u.row_number, 'NEW', a.after ->> 'examineeNumber', NULL, coalesce(a.after, '{}')"
				// chunks hold ascending, disjoint runs of rows: (first_row, position) is row order, which
				// an incremental sort stops reading after the page
				+ " FROM (SELECT u.row_number, u.record_id FROM (SELECT first_row, row_numbers, record_ids"
				+ " FROM import_new_rows WHERE batch_id = :batch" + afterNew + " ORDER BY first_row) n,"
				+ " unnest(n.row_numbers, n.record_ids) WITH ORDINALITY AS u(row_number, record_id, k)"
				+ " WHERE true" + afterRow + " ORDER BY n.first_row, u.k LIMIT :limit) u"
				+ " LEFT JOIN audit_event a ON a.entity_type = 'EnrolmentRecord' AND a.entity_id = u.record_id"
				+ " AND a.action = 'IMPORT_CREATE')"
				+ ") c ORDER BY row_number LIMIT :limit")
			.bind("batch", batchId).bind("limit", paging.limit() + 1);
		if (!paging.firstPage()) {
			spec = spec.bind("afterRow", (int) paging.afterLong("row"));
		}
		return spec.map(row -> {
			String diffs = row.get("diffs", String.class);
			return new ImportRowChange(row.get("row_number", Integer.class), row.get("kind", String.class),
					row.get("examinee_number", String.class), diffs != null
							? json.readValue(diffs, new TypeReference<List<FieldDiff>>() {
							})
							: RosterDiff.created(json.readValue(row.get("after", String.class),
									new TypeReference<Map<String, String>>() {
									})));
		}).all();
	}

	Mono<Void> progress(long batchId, int rowsDone) {
		return db.sql("UPDATE import_batch SET rows_done = :done, updated_at = now() WHERE id = :id")
			.bind("done", rowsDone).bind("id", batchId).then();
	}

	/** Everything a diff compares with, for one institution, in four statements. */
	Mono<RosterDiff.Stored> stored(long institutionId) {
		Mono<String> code = db.sql("SELECT code FROM institution WHERE id = :id").bind("id", institutionId)
			.map(row -> row.get(0, String.class)).one();
		Mono<List<ExistingRecord>> records = db.sql("""
				SELECT id, examinee_number, student_number, name, gender, birth_date, id_type, id_number_index,
				       id_number_masked, ethnicity, origin_province, class_id, length_of_schooling, level,
				       admission_year, study_mode, education_category, enrolment_date, expected_graduation_date, status
				FROM enrolment_record WHERE institution_id = :id""")
			.bind("id", institutionId).map(ImportRepository::existing).all().collectList();
		Mono<RosterCatalogue> catalogue = catalogue(institutionId);
		Mono<Map<Long, String>> classCodes = db.sql("SELECT id, code FROM school_class WHERE institution_id = :id")
			.bind("id", institutionId).map(row -> Map.entry(row.get("id", Long.class), row.get("code", String.class)))
			.all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
		return Mono.zip(code, records, catalogue, classCodes).map(all -> {
			Map<String, ExistingRecord> byExaminee = new HashMap<>();
			Map<String, String> examineeByStudent = new HashMap<>();
			for (ExistingRecord record : all.getT2()) {
				byExaminee.put(record.examineeNumber(), record);
				examineeByStudent.put(record.studentNumber(), record.examineeNumber());
			}
			return new RosterDiff.Stored(all.getT1(), byExaminee, examineeByStudent, all.getT4(), all.getT3());
		});
	}

	Mono<RosterCatalogue> catalogue(long institutionId) {
		RosterCatalogue catalogue = new RosterCatalogue();
		Mono<Void> colleges = db.sql("SELECT id, name FROM college WHERE institution_id = :id").bind("id", institutionId)
			.map(row -> { catalogue.addCollege(row.get("name", String.class), row.get("id", Long.class)); return 1; })
			.all().then();
		Mono<Void> majors = db.sql("SELECT id, catalogue_code, name, level FROM major WHERE institution_id = :id")
			.bind("id", institutionId)
			.map(row -> { catalogue.addMajor(row.get("catalogue_code", String.class), row.get("name", String.class),
					row.get("level", String.class), row.get("id", Long.class)); return 1; })
			.all().then();
		Mono<Void> classes = db.sql("""
				SELECT s.id, s.code, s.college_id, s.major_id, c.name AS college_name, m.catalogue_code, m.name AS major_name, m.level
				FROM school_class s JOIN college c ON c.id = s.college_id JOIN major m ON m.id = s.major_id
				WHERE s.institution_id = :id""")
			.bind("id", institutionId)
			.map(row -> { catalogue.addClass(row.get("code", String.class), new RosterCatalogue.KnownClass(
					row.get("id", Long.class), row.get("college_id", Long.class), row.get("major_id", Long.class),
					row.get("college_name", String.class), row.get("catalogue_code", String.class),
					row.get("major_name", String.class), row.get("level", String.class))); return 1; })
			.all().then();
		return colleges.then(majors).then(classes).thenReturn(catalogue);
	}

	private static ExistingRecord existing(Readable row) {
		return new ExistingRecord(row.get("id", Long.class), row.get("examinee_number", String.class),
				row.get("student_number", String.class), row.get("name", String.class), row.get("gender", String.class),
				row.get("birth_date", LocalDate.class), row.get("id_type", String.class),
				row.get("id_number_index", byte[].class), row.get("id_number_masked", String.class),
				row.get("ethnicity", String.class), row.get("origin_province", String.class), row.get("class_id", Long.class),
				row.get("length_of_schooling", BigDecimal.class), row.get("level", String.class),
				row.get("admission_year", Short.class), row.get("study_mode", String.class),
				row.get("education_category", String.class), row.get("enrolment_date", LocalDate.class),
				row.get("expected_graduation_date", LocalDate.class), row.get("status", String.class));
	}

	private static ImportBatch batch(Readable row) {
		return new ImportBatch(row.get("id", Long.class), row.get("institution_id", Long.class),
				row.get("upload_id", Long.class), row.get("file_name", String.class), row.get("format", String.class),
				row.get("created_by", String.class), row.get("create_missing_reference", Boolean.class),
				ImportBatch.State.valueOf(row.get("state", String.class)),
				new ImportBatch.Counts(row.get("total_rows", Integer.class), row.get("new_rows", Integer.class),
						row.get("changed_rows", Integer.class), row.get("unchanged_rows", Integer.class),
						row.get("invalid_rows", Integer.class)),
				row.get("rows_done", Integer.class), row.get("failure", String.class), row.get("version", Integer.class),
				row.get("created_at", OffsetDateTime.class), row.get("committed_at", OffsetDateTime.class),
				row.get("rolled_back_at", OffsetDateTime.class));
	}

	static Json jsonOf(Object value) {
		return Json.of(json.writeValueAsString(value));
	}

}
