package org.enrolcheck.reference;

import java.time.Duration;

import org.enrolcheck.support.EnrolCheckTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

@EnrolCheckTest
class ReferenceDemoDataTests {

	@Autowired
	ReferenceDemoData demo;

	@Autowired
	DatabaseClient db;

	@Test
	void demoDataHasTheAdvertisedSizeAndLoadingItAgainChangesNothing() {
		assertThat(counts()).containsExactly(1L, 8L, 30L, 100L);

		Long inserted = demo.load().block(Duration.ofSeconds(30));

		assertThat(inserted).isZero();
		assertThat(counts()).containsExactly(1L, 8L, 30L, 100L);
	}

	@Test
	void everyClassBelongsToTheCollegeOfItsMajor() {
		Long mismatched = db.sql("SELECT count(*) FROM school_class s JOIN major m ON m.id = s.major_id WHERE s.college_id <> m.college_id")
			.map(row -> row.get(0, Long.class)).one().block();
		assertThat(mismatched).isZero();
	}

	private Long[] counts() {
		return db.sql("""
				SELECT (SELECT count(*) FROM institution), (SELECT count(*) FROM college),
				       (SELECT count(*) FROM major), (SELECT count(*) FROM school_class)""")
			.map(row -> new Long[] { row.get(0, Long.class), row.get(1, Long.class), row.get(2, Long.class),
					row.get(3, Long.class) })
			.one()
			.block();
	}

}
