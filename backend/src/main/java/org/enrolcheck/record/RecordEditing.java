package org.enrolcheck.record;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enrolcheck.audit.AuditEvent;
import org.enrolcheck.audit.AuditLog;
import org.enrolcheck.db.Where;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.record.RecordEdit.FieldViolation;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.enrolcheck.validation.Checked;
import org.enrolcheck.validation.Ethnicity;
import org.enrolcheck.validation.Gender;
import org.enrolcheck.validation.IdDocumentNumber;
import org.enrolcheck.validation.IdType;
import org.enrolcheck.validation.LengthOfSchooling;
import org.enrolcheck.validation.Masking;
import org.enrolcheck.validation.PersonConsistency;
import org.enrolcheck.validation.PersonName;
import org.enrolcheck.validation.Province;
import org.enrolcheck.validation.ResidentIdNumber;
import org.enrolcheck.validation.StudentNumber;
import org.enrolcheck.validation.Violation;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A REGISTRAR's direct edit of a record: version-checked, every new value checked by the same rules
 * as the roster import, written with its audit row in one transaction. Nothing is written when any
 * rule fails.
 */
@Service
class RecordEditing {

	private static final String[] EDITABLE = { "name", "gender", "birth_date", "id_type", "ethnicity", "origin_province",
			"student_number", "class_id", "college_id", "major_id", "level", "length_of_schooling", "study_mode",
			"education_category", "enrolment_date", "expected_graduation_date", "status" };

	private final DatabaseClient db;

	private final RecordRepository repository;

	private final PersonalDataCipher cipher;

	private final AuditLog audit;

	private final TransactionalOperator transaction;

	private final Clock clock;

