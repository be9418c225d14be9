package org.enrolcheck.selfcheck;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import static org.enrolcheck.selfcheck.SelfCheckFixtures.recordId;

/** A student confirms their record and photo in an open campaign; a later change asks again. */
@EnrolCheckTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfirmationTests {

	private static final int YEAR = 2031;

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

	OffsetDateTime closes;

	@BeforeAll
	void campaign() {
		fixtures = new SelfCheckFixtures(db, cipher, records, http);
		institution = db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class)).one().block();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
		closes = now.plusDays(10).withNano(0);
		fixtures.campaign(YEAR, now.minusDays(1), closes);
	}

	@Test
	void aStudentConfirmsRecordAndPhotoAndAChangeAsksAgain() throws Exception {
		long record = fixtures.record(1, "周一鸣", YEAR);
		fixtures.photo(record);
		long account = fixtures.account(1, "周一鸣");
		HttpGraphQlTester student = as(fixtures.login(1));

		GraphQlTester.Response before = student.documentName("selfCheckMe").execute();
		before.path("me.pendingTasks[*].kind").entityList(String.class).containsExactly("CONFIRM_RECORD", "CONFIRM_PHOTO")
			.path("me.pendingTasks[0].recordId").entity(String.class).isEqualTo(recordId(record))
			.path("me.pendingTasks[0].deadline").entity(OffsetDateTime.class)
			.satisfies(deadline -> assertThat(deadline.toInstant()).isEqualTo(closes.toInstant()))
			.path("me.records[0].selfCheck.state").entity(String.class).isEqualTo("OPEN")
			.path("me.records[0].selfCheck.canConfirm").entity(Boolean.class).isEqualTo(true)
			.path("me.records[0].selfCheck.finished").entity(Boolean.class).isEqualTo(false)
			.path("me.records[0].selfCheck.photoRequired").entity(Boolean.class).isEqualTo(true)
			.path("me.records[0].selfCheck.fieldsToCheck[?(@.name == 'name')].main").entityList(Boolean.class).containsExactly(true)
			.path("me.records[0].selfCheck.fieldsToCheck[?(@.name == 'classCode')].main").entityList(Boolean.class).containsExactly(false)
			.path("me.records[0].selfCheck.recordConfirmation").valueIsNull();
		int version = before.path("me.records[0].version").entity(Integer.class).get();

		GraphQlTester.Response confirmed = confirm(student, "confirmRecord", input(record, version, "key-record-0001"));
		String firstHash = confirmed.path("confirmRecord.confirmation.contentHash").entity(String.class).get();
		confirmed.path("confirmRecord.__typename").entity(String.class).isEqualTo("ConfirmRecordSuccess")
			.path("confirmRecord.confirmation.recordVersion").entity(Integer.class).isEqualTo(version)
			.path("confirmRecord.confirmation.valid").entity(Boolean.class).isEqualTo(true)
			.path("confirmRecord.confirmation.assisted").entity(Boolean.class).isEqualTo(false)
			.path("confirmRecord.confirmation.contentHash").entity(String.class).satisfies(hash -> assertThat(hash).hasSize(64))
			.path("confirmRecord.record.selfCheck.finished").entity(Boolean.class).isEqualTo(false);
		// the evidence: bound to the version, hashed, with the client's address and user agent, audited, announced
		assertThat(db.sql("SELECT account_id, ip, user_agent, length(content_hash) AS hash FROM confirmation WHERE record_id = :id")
			.bind("id", record).fetch().one().block())
			.containsEntry("account_id", account).containsEntry("user_agent", "SelfCheckTests/1.0").containsEntry("hash", 32)
			.satisfies(row -> assertThat(row.get("ip")).isNotNull());
		assertThat(fixtures.count("SELECT count(*) FROM audit_event WHERE entity_id = :record AND action = 'CONFIRM_RECORD'", record)).isEqualTo(1);
		assertThat(fixtures.count("SELECT count(*) FROM inbox_message WHERE account_id = :record AND topic = 'SELF_CHECK_CONFIRMED'", account)).isEqualTo(1);

		student.documentName("selfCheckMe").execute().path("me.pendingTasks[*].kind").entityList(String.class).containsExactly("CONFIRM_PHOTO");
		confirm(student, "confirmAdmissionPhoto", input(record, version, "key-photo-00001"))
			.path("confirmAdmissionPhoto.__typename").entity(String.class).isEqualTo("ConfirmAdmissionPhotoSuccess")
			.path("confirmAdmissionPhoto.confirmation.subject").entity(String.class).isEqualTo("ADMISSION_PHOTO")
			.path("confirmAdmissionPhoto.record.selfCheck.finished").entity(Boolean.class).isEqualTo(true);
		student.documentName("selfCheckMe").execute().path("me.pendingTasks").entityList(Object.class).hasSize(0)
			.path("me.records[0].selfCheck.needsReconfirmation").entity(Boolean.class).isEqualTo(false);

		// the registrar corrects the record: both confirmations stop counting, nothing is deleted
		registrar().documentName("updateRecord")
			.variable("input", Map.of("id", recordId(record), "version", version, "reason", "民族录入错误",
					"changes", Map.of("ethnicity", "02")))
			.execute().path("updateEnrolmentRecord.__typename").entity(String.class).isEqualTo("UpdateEnrolmentRecordSuccess");
		GraphQlTester.Response after = student.documentName("selfCheckMe").execute();
		after.path("me.pendingTasks[*].kind").entityList(String.class).containsExactly("RECONFIRM", "RECONFIRM")
			.path("me.pendingTasks[*].reconfirmReason").entityList(String.class).satisfies(reasons -> assertThat(reasons).containsOnly("RECORD_CHANGED"))
			.path("me.pendingTasks[*].subject").entityList(String.class).containsExactly("RECORD", "ADMISSION_PHOTO")
			.path("me.records[0].selfCheck.needsReconfirmation").entity(Boolean.class).isEqualTo(true)
			.path("me.records[0].selfCheck.finished").entity(Boolean.class).isEqualTo(false)
			.path("me.records[0].selfCheck.recordConfirmation.valid").entity(Boolean.class).isEqualTo(false);
		assertThat(fixtures.count("SELECT count(*) FROM confirmation WHERE record_id = :record", record)).isEqualTo(2);

		// the version the student saw before the change is refused; the new one is taken
		confirm(student, "confirmRecord", input(record, version, "key-record-0002"))
			.path("confirmRecord.__typename").entity(String.class).isEqualTo("VersionConflict")
			.path("confirmRecord.currentVersion").entity(Integer.class).isEqualTo(version + 1);
		confirm(student, "confirmRecord", input(record, version + 1, "key-record-0003"))
			.path("confirmRecord.confirmation.recordVersion").entity(Integer.class).isEqualTo(version + 1)
			.path("confirmRecord.confirmation.contentHash").entity(String.class)
			.satisfies(hash -> assertThat(hash).as("ethnicity is a main field").isNotEqualTo(firstHash));
		student.documentName("selfCheckMe").execute().path("me.pendingTasks[*].kind").entityList(String.class)
			.containsExactly("RECONFIRM")
			.path("me.pendingTasks[0].subject").entity(String.class).isEqualTo("ADMISSION_PHOTO");
	}

	@Test
	void aRetryReturnsTheFirstConfirmationAndAReusedKeyIsRefused() {
		long record = fixtures.record(2, "吴思远", YEAR);
		fixtures.account(2, "吴思远");
		HttpGraphQlTester student = as(fixtures.login(2));
		String first = confirm(student, "confirmRecord", input(record, 0, "retry-key-0001"))
			.path("confirmRecord.confirmation.id").entity(String.class).get();
		confirm(student, "confirmRecord", input(record, 0, "retry-key-0001"))
			.path("confirmRecord.confirmation.id").entity(String.class).isEqualTo(first);
		// a second key for the same version finds the same confirmation too
		confirm(student, "confirmRecord", input(record, 0, "retry-key-0002"))
			.path("confirmRecord.confirmation.id").entity(String.class).isEqualTo(first);
		assertThat(fixtures.count("SELECT count(*) FROM confirmation WHERE record_id = :record", record)).isEqualTo(1);
		assertThat(fixtures.count("SELECT count(*) FROM audit_event WHERE entity_id = :record AND action LIKE 'CONFIRM%'", record))
			.isEqualTo(1);

		confirm(student, "confirmAdmissionPhoto", input(record, 0, "retry-key-0001"))
			.path("confirmAdmissionPhoto.__typename").entity(String.class).isEqualTo("IdempotencyKeyReused")
			.path("confirmAdmissionPhoto.code").entity(String.class).isEqualTo("IDEMPOTENCY_KEY_REUSED");
		confirm(student, "confirmRecord", input(record, 0, "short"))
			.path("confirmRecord.__typename").entity(String.class).isEqualTo("ValidationFailed")
			.path("confirmRecord.fieldErrors[0].field").entity(String.class).isEqualTo("idempotencyKey");
		// the record has no photo: nothing to confirm, nothing written
		confirm(student, "confirmAdmissionPhoto", input(record, 0, "photo-key-0001"))
			.path("confirmAdmissionPhoto.code").entity(String.class).isEqualTo("NO_ADMISSION_PHOTO");
		assertThat(fixtures.count("SELECT count(*) FROM confirmation WHERE record_id = :record", record)).isEqualTo(1);
	}

	@Test
	void aStudentCannotConfirmSomeoneElsesRecord() {
		long mine = fixtures.record(3, "郑可欣", YEAR);
		long theirs = fixtures.record(4, "王浩然", YEAR);
		fixtures.account(3, "郑可欣");
		HttpGraphQlTester student = as(fixtures.login(3));
		student.documentName("confirmRecord").variable("input", input(theirs, 0, "other-key-0001")).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
		student.documentName("selfCheckRecord").variable("id", recordId(theirs)).execute().path("record").valueIsNull();
		assertThat(fixtures.count("SELECT count(*) FROM confirmation WHERE record_id = :record", theirs)).isZero();
		// staff do not confirm as students
		registrar().documentName("confirmRecord").variable("input", input(mine, 0, "staff-key-0001")).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
	}

	@Test
	void anOutOfScopeRecordShowsTheOfficesInstructionsInsteadOfAConfirmButton() {
		long record = fixtures.record(5, "马晓兰", YEAR);
		fixtures.status(record, "ADMISSION_FORFEITED");
		fixtures.account(5, "马晓兰");
		HttpGraphQlTester student = as(fixtures.login(5));
		student.documentName("selfCheckMe").execute()
			.path("me.records[0].selfCheck.state").entity(String.class).isEqualTo("OUT_OF_SCOPE")
			.path("me.records[0].selfCheck.canConfirm").entity(Boolean.class).isEqualTo(false)
			.path("me.records[0].selfCheck.outOfScopeReason").entity(String.class).isEqualTo("已放弃入学资格，无需自查；如有疑问请联系学院。")
			.path("me.pendingTasks").entityList(Object.class).hasSize(0);
		confirm(student, "confirmRecord", input(record, 0, "scope-key-0001"))
			.path("confirmRecord.code").entity(String.class).isEqualTo("OUT_OF_SCOPE")
			.path("confirmRecord.instructions").entity(String.class).isEqualTo("已放弃入学资格，无需自查；如有疑问请联系学院。");
		student.mutate().header("Accept-Language", "en").build().documentName("confirmRecord")
			.variable("input", input(record, 0, "scope-key-0002")).execute()
			.path("confirmRecord.instructions").entity(String.class)
			.isEqualTo("Admission was forfeited: no self-check; ask the college if this is wrong.");
		assertThat(fixtures.count("SELECT count(*) FROM confirmation WHERE record_id = :record", record)).isZero();
	}

	@Test
	void aTicketWaitingForTheStudentsAnswerIsAPendingTask() {
		long record = fixtures.record(6, "刘子涵", YEAR);
		long account = fixtures.account(6, "刘子涵");
		long ticket = db.sql("""
				INSERT INTO ticket (record_id, institution_id, college_id, account_id, state, record_version)
				SELECT id, institution_id, college_id, :account, 'NEEDS_INFO', version FROM enrolment_record WHERE id = :record
				RETURNING id""").bind("account", account).bind("record", record).map(row -> row.get(0, Long.class)).one().block();
		as(fixtures.login(6)).documentName("selfCheckMe").execute()
			.path("me.pendingTasks[*].kind").entityList(String.class).containsExactly("CONFIRM_RECORD", "ANSWER_TICKET")
			.path("me.pendingTasks[1].ticketId").entity(String.class)
			.isEqualTo(org.enrolcheck.graphql.GlobalId.encode("CorrectionTicket", ticket));
	}

	private GraphQlTester.Response confirm(HttpGraphQlTester student, String document, Map<String, Object> input) {
		return student.documentName(document).variable("input", input).execute();
	}

	private HttpGraphQlTester as(String bearer) {
		return graphQl.mutate().header("Authorization", bearer).header("User-Agent", "SelfCheckTests/1.0").build();
	}

	private HttpGraphQlTester registrar() {
		return as(tokens.staff(Role.REGISTRAR, institution, List.of(), List.of()));
	}

}
