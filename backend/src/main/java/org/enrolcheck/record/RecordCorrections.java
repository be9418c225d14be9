package org.enrolcheck.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.validation.EducationCategory;
import org.enrolcheck.validation.Gender;
import org.enrolcheck.validation.IdType;
import org.enrolcheck.validation.StudyMode;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The door the correction tickets use to write a record: an approved ticket's values go through the
 * registrar's own edit path ({@link RecordEditing}) — the same rules, the same audit row (old → new)
 * and the same version bump, which ends the record's confirmation. Runs inside the caller's
 * transaction, as the caller's viewer (a REGISTRAR).
 */
@Service
public class RecordCorrections {

	private final RecordEditing editing;

	private final DatabaseClient db;

	RecordCorrections(RecordEditing editing, DatabaseClient db) {
		this.editing = editing;
		this.db = db;
	}

	/** What became of a correction's write. */
	public sealed interface Written {

		record Applied(int newVersion) implements Written {
		}

		/** A rule of the record broke (e.g. gender against the ID number); nothing was written. */
		record Refused(List<String> problems) implements Written {
		}

	}

	/**
	 * Writes {@code values} (EnrolmentRecord GraphQL names → canonical values: enum names, ISO dates,
	 * codes, a class code for {@code classCode}, the full ID number for {@code idNumber}).
	 */
	public Mono<Written> apply(long recordId, Map<String, String> values, String reason) {
		return db.sql("SELECT version FROM enrolment_record WHERE id = :id").bind("id", recordId)
			.map(row -> row.get(0, Integer.class)).one()
			.flatMap(version -> classId(recordId, values.get("classCode"))
				.flatMap(classId -> editing.update(GlobalId.encode("EnrolmentRecord", recordId), version, reason,
						changes(values, classId.isEmpty() ? null : classId))))
			.map(edit -> switch (edit) {
				case RecordEdit.Updated updated -> (Written) new Written.Applied(updated.record().version());
				case RecordEdit.Rejected rejected -> new Written.Refused(
						rejected.violations().stream().map(v -> v.field() + ":" + v.code()).toList());
				case RecordEdit.Conflict conflict -> new Written.Refused(List.of("record:VERSION_CONFLICT"));
			});
	}

	private Mono<String> classId(long recordId, String classCode) {
		if (classCode == null) {
			return Mono.just("");
		}
		return db.sql("SELECT s.id FROM school_class s JOIN enrolment_record r ON r.institution_id = s.institution_id"
				+ " WHERE r.id = :record AND s.code = :code")
			.bind("record", recordId).bind("code", classCode)
			.map(row -> GlobalId.encode("SchoolClass", row.get(0, Long.class))).one()
			// an unknown class goes through as an id that matches no class, so the edit reports CLASS_NOT_FOUND
			.defaultIfEmpty(GlobalId.encode("SchoolClass", 0));
	}

	private static RecordChanges changes(Map<String, String> v, String classId) {
		return new RecordChanges(v.get("name"), v.containsKey("gender") ? Gender.valueOf(v.get("gender")) : null,
				date(v.get("birthDate")), v.containsKey("idType") ? IdType.valueOf(v.get("idType")) : null, v.get("idNumber"),
				v.get("ethnicity"), v.get("originProvince"), v.get("studentNumber"), classId,
				v.containsKey("lengthOfSchooling") ? Double.valueOf(v.get("lengthOfSchooling")) : null,
				v.containsKey("studyMode") ? StudyMode.valueOf(v.get("studyMode")) : null,
				v.containsKey("educationCategory") ? EducationCategory.valueOf(v.get("educationCategory")) : null,
				date(v.get("enrolmentDate")), date(v.get("expectedGraduationDate")), null);
	}

	private static LocalDate date(String value) {
		return value == null ? null : LocalDate.parse(value);
	}

}
