package org.enrolcheck.importing;

import org.enrolcheck.support.EnrolCheckTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo roster arrives through the real import, once. */
@EnrolCheckTest
@TestPropertySource(properties = "enrolcheck.demo-students=300")
class DemoRosterTests {

	@Autowired
	DemoRoster demo;

	@Autowired
	DatabaseClient db;

	@Test
	void theDemoStudentsAreImportedAsACommittedBatchAndNotTwice() {
		assertThat(count("SELECT count(*) FROM enrolment_record")).isEqualTo(300);
		assertThat(count("SELECT count(*) FROM import_batch WHERE state = 'COMMITTED' AND created_by = 'demo-loader'")).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'IMPORT_CREATE' AND actor = 'demo-loader'")).isEqualTo(300);
		assertThat(count("SELECT count(DISTINCT status) FROM enrolment_record")).isGreaterThan(1);
		assertThat(count("SELECT count(*) FROM enrolment_record WHERE admission_photo_id IS NOT NULL")).isEqualTo(300);

		demo.run(null);

		assertThat(count("SELECT count(*) FROM enrolment_record")).isEqualTo(300);
	}

	private long count(String sql) {
		return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
	}

}
