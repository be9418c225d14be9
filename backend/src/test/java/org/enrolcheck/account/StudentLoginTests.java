package org.enrolcheck.account;

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

/** Demo students sign in by mobile phone or ID number, both found through the blind index only. */
@EnrolCheckTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudentLoginTests {

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

	AuthClient auth;

	@BeforeAll
	void setUp() {
		auth = new AuthClient(http, graphQl);
		fixtures.add("2025010101", "张晓𠮷", "202501010101", RecordFixtures.IDS.get(0));
		fixtures.add("2025010101", "阿依古丽·买买提", "202501010102", RecordFixtures.IDS.get(1));
		assertThat(demoStudents.ensure().collectList().block()).containsExactly("张晓𠮷", "阿依古丽·买买提");
	}

	@Test
	void aStudentSignsInByPhoneWithOrWithoutDecoration() {
		AuthClient.Login login = auth.login("138 0000 0001", AuthClient.PASSWORD);
		assertThat(login.typename()).isEqualTo("LoginSuccess");
		var me = auth.as(login).documentName("accountMe").execute();
		me.path("me.displayName").entity(String.class).isEqualTo("张晓𠮷");
		me.path("me.maskedPhone").entity(String.class).isEqualTo("138****0001");
		me.path("me.roles").entityList(String.class).containsExactly("STUDENT");
		me.path("me.institution").valueIsNull();
		assertThat(auth.login("+8613800000002", AuthClient.PASSWORD).typename()).isEqualTo("LoginSuccess");
	}

	@Test
	void aStudentSignsInByIdNumberEvenWithALowerCaseX() {
		assertThat(auth.login("11010519491231002x", AuthClient.PASSWORD).typename()).isEqualTo("LoginSuccess");
		assertThat(auth.login("11010119900307803X", AuthClient.PASSWORD).typename()).isEqualTo("LoginSuccess");
	}

	@Test
	void phonesAndIdNumbersAreStoredOnlyEncryptedAndMasked() {
		String stored = db.sql("""
				SELECT concat_ws('|', phone_masked, id_number_masked, encode(phone_cipher, 'escape'))
				FROM account WHERE display_name = '张晓𠮷'""")
			.map(row -> row.get(0, String.class)).one().block();
		assertThat(stored).startsWith("138****0001|110***********002X|").doesNotContain("13800000001");
	}

	@Test
	void theDemoStudentsAreMadeOnce() {
		demoStudents.ensure().collectList().block();
		assertThat(db.sql("SELECT count(*) FROM account WHERE 'STUDENT' = ANY(roles)").map(row -> row.get(0, Long.class))
			.one().block()).isEqualTo(2);
	}

}
