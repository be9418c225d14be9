package org.enrolcheck.record;

import java.util.List;
import java.util.Map;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A registrar's direct edits: checked, version-guarded, audited, and all-or-nothing. */
@EnrolCheckTest
class RecordEditingTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TestTokens tokens;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	DatabaseClient db;

	long institution;

	long recordId;

	String id;

	@BeforeEach
	void oneRecord() {
		institution = db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class)).one().block();
		String studentNumber = "S" + System.nanoTime() % 1_000_000_000L;
		// 11010519491231002X: female, born 1949-12-31
		recordId = fixtures.add("2025010101", "李梅", studentNumber, RecordFixtures.IDS.get(0));
		id = GlobalId.encode("EnrolmentRecord", recordId);
	}

	@Test
	void aRegistrarChangesANameAndTheAuditTrailKeepsBothValues() {
		registrar().documentName("updateRecord").variable("input", input(0, Map.of("name", "李玫"))).execute()
			.path("updateEnrolmentRecord.__typename").entity(String.class).isEqualTo("UpdateEnrolmentRecordSuccess")
			.path("updateEnrolmentRecord.record.name").entity(String.class).isEqualTo("李玫")
			.path("updateEnrolmentRecord.record.version").entity(Integer.class).isEqualTo(1);
		Map<String, Object> audit = db.sql("SELECT actor, action, before::text, after::text, reason FROM audit_event WHERE entity_id = :id AND action = 'UPDATE_RECORD'")
			.bind("id", recordId).fetch().one().block();
		assertThat(audit).containsEntry("actor", "registrar-1").containsEntry("reason", "学生提供户口本");
		assertThat((String) audit.get("before")).contains("李梅");
		assertThat((String) audit.get("after")).contains("李玫");
	}

	@Test
	void aStaleVersionIsAConflictAndChangesNothing() {
		registrar().documentName("updateRecord").variable("input", input(0, Map.of("name", "李玫"))).execute();
		registrar().documentName("updateRecord").variable("input", input(0, Map.of("name", "李美"))).execute()
			.path("updateEnrolmentRecord.__typename").entity(String.class).isEqualTo("VersionConflict")
			.path("updateEnrolmentRecord.currentVersion").entity(Integer.class).isEqualTo(1);
		assertThat(stored("name")).isEqualTo("李玫");
	}

	@Test
	void everyBrokenRuleIsReportedAndNothingIsWritten() {
		registrar().documentName("updateRecord")
			.variable("input", input(0, Map.of("name", "李 梅1", "gender", "MALE", "ethnicity", "火星族")))
			.execute()
			.path("updateEnrolmentRecord.__typename").entity(String.class).isEqualTo("ValidationFailed")
			.path("updateEnrolmentRecord.fieldErrors[*].code").entityList(String.class)
			.contains("NAME_INNER_SPACE", "NAME_DIGIT", "ETHNICITY_UNKNOWN", "ID_GENDER_MISMATCH");
		assertThat(stored("name")).isEqualTo("李梅");
		assertThat(stored("version")).isEqualTo(0);
		assertThat(db.sql("SELECT count(*) FROM audit_event WHERE entity_id = :id").bind("id", recordId)
			.map(row -> row.get(0, Long.class)).one().block()).isZero();
	}

	@Test
	void aNewIdNumberIsCheckedAgainstGenderAndBirthDate() {
		// 11010119900307803X is a man born 1990-03-07: the record still says female, 1949-12-31
		registrar().documentName("updateRecord").variable("input", input(0, Map.of("idNumber", "11010119900307803x")))
			.execute()
			.path("updateEnrolmentRecord.fieldErrors[*].code").entityList(String.class)
			.contains("ID_GENDER_MISMATCH", "ID_BIRTH_DATE_MISMATCH");
		registrar().documentName("updateRecord")
			.variable("input", input(0, Map.of("idNumber", "11010119900307803x", "gender", "MALE", "birthDate", "1990-03-07")))
			.execute()
			.path("updateEnrolmentRecord.__typename").entity(String.class).isEqualTo("UpdateEnrolmentRecordSuccess");
		assertThat(stored("id_number_masked")).isEqualTo("110***********803X");
	}

	@Test
	void movingToAnotherClassMovesCollegeAndMajorToo() {
		String classId = GlobalId.encode("SchoolClass",
				db.sql("SELECT id FROM school_class WHERE code = '2025020101'").map(row -> row.get(0, Long.class)).one().block());
		registrar().documentName("updateRecord").variable("input", input(0, Map.of("classId", classId))).execute()
			.path("updateEnrolmentRecord.record.classCode").entity(String.class).isEqualTo("2025020101")
			.path("updateEnrolmentRecord.record.college.code").entity(String.class).isEqualTo("02");
	}

	@Test
	void onlyARegistrarMayEdit() {
		long college = db.sql("SELECT id FROM college WHERE code = '01'").map(row -> row.get(0, Long.class)).one().block();
		for (Role role : List.of(Role.COLLEGE_ADMIN, Role.COUNSELLOR, Role.STUDENT, Role.ANALYST, Role.SUPPORT)) {
			graphQl.mutate().header("Authorization", tokens.staff(role, institution, List.of(college), List.of())).build()
				.documentName("updateRecord").variable("input", input(0, Map.of("name", "李玫"))).execute()
				.errors().satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
		}
		assertThat(stored("name")).isEqualTo("李梅");
	}

	@Test
	void theFullIdNumberIsShownOnlyWithAReasonAndTheReadIsAudited() {
		registrar().documentName("revealIdNumber").variable("input", Map.of("recordId", id, "reason", "查")).execute()
			.path("revealIdNumber.__typename").entity(String.class).isEqualTo("ValidationFailed");
		registrar().documentName("revealIdNumber").variable("input", Map.of("recordId", id, "reason", "核对身份证复印件"))
			.execute()
			.path("revealIdNumber.idNumber").entity(String.class).isEqualTo("11010519491231002X");
		assertThat(db.sql("SELECT reason FROM audit_event WHERE entity_id = :id AND action = 'REVEAL_ID_NUMBER'")
			.bind("id", recordId).map(row -> row.get(0, String.class)).all().collectList().block())
			.containsExactly("核对身份证复印件");
		graphQl.mutate().header("Authorization", tokens.staff(Role.COUNSELLOR, institution, List.of(), List.of())).build()
			.documentName("revealIdNumber").variable("input", Map.of("recordId", id, "reason", "核对身份证复印件")).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
	}

	@Test
	void theIdNumberIsMaskedInQueriesAndEncryptedAtRest() {
		registrar().documentName("record").variable("id", id).execute()
			.path("record.idNumber").entity(String.class).isEqualTo("110***********002X")
			.path("record.ethnicity.name").entity(String.class).isEqualTo("汉族")
			.path("record.originProvince.name").entity(String.class).isEqualTo("重庆市");
		byte[] cipher = db.sql("SELECT id_number_cipher FROM enrolment_record WHERE id = :id").bind("id", recordId)
			.map(row -> row.get(0, byte[].class)).one().block();
		assertThat(new String(cipher, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("19491231");
		Long found = db.sql("SELECT count(*) FROM enrolment_record WHERE id_number_index = :index")
			.bind("index", new org.enrolcheck.privacy.PersonalDataCipher(
					org.enrolcheck.privacy.DataKeys.fromBase64(EnrolCheckTest.TEST_DATA_KEY))
				.blindIndex("enrolment_record.id_number", "11010519491231002X"))
			.map(row -> row.get(0, Long.class)).one().block();
		assertThat(found).isPositive();
	}

	private HttpGraphQlTester registrar() {
		return graphQl.mutate().header("Authorization", tokens.staff(Role.REGISTRAR, institution, List.of(), List.of())).build();
	}

	private Map<String, Object> input(int version, Map<String, Object> changes) {
		return Map.of("id", id, "version", version, "reason", "学生提供户口本", "changes", changes);
	}

	private Object stored(String column) {
		return db.sql("SELECT " + column + " FROM enrolment_record WHERE id = :id").bind("id", recordId)
			.map(row -> row.get(0)).one().block();
	}

}
