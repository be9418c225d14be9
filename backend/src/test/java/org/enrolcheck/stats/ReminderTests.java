package org.enrolcheck.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.enrolcheck.EnrolCheckApplication;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.reminder.ReminderJob;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder ladder messages each reachable non-completer once per step even when two server
 * instances run the step at the same moment against one database; "remind now" previews, then sends.
 */
@EnrolCheckTest
class ReminderTests {

	@Autowired
	ReminderJob job;

	@Autowired
	Environment environment;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TestTokens tokens;

	@Autowired
	DatabaseClient db;

	@Autowired
	PersonalDataCipher cipher;

	/** 6 linked and open, 2 confirmed, 2 without an account, 1 waiting on a ticket; a counsellor of the class. */
	private long campaign(int year, String prefix) {
		StatsFixtures fixtures = new StatsFixtures(db, cipher);
		long schoolClass = fixtures.classOf(fixtures.college("03"), year - 2071);
		// the deadline is two days away: of 7, 3 and 1 days before it, the 3-day step is due
		long campaign = fixtures.campaign(year, OffsetDateTime.now().plusDays(2));
		List<Long> records = fixtures.recordsIn(schoolClass, year, 11, prefix);
		for (int i = 0; i < records.size(); i++) {
			if (i < 9) {
				fixtures.account(records.get(i), true, "ACTIVE", "1350%03d%04d".formatted(year % 1000, i));
			}
			if (i == 6 || i == 7) {
				fixtures.confirm(records.get(i), campaign, false, false, OffsetDateTime.now().minusDays(1));
			}
		}
		fixtures.ticket(records.get(8), campaign, "SUBMITTED", OffsetDateTime.now().minusDays(1), List.<String[]>of(StatsFixtures.FIELDS[0]));
		fixtures.counsellor("stats-cns-" + year, "李老师", List.of(schoolClass));
		return campaign;
	}

	@Test
	void twoServerInstancesOnOneDatabaseSendAStepOnce() {
		long campaign = campaign(2071, "RA");
		Instant now = Instant.now();
		List<ReminderJob.StepRun> runs;
		// a second server on the same database, as a second replica would be (its own port, no demo data)
		// (arguments, not builder properties: those rank below application.yml, whose ENROLCHECK_* defaults win)
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(EnrolCheckApplication.class)
			.run("--server.port=0", "--enrolcheck.db.url=" + environment.getProperty("enrolcheck.db.url"),
					"--enrolcheck.db.user=" + environment.getProperty("enrolcheck.db.user"),
					"--enrolcheck.db.password=" + environment.getProperty("enrolcheck.db.password"),
					"--enrolcheck.privacy.data-key=" + EnrolCheckTest.TEST_DATA_KEY, "--enrolcheck.demo=false",
					"--enrolcheck.stats.background-jobs=false", "--enrolcheck.reminders.enabled=false",
					"--enrolcheck.reminders.replica-name=second")) {
			ReminderJob other = second.getBean(ReminderJob.class);
			// the same database, not one of its own: it sees this test's campaign
			assertThat(second.getBean(DatabaseClient.class).sql("SELECT count(*) FROM campaign WHERE id = :c")
				.bind("c", campaign).map(row -> row.get(0, Long.class)).one().block()).isEqualTo(1L);
			// both instances, twice each, at the same moment
			runs = Flux.just(job, other, job, other)
				.flatMap(replica -> replica.runDue(now).subscribeOn(Schedulers.parallel()))
				.collectList().block(Duration.ofSeconds(60))
				.stream().flatMap(List::stream).filter(run -> run.campaignId() == campaign).toList();
		}

