package org.enrolcheck.account;

import org.enrolcheck.support.EnrolCheckTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The first registrar is made once; its generated password is shown that once and works. */
@EnrolCheckTest
@ExtendWith(OutputCaptureExtension.class)
class BootstrapRegistrarTests {

	@Autowired
	AccountRepository accounts;

	@Autowired
	Passwords passwords;

	@Autowired
	DatabaseClient db;

	@Autowired
	WebTestClient http;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void aGeneratedPasswordIsPrintedOnceAndOnlyWhenTheAccountIsCreated(CapturedOutput output) {
		// a new installation: no registrar yet, no demo password, nothing configured
		removeRegistrar();
		BootstrapRegistrar bootstrap = new BootstrapRegistrar(accounts, db, passwords, "", false);

		assertThat(bootstrap.ensure().block()).isTrue();
		String printed = output.getOut();
		assertThat(printed).containsOnlyOnce("Bootstrap registrar created");
		String password = printed.replaceAll("(?s).*password '([^']+)'.*", "$1");
		assertThat(password).matches(Passwords.RULE);

		assertThat(bootstrap.ensure().block()).isFalse();
		assertThat(output.getOut()).containsOnlyOnce("Bootstrap registrar created");
		assertThat(db.sql("SELECT count(*) FROM account WHERE username = 'registrar'").map(row -> row.get(0, Long.class))
			.one().block()).isOne();
		assertThat(new AuthClient(http, graphQl).login("registrar", password).typename()).isEqualTo("LoginSuccess");
	}

	@Test
	void aConfiguredPasswordIsUsedAndNeverPrinted(CapturedOutput output) {
		removeRegistrar();
		BootstrapRegistrar bootstrap = new BootstrapRegistrar(accounts, db, passwords, "From-Env#2025", false);
		assertThat(bootstrap.ensure().block()).isTrue();
		assertThat(output.getOut()).contains("password from ENROLCHECK_BOOTSTRAP_PASSWORD").doesNotContain("From-Env#2025");
		assertThat(new AuthClient(http, graphQl).login("registrar", "From-Env#2025").typename()).isEqualTo("LoginSuccess");
	}

	private void removeRegistrar() {
		String mine = "(SELECT id FROM account WHERE username = 'registrar')";
		db.sql("DELETE FROM refresh_token WHERE session_id IN (SELECT id FROM account_session WHERE account_id = " + mine + ")")
			.then()
			.then(db.sql("DELETE FROM account_session WHERE account_id = " + mine).then())
			.then(db.sql("DELETE FROM login_attempt WHERE account_id = " + mine).then())
			.then(db.sql("DELETE FROM account WHERE username = 'registrar'").then())
			.block();
	}

}
