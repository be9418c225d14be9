package org.enrolcheck.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.enrolcheck.graphql.Paging;
import org.enrolcheck.graphql.QueryLimitsProperties;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The dispute ways besides enrolment facts: classmate, manual review (and SUPPORT's queue), face verification. */
@Controller
class DisputeWaysController {

	private final ClassmateAssist classmates;

	private final ManualReview review;

	private final DisputeQueue queue;

	private final RealPerson realPerson;

	private final QueryLimitsProperties limits;

	DisputeWaysController(ClassmateAssist classmates, ManualReview review, DisputeQueue queue, RealPerson realPerson,
			QueryLimitsProperties limits) {
		this.classmates = classmates;
		this.review = review;
		this.queue = queue;
		this.realPerson = realPerson;
		this.limits = limits;
	}

	@SchemaMapping(typeName = "IdentityDispute", field = "methods")
	List<String> methods(IdentityDisputes.IdentityDispute dispute) {
		List<String> methods = new ArrayList<>();
		if (!"OPEN".equals(dispute.state())) {
			return methods;
		}
		if (dispute.factAttemptsLeft() > 0) {
			methods.add("ENROLMENT_FACTS");
		}
		if (dispute.classmateAttemptsLeft() > 0) {
			methods.add("CLASSMATE_ASSIST");
		}
		methods.add("MANUAL_REVIEW");
		if (realPerson.available()) {
			methods.add("REAL_PERSON");
		}
		return methods;
	}

	@SchemaMapping(typeName = "IdentityDispute", field = "latestClassmateRequest")
	Mono<ClassmateAssist.ClassmateRequestStatus> latestClassmateRequest(IdentityDisputes.IdentityDispute dispute) {
		return classmates.latest(dispute.id());
	}

	@QueryMapping
	Mono<Window<DisputeQueue.IdentityDisputeReview>> identityDisputes(@Argument String state, ScrollSubrange subrange) {
		return queue.page(state == null ? "PENDING" : state, Paging.of(subrange, limits));
	}

	@MutationMapping
	Mono<Object> requestClassmateAssist(@Argument ClassmateAssist.RequestClassmateAssistInput input, Locale locale) {
		return classmates.request(input, locale);
	}

	@MutationMapping
	Mono<Object> answerClassmateAssist(@Argument ClassmateAssist.AnswerClassmateAssistInput input, Locale locale) {
		return classmates.answer(input, locale);
	}

	@MutationMapping
	Mono<Object> submitIdentityPhoto(@Argument ManualReview.SubmitIdentityPhotoInput input, Locale locale) {
		return review.submit(input, locale);
	}

	@MutationMapping
	Mono<Object> decideIdentityDispute(@Argument ManualReview.DecideIdentityDisputeInput input, Locale locale) {
		return review.decide(input, locale);
	}

	@MutationMapping
	Mono<Object> startRealPersonVerification(@Argument RealPerson.StartRealPersonVerificationInput input, Locale locale) {
		return realPerson.start(input, locale);
	}

	@MutationMapping
	Mono<Object> completeRealPersonVerification(@Argument RealPerson.CompleteRealPersonVerificationInput input, Locale locale) {
		return realPerson.complete(input, locale);
	}

}
