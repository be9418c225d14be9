package org.enrolcheck.importing;

import org.enrolcheck.security.Viewer;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Undoes a committed batch in one transaction while none of its records changed since: CHANGED records
 * get their snapshots back, NEW records are deleted, and each gets an IMPORT_ROLLBACK audit event with
 * what it held. NEW rows are found in import_row_change (batches committed before V18) or in
 * import_new_rows with their fields in the records' IMPORT_CREATE events.
 */
@Component
class ImportRollback {

	private final DatabaseClient db;

	private final ImportRepository repository;

	private final TransactionalOperator transaction;

	ImportRollback(DatabaseClient db, ImportRepository repository, TransactionalOperator transaction) {
		this.db = db;
		this.repository = repository;
		this.transaction = transaction;
	}

	Mono<ImportOutcome> rollback(Viewer viewer, ImportBatch batch, String reason) {
		long institution = batch.institutionId();
		return ImportCommit.lock(db, institution)
			.then(db.sql("""
					SELECT (SELECT count(*) FROM import_row_change c
					        JOIN enrolment_record r ON r.institution_id = :institution AND r.examinee_number = c.examinee_number
					        WHERE c.batch_id = :batch AND (r.import_batch_id IS DISTINCT FROM :batch OR r.updated_at > :committedAt))
					     + (SELECT count(*) FROM import_new_rows n, unnest(n.record_ids) AS i(id)
					        JOIN enrolment_record r ON r.id = i.id
					        WHERE n.batch_id = :batch AND (r.import_batch_id IS DISTINCT FROM :batch OR r.updated_at > :committedAt))""")
				.bind("institution", institution).bind("batch", batch.id()).bind("committedAt", batch.committedAt())
				.map(row -> row.get(0, Long.class)).one())
			.flatMap(touched -> touched > 0
					? Mono.just((ImportOutcome) new ImportOutcome.WrongState("BATCH_RECORDS_IN_USE",
							"该批次的 " + touched + " 条学籍在导入后已被修改，不能回滚。",
							touched + " records of this batch changed after the import; it cannot be rolled back.",
							batch.state()))
					: undo(viewer, batch, reason))
			.as(transaction::transactional);
	}

	private Mono<ImportOutcome> undo(Viewer viewer, ImportBatch batch, String reason) {
		return db.sql("""
				INSERT INTO audit_event (actor, action, entity_type, entity_id, institution_id, before, after, reason)
				SELECT :actor, 'IMPORT_ROLLBACK', 'EnrolmentRecord', r.id, :institution,
				       (SELECT jsonb_object_agg(d ->> 'field', d -> 'after') FROM jsonb_array_elements(c.diffs) d),
				       CASE WHEN c.kind = 'CHANGED' THEN
				           (SELECT jsonb_object_agg(d ->> 'field', d -> 'before') FROM jsonb_array_elements(c.diffs) d) END,
				       :reason
				FROM import_row_change c
				JOIN enrolment_record r ON r.institution_id = :institution AND r.examinee_number = c.examinee_number
				WHERE c.batch_id = :batch""")
			.bind("actor", viewer.subject()).bind("institution", batch.institutionId()).bind("batch", batch.id())
			.bind("reason", reason)
			.then()
			// NEW rows of batches committed since V18: their fields as created are their IMPORT_CREATE events
			.then(db.sql("""
					INSERT INTO audit_event (actor, action, entity_type, entity_id, institution_id, before, reason)
					SELECT :actor, 'IMPORT_ROLLBACK', 'EnrolmentRecord', r.id, :institution, a.after, :reason
					FROM import_new_rows n, unnest(n.record_ids) AS i(id)
					JOIN enrolment_record r ON r.id = i.id
					LEFT JOIN audit_event a ON a.entity_type = 'EnrolmentRecord' AND a.entity_id = r.id
					     AND a.action = 'IMPORT_CREATE'
					WHERE n.batch_id = :batch""")
				.bind("actor", viewer.subject()).bind("institution", batch.institutionId()).bind("batch", batch.id())
				.bind("reason", reason)
				.then())
			.then(db.sql("""
					UPDATE enrolment_record r SET
					    student_number = b.student_number, name = b.name, gender = b.gender, birth_date = b.birth_date,
					    id_type = b.id_type, id_number_cipher = b.id_number_cipher, id_number_index = b.id_number_index,
					    id_number_masked = b.id_number_masked, ethnicity = b.ethnicity, origin_province = b.origin_province,
					    class_id = b.class_id, college_id = b.college_id, major_id = b.major_id,
					    length_of_schooling = b.length_of_schooling, level = b.level, admission_year = b.admission_year,
					    study_mode = b.study_mode, education_category = b.education_category,
					    enrolment_date = b.enrolment_date, expected_graduation_date = b.expected_graduation_date,
					    status = b.status, import_batch_id = b.import_batch_id,
					    -- the content is exactly that version again, so its number and time come back too
					    version = b.version, updated_at = b.updated_at
					FROM import_row_change c, jsonb_populate_record(NULL::enrolment_record, c.before) b
					WHERE c.batch_id = :batch AND c.kind = 'CHANGED' AND r.id = c.record_id""")
				.bind("batch", batch.id()).then())
			.then(db.sql("""
					DELETE FROM enrolment_record r USING import_row_change c
					WHERE c.batch_id = :batch AND c.kind = 'NEW' AND r.institution_id = :institution
					  AND r.examinee_number = c.examinee_number AND r.import_batch_id = :batch""")
				.bind("batch", batch.id()).bind("institution", batch.institutionId()).then())
			.then(db.sql("""
					DELETE FROM enrolment_record r USING import_new_rows n, unnest(n.record_ids) AS i(id)
					WHERE n.batch_id = :batch AND r.id = i.id AND r.institution_id = :institution
					  AND r.import_batch_id = :batch""")
				.bind("batch", batch.id()).bind("institution", batch.institutionId()).then())
			.then(db.sql("UPDATE import_batch SET state = 'ROLLED_BACK', rolled_back_at = now(), updated_at = now(),"
					+ " version = version + 1 WHERE id = :id").bind("id", batch.id()).then())
			.then(repository.batch(batch.id(), batch.institutionId()))
			.map(ImportOutcome.RolledBack::new);
	}

}
