package org.enrolcheck.stats;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-style: on random campaigns (several seeds), every figure of campaignStatistics equals a
 * brute-force count over the same rows through the shared campaign_record view, before and after
 * random changes to records, accounts, confirmations and tickets (which must mark the summary dirty).
 */
@EnrolCheckTest
class StatisticsCountsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TestTokens tokens;

	@Autowired
	DatabaseClient db;

	@Autowired
	PersonalDataCipher cipher;

	@ParameterizedTest
	@ValueSource(longs = { 11, 2025, 4242 })
	void everyCountEqualsABruteForceCountOverTheSameRows(long seed) {
		StatsFixtures fixtures = new StatsFixtures(db, cipher);
		Random random = new Random(seed);
		int year = 2030 + (int) (seed % 60);
		List<Long> classes = new ArrayList<>(fixtures.classes(14));
		Collections.shuffle(classes, random);
		classes = classes.subList(0, 6 + random.nextInt(6));
		long campaign = fixtures.campaign(year, OffsetDateTime.now().plusDays(20));
		List<Long> records = fixtures.records(random, year, classes, 120 + random.nextInt(80), "S" + seed);
		fixtures.randomActivity(random, campaign, records);
		assertFiguresMatch(campaign);

		change(random, records, classes, campaign, fixtures);
		assertFiguresMatch(campaign);
	}

	/** Changes of every kind the triggers must notice. */
	private void change(Random random, List<Long> records, List<Long> classes, long campaign, StatsFixtures fixtures) {
		List<Long> some = records.stream().filter(id -> random.nextInt(8) == 0).toList();
		db.sql("UPDATE enrolment_record SET version = version + 1 WHERE id = ANY(:ids)").bind("ids", some.toArray(Long[]::new))
			.then().block(StatsFixtures.WAIT);
		List<Long> moved = records.stream().filter(id -> random.nextInt(15) == 0).toList();
		db.sql("""
				UPDATE enrolment_record r SET class_id = s.id, college_id = s.college_id, major_id = s.major_id
				FROM school_class s WHERE s.id = :class AND r.id = ANY(:ids)""")
			.bind("class", classes.get(random.nextInt(classes.size()))).bind("ids", moved.toArray(Long[]::new))
			.then().block(StatsFixtures.WAIT);
		List<Long> withdrawn = records.stream().filter(id -> random.nextInt(20) == 0).toList();
		db.sql("UPDATE enrolment_record SET status = 'WITHDRAWN' WHERE id = ANY(:ids)").bind("ids", withdrawn.toArray(Long[]::new))
			.then().block(StatsFixtures.WAIT);
		List<Long> renamed = records.stream().filter(id -> random.nextInt(12) == 0).toList();
		db.sql("""
				UPDATE account a SET display_name = a.display_name || '改' FROM enrolment_record r
				WHERE r.id = ANY(:ids) AND a.id_number_index = r.id_number_index""").bind("ids", renamed.toArray(Long[]::new))
			.then().block(StatsFixtures.WAIT);
		List<Long> gone = records.stream().filter(id -> random.nextInt(25) == 0).toList();
		db.sql("""
				UPDATE account a SET state = 'DEACTIVATED' FROM enrolment_record r
				WHERE r.id = ANY(:ids) AND a.id_number_index = r.id_number_index""").bind("ids", gone.toArray(Long[]::new))
			.then().block(StatsFixtures.WAIT);
		db.sql("UPDATE ticket SET state = 'WITHDRAWN', closed_at = now() WHERE campaign_id = :c AND id % 3 = 0"
				+ " AND state IN ('SUBMITTED', 'IN_REVIEW')").bind("c", campaign).then().block(StatsFixtures.WAIT);
		records.stream().filter(id -> random.nextInt(6) == 0)
			.forEach(id -> fixtures.confirm(id, campaign, false, false, OffsetDateTime.now()));
		List<Long> unconfirmed = records.stream().filter(id -> random.nextInt(30) == 0).toList();
		db.sql("DELETE FROM confirmation WHERE record_id = ANY(:ids)").bind("ids", unconfirmed.toArray(Long[]::new))
			.then().block(StatsFixtures.WAIT);
	}

	private void assertFiguresMatch(long campaign) {
		String id = GlobalId.encode("Campaign", campaign);
		HttpGraphQlTester registrar = graphQl.mutate()
			.header("Authorization", tokens.staff(Role.REGISTRAR, new StatsFixtures(db, cipher).institution(), List.of(), List.of()))
			.build();
		Map<String, Object> statistics = registrar.documentName("statsCampaignStatistics").variable("campaignId", id).execute()
			.path("campaignStatistics").entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			}).get();
		BruteForce expected = BruteForce.count(db, campaign);

		assertThat(statistics.get("funnel")).isEqualTo(expected.funnel(id));
		assertThat(strip((List<?>) statistics.get("byClass"))).isEqualTo(strip(expected.cells("SchoolClass")));
		assertThat(strip((List<?>) statistics.get("byCollege"))).isEqualTo(strip(expected.cells("College")));
		assertThat(statistics.get("byDay")).isEqualTo(expected.byDay());
		assertThat(statistics.get("ticketsByState")).isEqualTo(expected.ticketsByState());
		assertThat(new TreeMap<>(BruteForce.keyed((List<?>) statistics.get("ticketItemsByField"))))
			.isEqualTo(new TreeMap<>(expected.itemsByField()));
	}

	/** Breakdown rows without their names (the brute force does not read names). */
	private static List<Map<String, Object>> strip(List<?> cells) {
		return cells.stream().map(cell -> {
			Map<String, Object> copy = new TreeMap<>((Map<String, Object>) cell);
			copy.remove("name");
			return (Map<String, Object>) copy;
		}).sorted(java.util.Comparator.comparing(cell -> String.valueOf(cell.get("key")))).toList();
	}

}
