package org.enrolcheck.selfcheck;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrolcheck.selfcheck.SelfCheckFixtures.input;

/** Staff confirm on a student's behalf (代确认) within their scope; the student is asked to confirm again. */
@EnrolCheckTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssistedConfirmationTests {

	private static final int YEAR = 2051;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	RecordFixtures records;

	@Autowired
	TestTokens tokens;

	SelfCheckFixtures fixtures;

	long institution;

	long college;

	long schoolClass;

	long otherCollege;

	long otherClass;

	@BeforeAll
	void setUp() {
		fixtures = new SelfCheckFixtures(db, cipher, records, http);
		institution = db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class)).one().block();
		Map<String, Object> place = db.sql("SELECT id, college_id FROM school_class WHERE code = '2025010101'").fetch().one().block();
		schoolClass = (Long) place.get("id");
		college = (Long) place.get("college_id");
		otherCollege = db.sql("SELECT id FROM college WHERE id <> :college ORDER BY id LIMIT 1").bind("college", college)
			.map(row -> row.get(0, Long.class)).one().block();
		otherClass = db.sql("SELECT id FROM school_class WHERE id <> :class ORDER BY id LIMIT 1").bind("class", schoolClass)
			.map(row -> row.get(0, Long.class)).one().block();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
		fixtures.campaign(YEAR, now.minusDays(1), now.plusDays(10));
	}

	@Test
	void aCounsellorConfirmsForAStudentWhoIsThenAskedToConfirmAgain() throws Exception {
		long record = fixtures.record(21, "杨梓萱", YEAR);
		fixtures.photo(record);
		long account = fixtures.account(21, "杨梓萱");
		HttpGraphQlTester counsellor = staff(Role.COUNSELLOR, List.of(), List.of(schoolClass));

		assist(counsellor, record, null, "学生在外实习，电话确认无误", "assist-key-001")
			.path("recordAssistedConfirmation.__typename").entity(String.class).isEqualTo("RecordAssistedConfirmationSuccess")
			.path("recordAssistedConfirmation.confirmations[*].subject").entityList(String.class)
			.satisfies(subjects -> assertThat(subjects).containsExactlyInAnyOrder("RECORD", "ADMISSION_PHOTO"))
			.path("recordAssistedConfirmation.confirmations[0].assisted").entity(Boolean.class).isEqualTo(true)
			.path("recordAssistedConfirmation.confirmations[0].assistedBy").entity(String.class).isEqualTo("counsellor-1")
			.path("recordAssistedConfirmation.confirmations[0].assistedReason").entity(String.class).isEqualTo("学生在外实习，电话确认无误")
			.path("recordAssistedConfirmation.record.selfCheck.needsReconfirmation").entity(Boolean.class).isEqualTo(true);
		assertThat(fixtures.count("SELECT count(*) FROM audit_event WHERE entity_id = :record AND action = 'ASSISTED_CONFIRMATION'"
				+ " AND reason = '学生在外实习，电话确认无误'", record)).isEqualTo(1);
		assertThat(fixtures.count("SELECT count(*) FROM inbox_message WHERE account_id = :record AND topic = 'ASSISTED_CONFIRMATION'",
				account)).isEqualTo(1);

		// the student sees that it was assisted (not by whom) and has to confirm both again
		HttpGraphQlTester student = graphQl.mutate().header("Authorization", fixtures.login(21)).build();
		student.documentName("selfCheckMe").execute()
			.path("me.pendingTasks[*].kind").entityList(String.class).containsExactly("RECONFIRM", "RECONFIRM")
			.path("me.pendingTasks[*].reconfirmReason").entityList(String.class).satisfies(reasons -> assertThat(reasons).containsOnly("ASSISTED"))
			.path("me.records[0].selfCheck.needsReconfirmation").entity(Boolean.class).isEqualTo(true)
			.path("me.records[0].selfCheck.finished").entity(Boolean.class).isEqualTo(true)
			.path("me.records[0].selfCheck.recordConfirmation.assisted").entity(Boolean.class).isEqualTo(true)
			.path("me.records[0].selfCheck.recordConfirmation.assistedBy").valueIsNull()
			.path("me.records[0].selfCheck.recordConfirmation.assistedReason").valueIsNull();

		// the student's own confirmation takes the place of the assisted one (one row per version)
		student.documentName("confirmRecord").variable("input", input(record, 0, "own-key-0001")).execute()
			.path("confirmRecord.confirmation.assisted").entity(Boolean.class).isEqualTo(false);
		assertThat(fixtures.count("SELECT count(*) FROM confirmation WHERE record_id = :record AND subject = 'RECORD'", record))
			.isEqualTo(1);
		student.documentName("selfCheckMe").execute()
			.path("me.pendingTasks[*].subject").entityList(String.class).containsExactly("ADMISSION_PHOTO");

		// assisting what the student confirmed themselves is refused; the photo is still open to it
		assist(counsellor, record, "RECORD", "再次代确认", "assist-key-002")
			.path("recordAssistedConfirmation.code").entity(String.class).isEqualTo("ALREADY_CONFIRMED_BY_STUDENT");
	}

	@Test
	void staffOutsideTheirScopeAreRefusedAndStudentsMayNotAssist() {
		long record = fixtures.record(22, "何志强", YEAR);
		fixtures.account(22, "何志强");
		for (HttpGraphQlTester outside : List.of(staff(Role.COUNSELLOR, List.of(), List.of(otherClass)),
				staff(Role.COLLEGE_ADMIN, List.of(otherCollege), List.of()))) {
			assist(outside, record, null, "越权代确认", "scope-key-001").errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
		}
		assist(graphQl.mutate().header("Authorization", fixtures.login(22)).build(), record, null, "学生自己代确认",
				"scope-key-002").errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
		assertThat(fixtures.count("SELECT count(*) FROM confirmation WHERE record_id = :record", record)).isZero();

		HttpGraphQlTester collegeAdmin = staff(Role.COLLEGE_ADMIN, List.of(college), List.of());
		Map<String, Object> stale = new HashMap<>(input(record, 7, "scope-key-005"));
		stale.put("reason", "按旧版本代确认");
		collegeAdmin.documentName("assistedConfirmation").variable("input", stale).execute()
			.path("recordAssistedConfirmation.__typename").entity(String.class).isEqualTo("VersionConflict")
			.path("recordAssistedConfirmation.currentVersion").entity(Integer.class).isEqualTo(0);
		assertThat(fixtures.count("SELECT count(*) FROM confirmation WHERE record_id = :record", record)).isZero();
		assist(collegeAdmin, record, "RECORD", "x", "scope-key-003")
			.path("recordAssistedConfirmation.fieldErrors[0].code").entity(String.class).isEqualTo("REASON_REQUIRED");
		assist(collegeAdmin, record, "RECORD", "学生不会使用手机", "scope-key-004")
			.path("recordAssistedConfirmation.confirmations[0].assistedBy").entity(String.class).isEqualTo("college_admin-1");
		assist(collegeAdmin, record, "RECORD", "学生不会使用手机", "scope-key-004")
			.path("recordAssistedConfirmation.confirmations[0].subject").entity(String.class).isEqualTo("RECORD");
		assist(collegeAdmin, record, "RECORD", "另一个原因", "scope-key-004")
			.path("recordAssistedConfirmation.__typename").entity(String.class).isEqualTo("IdempotencyKeyReused");
		assertThat(fixtures.count("SELECT count(*) FROM confirmation WHERE record_id = :record", record)).isEqualTo(1);
		assertThat(fixtures.count("SELECT count(*) FROM audit_event WHERE entity_id = :record AND action = 'ASSISTED_CONFIRMATION'",
				record)).isEqualTo(1);

		// staff reading the record see who assisted and why, and get no confirm button of their own
		collegeAdmin.documentName("selfCheckRecord").variable("id", SelfCheckFixtures.recordId(record)).execute()
			.path("record.selfCheck.recordConfirmation.assistedBy").entity(String.class).isEqualTo("college_admin-1")
			.path("record.selfCheck.recordConfirmation.assistedReason").entity(String.class).isEqualTo("学生不会使用手机")
			.path("record.selfCheck.needsReconfirmation").entity(Boolean.class).isEqualTo(true)
			.path("record.selfCheck.canConfirm").entity(Boolean.class).isEqualTo(false);
	}

	private GraphQlTester.Response assist(HttpGraphQlTester who, long record, String subject, String reason, String key) {
		Map<String, Object> input = new HashMap<>(input(record, 0, key));
		input.put("reason", reason);
		if (subject != null) {
			input.put("subject", subject);
		}
		return who.documentName("assistedConfirmation").variable("input", input).execute();
	}

	private HttpGraphQlTester staff(Role role, List<Long> colleges, List<Long> classes) {
		return graphQl.mutate().header("Authorization", tokens.staff(role, institution, colleges, classes)).build();
	}

}
