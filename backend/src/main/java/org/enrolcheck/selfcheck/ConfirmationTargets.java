package org.enrolcheck.selfcheck;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.enrolcheck.validation.RecordStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Reads a record about to be confirmed: its version, the hash of its main fields and photo (see
 * {@link ContentHash}) and its window in the newest campaign covering it, in one statement.
 */
@Repository
class ConfirmationTargets {

	private final DatabaseClient db;

	ConfirmationTargets(DatabaseClient db) {
		this.db = db;
	}

	/** The record's version, content hash and window; empty when there is no such record. */
	Mono<ConfirmationTarget> target(long recordId) {
		return db.sql("""
				SELECT r.id, r.institution_id, r.version, r.status, r.admission_photo_id,
				       r.examinee_number, r.student_number, r.name, r.gender, to_char(r.birth_date, 'YYYY-MM-DD') AS birth_date,
				       r.id_type, encode(r.id_number_index, 'hex') AS id_index, r.ethnicity, r.origin_province,
				       i.code AS institution_code, m.catalogue_code AS major_code, trim_scale(r.length_of_schooling)::text AS length,
				       r.level, r.admission_year::text AS admission_year, r.study_mode, r.education_category,
				       encode(p.sha256, 'hex') AS photo_sha256, cr.campaign_id, cr.in_scope, cr.opens_at, cr.closes_at
				FROM enrolment_record r
				JOIN institution i ON i.id = r.institution_id
				JOIN major m ON m.id = r.major_id
				LEFT JOIN photo p ON p.id = r.admission_photo_id
				LEFT JOIN LATERAL """ + SelfCheckRepository.CAMPAIGN + """
				 ON true
				WHERE r.id = :id""")
			.bind("id", recordId)
			.map(row -> {
				Map<String, String> values = new LinkedHashMap<>();
				values.put("examineeNumber", row.get("examinee_number", String.class));
				values.put("studentNumber", row.get("student_number", String.class));
				values.put("name", row.get("name", String.class));
				values.put("gender", row.get("gender", String.class));
				values.put("birthDate", row.get("birth_date", String.class));
				values.put("idType", row.get("id_type", String.class));
				values.put("idNumberIndex", row.get("id_index", String.class));
				values.put("ethnicity", row.get("ethnicity", String.class));
				values.put("originProvince", row.get("origin_province", String.class));
				values.put("institution", row.get("institution_code", String.class));
				values.put("major", row.get("major_code", String.class));
				values.put("lengthOfSchooling", row.get("length", String.class));
				values.put("level", row.get("level", String.class));
				values.put("admissionYear", row.get("admission_year", String.class));
				values.put("studyMode", row.get("study_mode", String.class));
				values.put("educationCategory", row.get("education_category", String.class));
				values.put("status", row.get("status", String.class));
				values.put("admissionPhotoSha256", row.get("photo_sha256", String.class));
				return new ConfirmationTarget(row.get("id", Long.class), row.get("institution_id", Long.class),
						row.get("version", Integer.class), RecordStatus.valueOf(row.get("status", String.class)),
						row.get("admission_photo_id", Long.class) != null, ContentHash.of(values),
						row.get("campaign_id", Long.class), Boolean.TRUE.equals(row.get("in_scope", Boolean.class)),
						row.get("opens_at", OffsetDateTime.class), row.get("closes_at", OffsetDateTime.class));
			})
			.one();
	}

}