	RecordEditing(DatabaseClient db, RecordRepository repository, PersonalDataCipher cipher, AuditLog audit,
			TransactionalOperator transaction, Clock clock) {
		this.db = db;
		this.repository = repository;
		this.cipher = cipher;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	Mono<RecordEdit> update(String recordId, int version, String reason, RecordChanges changes) {
		long id = GlobalId.decode(recordId, "EnrolmentRecord");
		return Viewer.current().flatMap(viewer -> {
			if (!viewer.has(Role.REGISTRAR) || viewer.institutionId() == null) {
				return Mono.error(new ApiException(viewer.isAnonymous() ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN));
			}
			return lock(id, viewer.institutionId())
				.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)))
				.flatMap(stored -> stored.version() != version ? Mono.just((RecordEdit) new RecordEdit.Conflict(stored.version()))
						: newClass(changes.classId(), stored).flatMap(moved -> apply(viewer, stored, reason, changes, moved)))
				.as(transaction::transactional);
		});
	}

	private Mono<RecordEdit> apply(Viewer viewer, StoredRecord stored, String reason, RecordChanges changes,
			Map<String, Object> moved) {
		List<FieldViolation> violations = new ArrayList<>();
		Map<String, Object> set = new LinkedHashMap<>(moved);
		if (changes.classId() != null && moved.isEmpty()) {
			violations.add(new FieldViolation("classId", "CLASS_NOT_FOUND", "班级不存在或不属于本校。",
					"The class does not exist in this institution."));
		}
		if (reason == null || reason.strip().length() < 2) {
			violations.add(new FieldViolation("reason", "REASON_REQUIRED", "请填写修改原因。", "Give a reason for the change."));
		}
		check("name", changes.name(), PersonName.parse(changes.name()), v -> v.value(), set, violations);
		check("ethnicity", changes.ethnicity(), Ethnicity.parse(changes.ethnicity()), Ethnicity::code, set, violations);
		check("originProvince", changes.originProvince(), Province.parse(changes.originProvince()), Province::code, set,
				violations, "origin_province");
		check("studentNumber", changes.studentNumber(), StudentNumber.parse(changes.studentNumber()), v -> v.value(), set,
				violations, "student_number");
		if (changes.lengthOfSchooling() != null) {
			check("lengthOfSchooling", changes.lengthOfSchooling(),
					LengthOfSchooling.ofYears(BigDecimal.valueOf(changes.lengthOfSchooling())), LengthOfSchooling::years, set,
					violations, "length_of_schooling");
		}
		putIfGiven(set, "gender", changes.gender());
		putIfGiven(set, "birth_date", changes.birthDate());
		putIfGiven(set, "id_type", changes.idType());
		putIfGiven(set, "study_mode", changes.studyMode());
		putIfGiven(set, "education_category", changes.educationCategory());
		putIfGiven(set, "enrolment_date", changes.enrolmentDate());
		putIfGiven(set, "expected_graduation_date", changes.expectedGraduationDate());
		putIfGiven(set, "status", changes.status());
		LocalDate enrolled = set.containsKey("enrolment_date") ? (LocalDate) set.get("enrolment_date") : stored.date("enrolment_date");
		LocalDate graduates = set.containsKey("expected_graduation_date") ? (LocalDate) set.get("expected_graduation_date")
				: stored.date("expected_graduation_date");
		if (enrolled != null && graduates != null && !graduates.isAfter(enrolled)) {
			violations.add(new FieldViolation("expectedGraduationDate", "GRADUATION_BEFORE_ENROLMENT",
					"预毕业日期必须晚于入学日期。", "The expected graduation date must be after the enrolment date."));
		}
		String idNumber = stored.idNumber();
		IdType idType = IdType.valueOf((String) set.getOrDefault("id_type", stored.string("id_type")));
		if (changes.idNumber() != null || changes.idType() != null) {
			Checked<String> checked = IdDocumentNumber.parse(idType, changes.idNumber() != null ? changes.idNumber() : idNumber, clock);
			idNumber = record("idNumber", checked, violations);
		}
		consistency(idType, idNumber, set, stored, violations);
		if (!violations.isEmpty()) {
			return Mono.just(new RecordEdit.Rejected(List.copyOf(violations)));
		}
		String newIdNumber = idNumber != null && !idNumber.equals(stored.idNumber()) ? idNumber : null;
		if (set.isEmpty() && newIdNumber == null) {
			return reread(stored.id());
		}
		return studentNumberTaken(stored, set).flatMap(taken -> taken
				? Mono.just(new RecordEdit.Rejected(List.of(new FieldViolation("studentNumber", "STUDENT_NUMBER_TAKEN",
						"学号已被本校其他学籍使用。", "Another record of this institution has this student number."))))
				: write(viewer, stored, reason, set, newIdNumber));
	}

	private Mono<RecordEdit> write(Viewer viewer, StoredRecord stored, String reason, Map<String, Object> set,
			String newIdNumber) {
		Map<String, Object> before = new LinkedHashMap<>();
		Map<String, Object> after = new LinkedHashMap<>();
		set.forEach((column, value) -> {
			before.put(column, String.valueOf(stored.values().get(column)));
			after.put(column, String.valueOf(value));
		});
		List<String> assignments = new ArrayList<>(set.keySet().stream().map(column -> column + " = :" + column).toList());
		if (newIdNumber != null) {
			assignments.add("id_number_cipher = :idCipher, id_number_index = :idIndex, id_number_masked = :idMasked");
			before.put("id_number", Masking.idNumber(stored.idNumber()));
			after.put("id_number", Masking.idNumber(newIdNumber));
		}
		var spec = db.sql("UPDATE enrolment_record SET " + String.join(", ", assignments)
				+ ", version = version + 1, updated_at = now() WHERE id = :id AND version = :version")
			.bind("id", stored.id())
			.bind("version", stored.version());
		for (Map.Entry<String, Object> entry : set.entrySet()) {
			spec = spec.bind(entry.getKey(), entry.getValue());
		}
		if (newIdNumber != null) {
			spec = spec.bind("idCipher", cipher.encryptText(RecordService.ID_NUMBER_COLUMN, newIdNumber))
				.bind("idIndex", cipher.blindIndex(RecordService.ID_NUMBER_COLUMN, newIdNumber))
				.bind("idMasked", Masking.idNumber(newIdNumber));
		}
		return spec.fetch().rowsUpdated()
			.then(audit.write(new AuditEvent(viewer.subject(), "UPDATE_RECORD", "EnrolmentRecord", stored.id(),
					stored.institutionId(), before, after, reason.strip())))
			.then(reread(stored.id()));
	}

	private Mono<RecordEdit> reread(long id) {
		return repository.find(new Where().and("r.id = :id", "id", id)).map(RecordEdit.Updated::new);
	}

	private Mono<StoredRecord> lock(long id, long institutionId) {
		return db.sql("SELECT id, institution_id, version, id_number_cipher, " + String.join(", ", EDITABLE)
				+ " FROM enrolment_record WHERE id = :id AND institution_id = :institution FOR UPDATE")
			.bind("id", id)
			.bind("institution", institutionId)
			.map(row -> new StoredRecord(row.get("id", Long.class), row.get("institution_id", Long.class),
					row.get("version", Integer.class),
					cipher.decryptText(RecordService.ID_NUMBER_COLUMN, row.get("id_number_cipher", byte[].class)),
					StoredRecord.columns(row, EDITABLE)))
			.one();
	}

	/** The class, college, major and level a move to {@code classId} sets; empty when no such class here. */
	private Mono<Map<String, Object>> newClass(String classId, StoredRecord stored) {
		if (classId == null) {
			return Mono.just(Map.of());
		}
		return db.sql("SELECT s.id, s.college_id, s.major_id, m.level FROM school_class s JOIN major m ON m.id = s.major_id"
				+ " WHERE s.id = :id AND s.institution_id = :institution")
			.bind("id", GlobalId.decode(classId, "SchoolClass"))
			.bind("institution", stored.institutionId())
			.map(row -> Map.<String, Object>of("class_id", row.get("id", Long.class), "college_id",
					row.get("college_id", Long.class), "major_id", row.get("major_id", Long.class), "level",
					row.get("level", String.class)))
			.one()
			.defaultIfEmpty(Map.of());
	}

	private Mono<Boolean> studentNumberTaken(StoredRecord stored, Map<String, Object> set) {
		Object studentNumber = set.get("student_number");
		if (studentNumber == null) {
			return Mono.just(false);
		}
		return db.sql("SELECT count(*) FROM enrolment_record WHERE institution_id = :institution AND student_number = :number AND id <> :id")
			.bind("institution", stored.institutionId())
			.bind("number", studentNumber)
			.bind("id", stored.id())
			.map(row -> row.get(0, Long.class) > 0)
			.one();
	}

	/** Gender and birth date must agree with a resident ID, whichever of the three changed. */
	private static void consistency(IdType idType, String idNumber, Map<String, Object> set, StoredRecord stored,
			List<FieldViolation> violations) {
		if (idType != IdType.RESIDENT_ID || idNumber == null) {
			return;
		}
		Gender gender = Gender.valueOf(set.containsKey("gender") ? (String) set.get("gender") : stored.string("gender"));
		LocalDate birthDate = set.containsKey("birth_date") ? (LocalDate) set.get("birth_date") : stored.date("birth_date");
		for (Violation violation : PersonConsistency.check(new ResidentIdNumber(idNumber), gender, birthDate)) {
			String field = violation.code().name().contains("GENDER") ? "gender" : "birthDate";
			violations.add(new FieldViolation(field, violation.code().name(), violation.zh(), violation.en()));
		}
	}

	private static <T> void check(String field, Object given, Checked<T> checked, java.util.function.Function<T, Object> stored,
			Map<String, Object> set, List<FieldViolation> violations, String... column) {
		if (given == null) {
			return;
		}
		T value = record(field, checked, violations);
		if (value != null) {
			set.put(column.length > 0 ? column[0] : field, stored.apply(value));
		}
	}

	private static <T> T record(String field, Checked<T> checked, List<FieldViolation> violations) {
		return switch (checked) {
			case Checked.Valid<T> valid -> valid.value();
			case Checked.Invalid<T> invalid -> {
				invalid.violations()
					.forEach(v -> violations.add(new FieldViolation(field, v.code().name(), v.zh(), v.en())));
				yield null;
			}
		};
	}

	private static void putIfGiven(Map<String, Object> set, String column, Object value) {
		if (value != null) {
			set.put(column, value instanceof Enum<?> constant ? constant.name() : value);
		}
	}

}
