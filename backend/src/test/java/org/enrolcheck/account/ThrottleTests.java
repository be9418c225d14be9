package org.enrolcheck.account;

import java.util.Map;

import org.enrolcheck.support.EnrolCheckTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Repeated failures lock an account, then an IP, for growing times; counters live in PostgreSQL. */
@EnrolCheckTest
class ThrottleTests {

	@Autowired
	WebTestClient http;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	DatabaseClient db;

	AuthClient auth;

	@BeforeEach
	void setUp() {
		auth = new AuthClient(http, graphQl);
		db.sql("DELETE FROM login_throttle").then().block();
	}

	@Test
	void fiveFailuresLockTheAccountEvenForTheRightPassword() {
		for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
			assertThat(auth.login("analyst", "wrong-" + i).typename()).isEqualTo("LoginFailed");
		}
		AuthClient.Login locked = auth.login("analyst", AuthClient.PASSWORD);
		assertThat(locked.typename()).isEqualTo("LoginThrottled");
		assertThat(locked.payload()).containsEntry("code", "LOGIN_THROTTLED");
		assertThat((Integer) locked.payload().get("retryAfterSeconds")).isBetween(1, 60);
		assertThat(locked.setCookie()).isEmpty();
		assertThat(auth.login("support", AuthClient.PASSWORD).typename()).isEqualTo("LoginSuccess");
	}

	@Test
	void eachFurtherLockOutLastsTwiceAsLong() {
		for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
			auth.login("college-admin", "wrong-" + i);
		}
		// the first lock has passed; five more failures lock again, now for two minutes
		db.sql("UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE key LIKE 'account:%'").then().block();
		for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
			auth.login("college-admin", "wrong-again-" + i);
		}
		AuthClient.Login locked = auth.login("college-admin", AuthClient.PASSWORD);
		assertThat((Integer) locked.payload().get("retryAfterSeconds")).isBetween(61, 120);
	}

	@Test
	void unknownIdentifiersAreThrottledLikeAccounts() {
		for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
			auth.login("ghost-user", "wrong-" + i);
		}
		assertThat(auth.login("ghost-user", "wrong").typename()).isEqualTo("LoginThrottled");
	}

	@Test
	void manyFailuresFromOneAddressLockThatAddressForEveryAccount() {
		for (int i = 0; i < LoginThrottle.IP_LIMIT; i++) {
			// a different identifier each time: only the address ties the attempts together
			auth.login("probe-" + i, "wrong");
		}
		AuthClient.Login locked = auth.login("registrar", AuthClient.PASSWORD);
		assertThat(locked.typename()).isEqualTo("LoginThrottled");
		assertThat((Integer) locked.payload().get("retryAfterSeconds")).isPositive();
		Map<String, Object> row = db.sql("SELECT key, lockouts FROM login_throttle WHERE key LIKE 'ip:%'").fetch().one().block();
		assertThat(row).containsEntry("lockouts", 1);
	}

}
