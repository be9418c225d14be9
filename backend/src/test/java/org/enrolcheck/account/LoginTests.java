package org.enrolcheck.account;

import java.util.Map;

import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in with each kind of identifier, the one failure message, and what the token opens. */
@EnrolCheckTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class LoginTests {

	@Autowired
	WebTestClient http;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	DatabaseClient db;

	AuthClient auth;

	@BeforeAll
	void setUp() {
		auth = new AuthClient(http, graphQl);
		fixtures.addRecords("2025010101", 3);
		fixtures.addRecords("2025020101", 2);
		db.sql("UPDATE account SET email = 'support@demo.enrolcheck.test' WHERE username = 'support'").then().block();
	}

	@Test
	void aRegistrarSignsInByUsernameAndTheTokenOpensTheRecords() {
		AuthClient.Login login = auth.login("registrar", AuthClient.PASSWORD);
		assertThat(login.typename()).isEqualTo("LoginSuccess");
		assertThat(login.payload()).containsKey("expiresAt");
		@SuppressWarnings("unchecked")
		Map<String, Object> account = (Map<String, Object>) login.payload().get("account");
		assertThat(account).containsEntry("username", "registrar").containsEntry("state", "ACTIVE");
		assertThat(account.get("roles")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly("REGISTRAR");
		auth.as(login).document("query { records(first: 1) { edges { node { id } } } }").execute()
			.path("records.edges").entityList(Object.class).hasSize(1);
	}

	@Test
	void meShowsTheSignedInAccountWithItsCurrentSession() {
		AuthClient.Login login = auth.login("REGISTRAR ", AuthClient.PASSWORD, "Firefox/140");
		var me = auth.as(login).documentName("accountMe").execute();
		me.path("me.username").entity(String.class).isEqualTo("registrar");
		me.path("me.institution.code").entity(String.class).isEqualTo("10635");
		me.path("me.sessions[?(@.current == true)].userAgent").entityList(String.class).containsExactly("Firefox/140");
		me.path("me.sessions[?(@.current == true)].ip").entityList(String.class).hasSize(1);
	}

	@Test
	void anonymousCallersHaveNoMe() {
		graphQl.documentName("accountMe").execute().path("me").valueIsNull();
	}

	@Test
	void staffSignInByEMailToo() {
		assertThat(auth.login("Support@demo.enrolcheck.test", AuthClient.PASSWORD).typename()).isEqualTo("LoginSuccess");
	}

	@Test
	void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
		AuthClient.Login wrong = auth.login("analyst", "not-the-password");
		AuthClient.Login unknown = auth.login("nobody-here", "not-the-password");
		assertThat(wrong.typename()).isEqualTo("LoginFailed");
		assertThat(unknown.payload()).isEqualTo(wrong.payload());
		assertThat(wrong.payload()).containsEntry("code", "LOGIN_FAILED");
		assertThat(wrong.setCookie()).isEmpty();
		assertThat(unknown.setCookie()).isEmpty();
	}

	@Test
	void theRefreshCookieIsHttpOnlySecureStrictAndScopedToAuth() {
		AuthClient.Login login = auth.login("counsellor", AuthClient.PASSWORD);
		assertThat(AuthClient.cookieAttributes(login.setCookie())).startsWith("enrolcheck_refresh=" + login.refreshToken())
			.contains("Path=/api/auth", "HttpOnly", "Secure", "SameSite=Strict");
		assertThat(login.refreshToken()).hasSizeGreaterThanOrEqualTo(43);
		assertThat(login.payload().toString()).doesNotContain(login.refreshToken());
	}

	@Test
	void theCounsellorsTokenCarriesTheClassScope() {
		AuthClient.Login login = auth.login("counsellor", AuthClient.PASSWORD);
		auth.as(login).document("query { records(first: 100) { edges { node { schoolClass { code } } } } }").execute()
			.path("records.edges[*].node.schoolClass.code").entityList(String.class)
			.satisfies(codes -> assertThat(codes).hasSize(3).containsOnly("2025010101"));
	}

	@Test
	void onlyHashesOfRefreshTokensAreStored() {
		AuthClient.Login login = auth.login("analyst", AuthClient.PASSWORD);
		Long plain = db.sql("SELECT count(*) FROM refresh_token WHERE token_hash = convert_to(:token, 'UTF8')")
			.bind("token", login.refreshToken()).map(row -> row.get(0, Long.class)).one().block();
		Long hashed = db.sql("SELECT count(*) FROM refresh_token WHERE token_hash = sha256(convert_to(:token, 'UTF8'))")
			.bind("token", login.refreshToken()).map(row -> row.get(0, Long.class)).one().block();
		assertThat(plain).isZero();
		assertThat(hashed).isOne();
	}

	@Test
	void signInsAreKeptInTheLoginHistory() {
		auth.login("support", "wrong-password-1");
		auth.login("support", AuthClient.PASSWORD);
		var rows = db.sql("""
				SELECT success FROM login_attempt a JOIN account u ON u.id = a.account_id
				WHERE u.username = 'support' ORDER BY a.id""").map(row -> row.get(0, Boolean.class)).all().collectList().block();
		assertThat(rows).containsSubsequence(false, true);
	}

	@Test
	void passwordsNeverReachTheOutput(CapturedOutput output) {
		auth.login("analyst", "Secret-Try-4711");
		auth.login("nobody", "Secret-Try-4712");
		assertThat(output.getAll()).doesNotContain("Secret-Try-4711").doesNotContain("Secret-Try-4712");
	}

}
