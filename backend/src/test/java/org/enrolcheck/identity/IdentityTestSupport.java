package org.enrolcheck.identity;

import org.enrolcheck.notify.Outbox;
import org.enrolcheck.support.RecordFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What every identity test class uses: the server, the database, the outbox and a registration client. */
abstract class IdentityTestSupport {

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Autowired
	Outbox outbox;

	@Autowired
	RecordFixtures fixtures;

	IdentityClient client;

	@BeforeEach
	void setUpClient() {
		client = new IdentityClient(http, db, outbox);
	}

}
