package org.enrolcheck.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;

import io.r2dbc.spi.Readable;
import org.enrolcheck.db.Where;
import org.enrolcheck.graphql.Paging;
import org.enrolcheck.reference.College;
import org.enrolcheck.reference.Institution;
import org.enrolcheck.reference.Major;
import org.enrolcheck.reference.SchoolClass;
import org.enrolcheck.validation.EducationCategory;
import org.enrolcheck.validation.Ethnicity;
import org.enrolcheck.validation.Gender;
import org.enrolcheck.validation.IdType;
import org.enrolcheck.validation.Level;
import org.enrolcheck.validation.Province;
import org.enrolcheck.validation.RecordStatus;
import org.enrolcheck.validation.StudyMode;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Record SQL. A page joins the record's institution, college, major and class, so those relations
 * cost no further statement; photos come in one batch statement.
 */
@Repository
class RecordRepository {

	private static final String SELECT = """
			SELECT r.id, r.examinee_number, r.student_number, r.name, r.gender, r.birth_date, r.id_type,
			       r.id_number_masked, r.ethnicity, r.origin_province, r.length_of_schooling, r.level,
			       r.admission_year, r.study_mode, r.education_category, r.enrolment_date,
			       r.expected_graduation_date, r.status, r.admission_photo_id, r.diploma_photo_id, r.version,
			       r.updated_at, r.class_id,
			       i.id AS i_id, i.code AS i_code, i.name AS i_name,
			       c.id AS c_id, c.code AS c_code, c.name AS c_name,
			       m.id AS m_id, m.college_id AS m_college_id, m.catalogue_code AS m_code, m.name AS m_name,
			       m.level AS m_level, m.length_of_schooling AS m_length,
			       s.id AS s_id, s.college_id AS s_college_id, s.major_id AS s_major_id, s.code AS s_code,
			       s.name AS s_name, s.admission_year AS s_year
			FROM enrolment_record r
			JOIN institution i ON i.id = r.institution_id
			JOIN college c ON c.id = r.college_id
			JOIN major m ON m.id = r.major_id
			JOIN school_class s ON s.id = r.class_id""";

	private final DatabaseClient db;

	RecordRepository(DatabaseClient db) {
		this.db = db;
	}

	Flux<EnrolmentRecord> page(Where where, Paging paging) {
		if (!paging.firstPage()) {
			where.and("(r.class_id, r.student_number, r.id) > (:afterClass, :afterStudent, :afterId)",
					Map.of("afterClass", paging.afterLong("class"), "afterStudent", paging.afterString("student"),
							"afterId", paging.afterLong("id")));
		}
		String sql = SELECT + where.sql() + " ORDER BY r.class_id, r.student_number, r.id LIMIT :limit";
		return where.bindTo(db.sql(sql)).bind("limit", paging.limit() + 1).map(RecordRepository::record).all();
	}

	/** Every record matching, in roster order, as a stream (for exports). */
	Flux<EnrolmentRecord> all(Where where) {
		return where.bindTo(db.sql(SELECT + where.sql() + " ORDER BY r.class_id, r.student_number, r.id"))
			.map(RecordRepository::record).all();
	}

	Mono<EnrolmentRecord> find(Where where) {
		return where.bindTo(db.sql(SELECT + where.sql())).map(RecordRepository::record).one();
	}

	Flux<Photo> photos(Collection<Long> ids) {
		return db.sql("SELECT id, sha256, content_type, width, height, byte_size FROM photo WHERE id = ANY(:ids)")
			.bind("ids", ids.toArray(Long[]::new))
			.map(row -> new Photo(row.get("id", Long.class), java.util.HexFormat.of().formatHex(row.get("sha256", byte[].class)),
					row.get("content_type", String.class), row.get("width", Integer.class), row.get("height", Integer.class),
					row.get("byte_size", Integer.class)))
			.all();
	}

	Mono<byte[]> idNumberCipher(long recordId) {
		return db.sql("SELECT id_number_cipher FROM enrolment_record WHERE id = :id")
			.bind("id", recordId)
			.map(row -> row.get(0, byte[].class))
			.one();
	}

	static Map<String, Object> cursorKeys(EnrolmentRecord record) {
		return Map.of("class", record.schoolClass().id(), "student", record.studentNumber(), "id", record.id());
	}

	private static EnrolmentRecord record(Readable row) {
		Institution institution = new Institution(row.get("i_id", Long.class), row.get("i_code", String.class),
				row.get("i_name", String.class));
		College college = new College(row.get("c_id", Long.class), institution.id(), row.get("c_code", String.class),
				row.get("c_name", String.class));
		Major major = new Major(row.get("m_id", Long.class), institution.id(), row.get("m_college_id", Long.class),
				row.get("m_code", String.class), row.get("m_name", String.class), Level.valueOf(row.get("m_level", String.class)),
				row.get("m_length", java.math.BigDecimal.class).doubleValue());
		SchoolClass schoolClass = new SchoolClass(row.get("s_id", Long.class), institution.id(),
				row.get("s_college_id", Long.class), row.get("s_major_id", Long.class), row.get("s_code", String.class),
				row.get("s_name", String.class), row.get("s_year", Short.class));
		return new EnrolmentRecord(row.get("id", Long.class), institution, college, major, schoolClass,
				row.get("examinee_number", String.class), row.get("student_number", String.class),
				row.get("name", String.class), Gender.valueOf(row.get("gender", String.class)),
				row.get("birth_date", LocalDate.class), IdType.valueOf(row.get("id_type", String.class)),
				row.get("id_number_masked", String.class), Ethnicity.ofCode(row.get("ethnicity", String.class)).orElseThrow(),
				Province.ofCode(row.get("origin_province", String.class)).orElseThrow(),
				row.get("length_of_schooling", java.math.BigDecimal.class).doubleValue(),
				Level.valueOf(row.get("level", String.class)), row.get("admission_year", Short.class),
				StudyMode.valueOf(row.get("study_mode", String.class)),
				EducationCategory.valueOf(row.get("education_category", String.class)),
				row.get("enrolment_date", LocalDate.class), row.get("expected_graduation_date", LocalDate.class),
				RecordStatus.valueOf(row.get("status", String.class)), row.get("admission_photo_id", Long.class),
				row.get("diploma_photo_id", Long.class), row.get("version", Integer.class),
				row.get("updated_at", OffsetDateTime.class));
	}

}
