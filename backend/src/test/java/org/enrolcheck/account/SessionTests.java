package org.enrolcheck.account;

import java.util.Map;

import org.enrolcheck.support.EnrolCheckTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Refresh-token rotation, reuse detection, logout, revoking a device and changing the password. */
@EnrolCheckTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionTests {

	@Autowired
	WebTestClient http;

	@Autowired
	HttpGraphQlTester graphQl;

	AuthClient auth;

	@BeforeAll
	void setUp() {
		auth = new AuthClient(http, graphQl);
	}

	@Test
	void aRefreshRotatesTheCookieAndRefusesTheOldOneAfterwards() {
		AuthClient.Login login = auth.login("analyst", AuthClient.PASSWORD);
		EntityExchangeResult<Map<String, Object>> refreshed = auth.refresh(login.refreshToken());
		assertThat(refreshed.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(refreshed.getResponseBody()).containsKeys("accessToken", "expiresAt");
		String rotated = rotatedToken(refreshed);
		assertThat(rotated).isNotEqualTo(login.refreshToken());
		assertThat(AuthClient.cookieAttributes(refreshed.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE)))
			.contains("Path=/api/auth", "HttpOnly", "Secure", "SameSite=Strict");
		auth.as("Bearer " + refreshed.getResponseBody().get("accessToken")).documentName("accountMe").execute()
			.path("me.username").entity(String.class).isEqualTo("analyst");
		assertThat(auth.refresh(login.refreshToken()).getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void reusingASpentTokenRevokesTheWholeFamily() {
		AuthClient.Login login = auth.login("analyst", AuthClient.PASSWORD);
		String second = rotatedToken(auth.refresh(login.refreshToken()));
		String third = rotatedToken(auth.refresh(second));
		assertThat(auth.refresh(second).getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(auth.refresh(third).getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
		auth.as(login).documentName("accountMe").execute().path("me").valueIsNull();
	}

	@Test
	void logoutEndsTheSessionAndClearsTheCookie() {
		AuthClient.Login login = auth.login("support", AuthClient.PASSWORD);
		EntityExchangeResult<Void> out = auth.logout(login.refreshToken());
		assertThat(out.getStatus()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(out.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE)).contains("enrolcheck_refresh=;")
			.contains("Max-Age=0");
		assertThat(auth.refresh(login.refreshToken()).getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aRefreshWithoutCookieOrWithAnUnknownTokenIsRefused() {
		assertThat(http.post().uri("/api/auth/refresh").exchange().returnResult(Void.class).getStatus())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(auth.refresh("made-up-token").getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void anAccountRevokesAnotherOfItsDevices() {
		AuthClient.Login phone = auth.login("college-admin", AuthClient.PASSWORD, "Phone");
		AuthClient.Login laptop = auth.login("college-admin", AuthClient.PASSWORD, "Laptop");
		String phoneSession = auth.as(phone).documentName("accountMe").execute()
			.path("me.sessions[?(@.current == true)].id").entityList(String.class).get().getFirst();
		auth.as(laptop).documentName("accountRevokeSession").variable("input", Map.of("sessionId", phoneSession)).execute()
			.path("revokeSession.sessionId").entity(String.class).isEqualTo(phoneSession);
		assertThat(auth.refresh(phone.refreshToken()).getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(auth.refresh(laptop.refreshToken()).getStatus()).isEqualTo(HttpStatus.OK);
		auth.as(laptop).documentName("accountMe").execute()
			.path("me.sessions[*].id").entityList(String.class).doesNotContain(phoneSession);
	}

	@Test
	void anotherAccountsSessionCannotBeRevoked() {
		AuthClient.Login victim = auth.login("counsellor", AuthClient.PASSWORD);
		String session = auth.as(victim).documentName("accountMe").execute()
			.path("me.sessions[0].id").entity(String.class).get();
		AuthClient.Login other = auth.login("analyst", AuthClient.PASSWORD);
		auth.as(other).documentName("accountRevokeSession").variable("input", Map.of("sessionId", session)).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
		assertThat(auth.refresh(victim.refreshToken()).getStatus()).isEqualTo(HttpStatus.OK);
	}

	@Test
	void changingThePasswordEndsTheOtherSessionsOnly() {
		AuthClient.Login kept = auth.login("registrar", AuthClient.PASSWORD, "Kept");
		AuthClient.Login other = auth.login("registrar", AuthClient.PASSWORD, "Other");
		auth.as(kept).documentName("accountChangePassword")
			.variable("input", Map.of("currentPassword", "wrong", "newPassword", "New#Pass2025")).execute()
			.path("changePassword.fieldErrors[0].code").entity(String.class).isEqualTo("WRONG_PASSWORD");
		auth.as(kept).documentName("accountChangePassword")
			.variable("input", Map.of("currentPassword", AuthClient.PASSWORD, "newPassword", "short")).execute()
			.path("changePassword.fieldErrors[0].code").entity(String.class).isEqualTo("PASSWORD_RULE");
		auth.as(kept).documentName("accountChangePassword")
			.variable("input", Map.of("currentPassword", AuthClient.PASSWORD, "newPassword", "New#Pass2025")).execute()
			.path("changePassword.__typename").entity(String.class).isEqualTo("ChangePasswordSuccess")
			.path("changePassword.sessionsRevoked").entity(Integer.class).satisfies(count -> assertThat(count).isPositive());
		assertThat(auth.refresh(other.refreshToken()).getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(auth.refresh(kept.refreshToken()).getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(auth.login("registrar", AuthClient.PASSWORD).typename()).isEqualTo("LoginFailed");
		assertThat(auth.login("registrar", "New#Pass2025").typename()).isEqualTo("LoginSuccess");
	}

	private static String rotatedToken(EntityExchangeResult<Map<String, Object>> refreshed) {
		assertThat(refreshed.getStatus()).isEqualTo(HttpStatus.OK);
		return AuthClient.cookieValue(refreshed.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE));
	}

}