		assertThat(runs.stream().filter(ReminderJob.StepRun::ran).toList()).singleElement()
			.satisfies(run -> {
				assertThat(run.daysBefore()).isEqualTo(3);
				assertThat(run.messaged()).isEqualTo(6);
				assertThat(run.counsellors()).isEqualTo(1);
			});
		assertThat(count("SELECT count(*) FROM reminder_step WHERE campaign_id = :c", campaign)).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM reminder_recipient WHERE campaign_id = :c", campaign)).isEqualTo(6);
		assertThat(count("""
				SELECT count(*) FROM inbox_message WHERE topic = 'REMINDER' AND subject_id = :s""", campaign)).isEqualTo(6);
		assertThat(count("""
				SELECT count(*) FROM outbox_message o JOIN reminder_recipient r ON r.account_id = o.account_id
				WHERE o.channel = 'SMS' AND o.template = 'REMINDER' AND r.campaign_id = :c""", campaign)).isEqualTo(6);
		assertThat(count("SELECT count(*) FROM inbox_message WHERE topic = 'COUNSELLOR_TASKS' AND subject_id = :s", campaign))
			.isEqualTo(1);
		// a later tick finds nothing due
		assertThat(job.runDue(Instant.now()).block(Duration.ofSeconds(30))).noneMatch(run -> run.campaignId() == campaign);
	}

	@Test
	void remindNowPreviewsThenSendsAndTheStatisticsFollow() {
		long campaign = campaign(2072, "RB");
		String id = GlobalId.encode("Campaign", campaign);
		StatsFixtures fixtures = new StatsFixtures(db, cipher);
		long college = fixtures.college("03");
		long institution = fixtures.institution();
		HttpGraphQlTester admin = graphQl.mutate()
			.header("Authorization", tokens.staff(Role.COLLEGE_ADMIN, institution, List.of(college), List.of())).build();
		String remind = "mutation($input: RemindNowInput!) { remindNow(input: $input) { __typename"
				+ " ... on RemindersSent { dryRun selected reachable messaged } } }";
		admin.document(remind).variable("input", Map.of("campaignId", id, "dryRun", true)).execute()
			.path("remindNow.__typename").entity(String.class).isEqualTo("RemindersSent")
			.path("remindNow.selected").entity(Integer.class).isEqualTo(9)
			.path("remindNow.reachable").entity(Integer.class).isEqualTo(6)
			.path("remindNow.messaged").entity(Integer.class).isEqualTo(0);
		assertThat(count("SELECT count(*) FROM inbox_message WHERE topic = 'REMINDER' AND subject_id = :s", campaign)).isZero();

		admin.document(remind).variable("input", Map.of("campaignId", id, "dryRun", false)).execute()
			.path("remindNow.messaged").entity(Integer.class).isEqualTo(6);
		assertThat(count("SELECT count(*) FROM inbox_message WHERE topic = 'REMINDER' AND subject_id = :s", campaign)).isEqualTo(6);
		assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'REMIND_NOW' AND entity_id = :c", campaign)).isEqualTo(1);

		List<Long> reminded = new ArrayList<>(db.sql("SELECT record_id FROM reminder_recipient WHERE campaign_id = :c ORDER BY record_id")
			.bind("c", campaign).map(row -> row.get(0, Long.class)).all().collectList().block(Duration.ofSeconds(10)));
		fixtures.confirm(reminded.get(0), campaign, false, false, OffsetDateTime.now().plusMinutes(1));
		fixtures.confirm(reminded.get(1), campaign, false, false, OffsetDateTime.now().plusMinutes(1));
		admin.document("query($c: ID!) { campaignStatistics(campaignId: $c) { reminders { steps { kind messaged } reminded"
				+ " confirmedAfterReminder } } }").variable("c", id).execute()
			.path("campaignStatistics.reminders.steps[0].kind").entity(String.class).isEqualTo("MANUAL")
			.path("campaignStatistics.reminders.reminded").entity(Integer.class).isEqualTo(6)
			.path("campaignStatistics.reminders.confirmedAfterReminder").entity(Integer.class).isEqualTo(2);

		graphQl.mutate().header("Authorization", tokens.staff(Role.COUNSELLOR, institution, List.of(), List.of(1L))).build()
			.document(remind).variable("input", Map.of("campaignId", id, "dryRun", true)).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
	}

	private long count(String sql, long campaign) {
		var spec = db.sql(sql);
		if (sql.contains(":c")) {
			spec = spec.bind("c", campaign);
		}
		if (sql.contains(":s")) {
			spec = spec.bind("s", GlobalId.encode("Campaign", campaign));
		}
		return spec.map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
	}

}
