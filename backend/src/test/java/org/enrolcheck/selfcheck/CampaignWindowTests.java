package org.enrolcheck.selfcheck;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrolcheck.selfcheck.SelfCheckFixtures.input;

/** Confirmations only inside the window; a student's extension lets them act after the deadline. */
@EnrolCheckTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignWindowTests {

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

	SelfCheckFixtures fixtures;

	OffsetDateTime now;

	@BeforeAll
	void setUp() {
		fixtures = new SelfCheckFixtures(db, cipher, records, http);
		now = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0);
	}

	@Test
	void beforeTheWindowOpensNothingIsTakenAndNothingIsPending() {
		fixtures.campaign(2041, now.plusDays(1), now.plusDays(10));
		long record = fixtures.record(11, "陈雨桐", 2041);
		fixtures.account(11, "陈雨桐");
		HttpGraphQlTester student = as(fixtures.login(11));
		student.documentName("selfCheckMe").execute()
			.path("me.records[0].selfCheck.state").entity(String.class).isEqualTo("NOT_YET_OPEN")
			.path("me.records[0].selfCheck.canConfirm").entity(Boolean.class).isEqualTo(false)
			.path("me.pendingTasks").entityList(Object.class).hasSize(0);
		student.documentName("confirmRecord").variable("input", input(record, 0, "window-key-01")).execute()
			.path("confirmRecord.__typename").entity(String.class).isEqualTo("SelfCheckUnavailable")
			.path("confirmRecord.code").entity(String.class).isEqualTo("CAMPAIGN_NOT_OPEN");
		assertThat(fixtures.count("SELECT count(*) FROM confirmation WHERE record_id = :record", record)).isZero();
	}

	@Test
	void afterTheDeadlineOnlyAStudentWithAnExtensionMayConfirm() {
		long campaign = fixtures.campaign(2042, now.minusDays(10), now.minusDays(1));
		long late = fixtures.record(12, "黄俊杰", 2042);
		long extended = fixtures.record(13, "林晓彤", 2042);
		fixtures.extend(campaign, extended, now.plusDays(2));
		fixtures.account(12, "黄俊杰");
		fixtures.account(13, "林晓彤");

		HttpGraphQlTester lateStudent = as(fixtures.login(12));
		lateStudent.documentName("selfCheckMe").execute()
			.path("me.records[0].selfCheck.state").entity(String.class).isEqualTo("CLOSED")
			.path("me.pendingTasks").entityList(Object.class).hasSize(0);
		lateStudent.documentName("confirmRecord").variable("input", input(late, 0, "window-key-02")).execute()
			.path("confirmRecord.code").entity(String.class).isEqualTo("CAMPAIGN_CLOSED");

		HttpGraphQlTester extendedStudent = as(fixtures.login(13));
		extendedStudent.documentName("selfCheckMe").execute()
			.path("me.records[0].selfCheck.state").entity(String.class).isEqualTo("OPEN")
			.path("me.records[0].selfCheck.extended").entity(Boolean.class).isEqualTo(true)
			.path("me.records[0].selfCheck.deadline").entity(OffsetDateTime.class)
			.satisfies(deadline -> assertThat(deadline.toInstant()).isEqualTo(now.plusDays(2).toInstant()))
			.path("me.pendingTasks[0].kind").entity(String.class).isEqualTo("CONFIRM_RECORD");
		extendedStudent.documentName("confirmRecord").variable("input", input(extended, 0, "window-key-03")).execute()
			.path("confirmRecord.__typename").entity(String.class).isEqualTo("ConfirmRecordSuccess");
		assertThat(fixtures.count("SELECT count(*) FROM confirmation WHERE record_id = :record", late)).isZero();
		assertThat(fixtures.count("SELECT count(*) FROM confirmation WHERE record_id = :record", extended)).isEqualTo(1);
	}

	@Test
	void aRecordNoCampaignCoversHasNoSelfCheck() {
		long record = fixtures.record(14, "赵一凡", 2043);
		fixtures.account(14, "赵一凡");
		HttpGraphQlTester student = as(fixtures.login(14));
		student.documentName("selfCheckMe").execute().path("me.records[0].selfCheck").valueIsNull();
		student.documentName("confirmRecord").variable("input", input(record, 0, "window-key-04")).execute()
			.path("confirmRecord.code").entity(String.class).isEqualTo("NO_CAMPAIGN");
	}

	@Test
	void theNewestCampaignCoveringARecordDecides() {
		fixtures.campaign(2044, now.minusDays(30), now.minusDays(20));
		fixtures.campaign(2044, now.minusDays(1), now.plusDays(5));
		long record = fixtures.record(15, "孙嘉怡", 2044);
		fixtures.account(15, "孙嘉怡");
		as(fixtures.login(15)).documentName("selfCheckMe").execute()
			.path("me.records[0].selfCheck.state").entity(String.class).isEqualTo("OPEN")
			.path("me.records[0].selfCheck.campaign.closesAt").entity(OffsetDateTime.class)
			.satisfies(closes -> assertThat(closes.toInstant()).isEqualTo(now.plusDays(5).toInstant()));
		assertThat(record).isPositive();
	}

	private HttpGraphQlTester as(String bearer) {
		return graphQl.mutate().header("Authorization", bearer).build();
	}

}
