package org.enrolcheck.account;

import java.util.List;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed-in student sees exactly the records whose name and ID number equal their account's. */
@EnrolCheckTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudentRecordsTests {

	@Autowired
	WebTestClient http;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	DemoStudents demoStudents;

	AuthClient auth;

	long bachelor;

	long upgrade;

	long someoneElse;

	long sameIdOtherName;

	@BeforeAll
	void setUp() {
		auth = new AuthClient(http, graphQl);
		bachelor = fixtures.add("2025010101", "张晓𠮷", "202501010111", RecordFixtures.IDS.get(0));
		someoneElse = fixtures.add("2025010101", "阿依古丽·买买提", "202501010112", RecordFixtures.IDS.get(1));
		assertThat(demoStudents.ensure().collectList().block()).containsExactly("张晓𠮷", "阿依古丽·买买提");
		// the same person later on 专升本, and a record that shares the ID number but not the name
		upgrade = fixtures.add("2025030501", "张晓𠮷", "202503050111", RecordFixtures.IDS.get(0));
		sameIdOtherName = fixtures.add("2025020101", "张晓吉", "202502010111", RecordFixtures.IDS.get(0));
	}

	@Test
	void meListsEveryLinkedRecordAndNoOther() {
		HttpGraphQlTester student = auth.as(auth.login("13800000001", AuthClient.PASSWORD));
		student.documentName("myRecords").execute()
			.path("me.records[*].id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder(id(bachelor), id(upgrade)))
			.path("me.records[0].idNumber").entity(String.class).isEqualTo("110***********002X");
	}

	@Test
	void aStudentReadsTheirOwnRecordButNotAnothers() {
		HttpGraphQlTester student = auth.as(auth.login("13800000001", AuthClient.PASSWORD));
		student.documentName("record").variable("id", id(bachelor)).execute()
			.path("record.name").entity(String.class).isEqualTo("张晓𠮷");
		for (long other : List.of(someoneElse, sameIdOtherName)) {
			student.documentName("record").variable("id", id(other)).execute().path("record").valueIsNull();
		}
	}

	@Test
	void theStaffRosterQueryStaysClosedToStudents() {
		auth.as(auth.login("13800000001", AuthClient.PASSWORD)).documentName("records").variable("first", 5).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
	}

	private static String id(long recordId) {
		return GlobalId.encode("EnrolmentRecord", recordId);
	}

}
