package org.enrolcheck.identity;

import java.util.Locale;

import org.enrolcheck.account.Account;
import org.enrolcheck.graphql.GlobalId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** A claimant's identity dispute: its state on the account, and proving enrolment facts. */
@Controller
class DisputeController {

	private final IdentityDisputes disputes;

	DisputeController(IdentityDisputes disputes) {
		this.disputes = disputes;
	}

	@SchemaMapping(typeName = "Account", field = "identityDispute")
	Mono<IdentityDisputes.IdentityDispute> identityDispute(Account account) {
		return disputes.latest(account);
	}

	@SchemaMapping(typeName = "IdentityDispute", field = "id")
	String disputeId(IdentityDisputes.IdentityDispute dispute) {
		return GlobalId.encode("IdentityDispute", dispute.id());
	}

	@MutationMapping
	Mono<Object> proveEnrolmentFacts(@Argument IdentityDisputes.ProveEnrolmentFactsInput input, Locale locale) {
		return disputes.proveEnrolmentFacts(input, locale);
	}

}
