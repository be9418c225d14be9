package org.enrolcheck.security;

import org.enrolcheck.integrator.Calls;
import org.enrolcheck.integrator.Calls.Answer;
import org.enrolcheck.integrator.TestTotp;
import org.enrolcheck.support.EnrolCheckTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** With enrolcheck.security.require-totp-for=SUPPORT, support staff must enrol before they can sign in. */
@EnrolCheckTest
@TestPropertySource(properties = "enrolcheck.security.require-totp-for=SUPPORT")
class RequiredTotpTests {

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Test
	void supportStaffEnrolThroughTheLoginItselfOthersAreNotForced() {
		Calls calls = new Calls(http);
		assertThat((String) calls.login("registrar", Calls.DEMO_PASSWORD, null).ok().at("login.__typename"))
			.isEqualTo("LoginSuccess");

		Answer first = calls.login("support", Calls.DEMO_PASSWORD, null);
		TotpLoginTests.assertCode(first, "LoginTotpEnrolmentRequired", "TOTP_ENROLMENT_REQUIRED");
		String secret = first.at("login.secret");
		assertThat((String) first.at("login.otpauthUri")).contains("secret=" + secret);
		// asking again shows the same pending secret, so an app set up from the first answer still works
		assertThat((String) calls.login("support", Calls.DEMO_PASSWORD, null).at("login.secret")).isEqualTo(secret);
		assertThat(supportSessions()).isZero();

		long step = TestTotp.step();
		String wrong = TestTotp.code(secret, step).equals("000000") ? "111111" : "000000";
		TotpLoginTests.assertCode(calls.login("support", Calls.DEMO_PASSWORD, wrong), "LoginTotpRequired", "TOTP_INVALID");
		assertThat((String) calls.login("support", Calls.DEMO_PASSWORD, TestTotp.code(secret, step)).ok()
			.at("login.__typename")).isEqualTo("LoginSuccess");
		assertThat(supportSessions()).isEqualTo(1);

		// enrolled now: the next sign-in asks for a code, not for enrolment
		TotpLoginTests.assertCode(calls.login("support", Calls.DEMO_PASSWORD, null), "LoginTotpRequired", "TOTP_REQUIRED");
		// a wrong password never reveals the enrolment secret
		assertThat((String) calls.login("support", "Wrong#Pass1", null).at("login.__typename")).isEqualTo("LoginFailed");
	}

	private long supportSessions() {
		return db.sql("SELECT count(*) FROM account_session s JOIN account a ON a.id = s.account_id WHERE a.username = 'support'")
			.map(row -> row.get(0, Long.class)).one().block();
	}

}
