package org.enrolcheck.importing;

/**
 * The set-based statements that apply the staged CHANGED rows of a roster (NEW rows are COPYed
 * straight into their tables by {@link NewRecordCopy}). Order matters: snapshots are taken before the
 * update overwrites them.
 */
final class ImportMerge {

	private ImportMerge() {
	}

	static final String SNAPSHOT = """
			INSERT INTO import_row_change (batch_id, row_number, kind, examinee_number, record_id, diffs, before)
			SELECT :batch, st.row_number, st.kind, st.examinee_number, st.record_id, st.diffs,
			       CASE WHEN st.kind = 'CHANGED' THEN to_jsonb(r) END
			FROM roster_staging st LEFT JOIN enrolment_record r ON r.id = st.record_id""";

	static final String UPDATE = """
			UPDATE enrolment_record r SET
			    name = st.name, gender = st.gender, birth_date = st.birth_date, id_type = st.id_type,
			    id_number_cipher = CASE WHEN r.id_number_index = st.id_index THEN r.id_number_cipher ELSE st.id_cipher END,
			    id_number_index = st.id_index, id_number_masked = st.id_masked, ethnicity = st.ethnicity,
			    origin_province = st.origin_province, class_id = s.id, college_id = s.college_id, major_id = s.major_id,
			    length_of_schooling = st.length_of_schooling, level = st.level, admission_year = st.admission_year,
			    study_mode = st.study_mode, education_category = st.education_category, enrolment_date = st.enrolment_date,
			    expected_graduation_date = st.expected_graduation_date, status = st.status, import_batch_id = :batch,
			    version = r.version + 1, updated_at = now()
			FROM roster_staging st JOIN school_class s ON s.institution_id = :institution AND s.code = st.class_code
			WHERE st.kind = 'CHANGED' AND r.id = st.record_id""";

	static final String AUDIT = """
			INSERT INTO audit_event (actor, action, entity_type, entity_id, institution_id, before, after, reason)
			SELECT :actor, CASE st.kind WHEN 'NEW' THEN 'IMPORT_CREATE' ELSE 'IMPORT_UPDATE' END, 'EnrolmentRecord', r.id,
			       :institution,
			       CASE WHEN st.kind = 'CHANGED' THEN
			           (SELECT jsonb_object_agg(d ->> 'field', d -> 'before') FROM jsonb_array_elements(st.diffs) d) END,
			       (SELECT jsonb_object_agg(d ->> 'field', d -> 'after') FROM jsonb_array_elements(st.diffs) d),
			       'import batch ' || :batch
			FROM roster_staging st
			JOIN enrolment_record r ON r.institution_id = :institution AND r.examinee_number = st.examinee_number""";

	static final String MISSING_COLLEGES = """
			INSERT INTO college (institution_id, code, name)
			SELECT DISTINCT :institution, 'X' || substr(md5(n), 1, 8), n FROM unnest(:names::text[]) AS n
			ON CONFLICT DO NOTHING""";

	static final String MISSING_MAJORS = """
			INSERT INTO major (institution_id, college_id, catalogue_code, name, level, length_of_schooling)
			SELECT DISTINCT ON (t.code, t.level) :institution, c.id, t.code, t.name, t.level, t.years
			FROM unnest(:colleges::text[], :codes::text[], :names::text[], :levels::text[], :years::numeric[])
			     AS t(college, code, name, level, years)
			JOIN college c ON c.institution_id = :institution AND c.name = t.college
			ON CONFLICT DO NOTHING""";

	static final String MISSING_CLASSES = """
			INSERT INTO school_class (institution_id, college_id, major_id, code, name, admission_year)
			SELECT DISTINCT ON (t.code) :institution, m.college_id, m.id, t.code, t.name, t.year
			FROM unnest(:codes::text[], :majorCodes::text[], :levels::text[], :names::text[], :years::smallint[])
			     AS t(code, major_code, level, name, year)
			JOIN major m ON m.institution_id = :institution AND m.catalogue_code = t.major_code AND m.level = t.level
			ON CONFLICT DO NOTHING""";

}
