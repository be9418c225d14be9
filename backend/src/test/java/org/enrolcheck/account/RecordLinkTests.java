package org.enrolcheck.account;

import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** "Record not found": the student is told the likely cause and what to do, and nothing more. */
@EnrolCheckTest
class RecordLinkTests {

	@Autowired
	WebTestClient http;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	DemoStudents demoStudents;

	@Autowired
	DatabaseClient db;

	@Test
	void aLinkedStudentHasNoCausesAndAnUnlinkedOneLearnsWhy() {
		long first = fixtures.add("2025010101", "张晓𠮷", "202501010121", RecordFixtures.IDS.get(0));
		long second = fixtures.add("2025010101", "阿依古丽·买买提", "202501010122", RecordFixtures.IDS.get(1));
		assertThat(demoStudents.ensure().collectList().block()).hasSize(2);
		AuthClient auth = new AuthClient(http, graphQl);

		HttpGraphQlTester linked = auth.as(auth.login("13800000001", AuthClient.PASSWORD));
		linked.documentName("myRecordLink").execute()
			.path("me.recordLink.linked").entity(Integer.class).isEqualTo(1)
			.path("me.recordLink.causes").entityList(Object.class).hasSize(0);

		// the roster spells the name differently: the student learns that, not the roster's spelling
		rename(second, "阿依古丽·买买提江");
		HttpGraphQlTester differing = auth.as(auth.login("13800000002", AuthClient.PASSWORD));
		String answer = differing.documentName("myRecordLink").execute()
			.path("me.recordLink.linked").entity(Integer.class).isEqualTo(0)
			.path("me.recordLink.causes[*].code").entityList(String.class).contains("NAME_DIFFERS")
			.path("me.recordLink").entity(Object.class).get().toString();
		assertThat(answer).doesNotContain("买买提江").doesNotContain("11010119900307803X");

		// no roster carries the ID number at all
		db.sql("UPDATE enrolment_record SET id_number_index = '\\x00'::bytea WHERE id = :id").bind("id", first).then().block();
		auth.as(auth.login("13800000001", AuthClient.PASSWORD)).documentName("myRecordLink").execute()
			.path("me.recordLink.causes[0].code").entity(String.class).isEqualTo("NO_RECORD")
			.path("me.recordLink.causes[0].nextStep").entity(String.class).isNotEqualTo("");
	}

	@Test
	void staffAccountsHaveNoDiagnosis() {
		AuthClient auth = new AuthClient(http, graphQl);
		auth.as(auth.login("registrar", AuthClient.PASSWORD)).documentName("myRecordLink").execute()
			.path("me.recordLink").valueIsNull();
	}

	private void rename(long recordId, String name) {
		db.sql("UPDATE enrolment_record SET name = :name WHERE id = :id").bind("name", name).bind("id", recordId).then().block();
	}

}
