package org.enrolcheck.identity;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps the identity counters from growing without end: spent ALTCHA signatures outlive their
 * challenge's expiry by a day, asks for codes and username look-ups are needed for two days at most
 * (the daily caps), used or expired codes for a day. Any replica may do it; about one SMS request in
 * a hundred does, so no scheduler is needed.
 */
@Component
class IdentityHousekeeping {

	private final DatabaseClient db;

	IdentityHousekeeping(DatabaseClient db) {
		this.db = db;
	}

	/** Purges now and then: call it outside the request's transaction. */
	Mono<Void> nowAndThen() {
		return ThreadLocalRandom.current().nextInt(100) == 0 ? purge() : Mono.empty();
	}

	Mono<Void> purge() {
		return db.sql("DELETE FROM altcha_spent WHERE spent_at < now() - interval '1 day'").then()
			.then(db.sql("DELETE FROM sms_request WHERE requested_at < now() - interval '2 days'").then())
			.then(db.sql("DELETE FROM sms_code WHERE expires_at < now() - interval '1 day'").then())
			.then(db.sql("DELETE FROM username_lookup WHERE looked_up_at < now() - interval '2 days'").then())
			.then(db.sql("DELETE FROM sms_lock WHERE locked_until < now()").then());
	}

}
