-- Cheaper writes of enrolment_record and of a roster import's trail, without weaker integrity.
-- Measured with RosterImportBenchmark (100,000 rows): each foreign key checked per row cost about
-- 0.5 s per 100,000 rows of COPY, each index about 0.15 s (infra/bench/README.md).

-- 1. One composite foreign key instead of four (institution, college, major, class). It is stronger
--    than before: a record's college and major must be those of its class, in its institution (every
--    writer already takes all three from the class: the import, the record edit's class move, the
--    fixtures and the benchmark data). school_class needs a unique key on those columns to be referred
--    to; (id, ...) is unique anyway because id is.
ALTER TABLE school_class
    ADD CONSTRAINT school_class_placement_key UNIQUE (id, major_id, college_id, institution_id);
ALTER TABLE enrolment_record
    DROP CONSTRAINT enrolment_record_institution_id_fkey,
    DROP CONSTRAINT enrolment_record_college_id_fkey,
    DROP CONSTRAINT enrolment_record_major_id_fkey,
    DROP CONSTRAINT enrolment_record_class_id_fkey,
    ADD CONSTRAINT enrolment_record_placement_fk FOREIGN KEY (class_id, major_id, college_id, institution_id)
        REFERENCES school_class (id, major_id, college_id, institution_id);
-- school_class keeps its own keys to institution, college and major, so the chain still ends in real rows.

-- 2. import_batch_id: the foreign key stays (one cheap check per row; a record never names a batch that
--    does not exist). Its partial index goes: it served only the import's read-back of the new ids,
--    which now are allocated before the COPY, and the batch's new records are listed in
--    import_new_rows below; import_batch rows are never deleted, so the key needs no index either.
DROP INDEX enrolment_record_batch_idx;

-- 3. audit_event had two indexes on one object's trail; every query reads it newest first by id
--    (audit/AuditRepository), which V16's (entity_type, entity_id, id DESC) serves. V1's one, ordered by
--    occurred_at, only cost a write per event.
DROP INDEX audit_event_entity_idx;

-- 4. The NEW rows of a committed batch, a chunk of rows per table row instead of one row each in
--    import_row_change (100,000 rows with their JSON diffs cost about 1.2 s of a commit). Their fields
--    as created are the IMPORT_CREATE audit event of each record, written in the same transaction and
--    never changed, so the batch's change list reads them from there, before and after a rollback.
--    row_numbers and record_ids are parallel arrays in file order; first_row/last_row bound a chunk.
CREATE TABLE import_new_rows (
    batch_id     bigint    NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    first_row    integer   NOT NULL,
    last_row     integer   NOT NULL,
    row_numbers  integer[] NOT NULL,
    record_ids   bigint[]  NOT NULL,
    CHECK (cardinality(row_numbers) = cardinality(record_ids) AND first_row <= last_row),
    PRIMARY KEY (batch_id, first_row)
);
