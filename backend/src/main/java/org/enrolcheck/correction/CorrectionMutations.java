package org.enrolcheck.correction;

import java.util.List;
import java.util.Locale;

import org.enrolcheck.graphql.Language;
import org.enrolcheck.graphql.ValidationFailed;
import org.enrolcheck.graphql.ValidationFailed.FieldError;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Ticket mutations: map the input, call the service, turn its outcome into the payload union. */
@Controller
class CorrectionMutations {

	private final CorrectionFiling filing;

	private final CorrectionReview review;

	private final CorrectionDecisions decisions;

	private final CorrectionBulk bulk;

	private final FieldRouting routing;

	CorrectionMutations(CorrectionFiling filing, CorrectionReview review, CorrectionDecisions decisions, CorrectionBulk bulk,
			FieldRouting routing) {
		this.filing = filing;
		this.review = review;
		this.decisions = decisions;
		this.bulk = bulk;
		this.routing = routing;
	}

	@MutationMapping
	Mono<Object> fileCorrectionTicket(@Argument CorrectionFiling.FileInput input, Locale locale) {
		return filing.file(input, Language.english(locale)).map(outcome -> CorrectionController.payload(outcome, locale));
	}

	record CollegeReviewInput(String ticketId, int version, List<CorrectionReview.Recommendation> items) {
	}

	@MutationMapping
	Mono<Object> collegeReviewCorrectionTicket(@Argument CollegeReviewInput input, Locale locale) {
		return review.collegeReview(input.ticketId(), input.version(), input.items(), Language.english(locale))
			.map(outcome -> CorrectionController.payload(outcome, locale));
	}

	record RequestInfoInput(String ticketId, int version, String message) {
	}

	@MutationMapping
	Mono<Object> requestCorrectionInfo(@Argument RequestInfoInput input, Locale locale) {
		return review.requestInfo(input.ticketId(), input.version(), input.message(), Language.english(locale))
			.map(outcome -> CorrectionController.payload(outcome, locale));
	}

	record AnswerInput(String ticketId, int version, String note, List<CorrectionReview.Answer> items) {
	}

	@MutationMapping
	Mono<Object> answerCorrectionTicket(@Argument AnswerInput input, Locale locale) {
		return review.answer(input.ticketId(), input.version(), input.note(), input.items(), Language.english(locale))
			.map(outcome -> CorrectionController.payload(outcome, locale));
	}

	record WithdrawInput(String ticketId, int version, String reason) {
	}

	@MutationMapping
	Mono<Object> withdrawCorrectionTicket(@Argument WithdrawInput input, Locale locale) {
		return review.withdraw(input.ticketId(), input.version(), input.reason())
			.map(outcome -> CorrectionController.payload(outcome, locale));
	}

	record DecideInput(String ticketId, int version, List<CorrectionDecisions.Decision> decisions, String rejectionCode,
			String reason) {
	}

	@MutationMapping
	Mono<Object> decideCorrectionTicket(@Argument DecideInput input, Locale locale) {
		return decisions.decide(input.ticketId(), input.version(), input.decisions(), input.rejectionCode(), input.reason(),
				Language.english(locale))
			.map(outcome -> CorrectionController.payload(outcome, locale));
	}

	record BulkInput(List<CorrectionBulk.TicketVersion> tickets, String decision, String rejectionCode, String reason,
			boolean dryRun) {
	}

	record CorrectionBulkDecision(boolean dryRun, List<CorrectionBulk.Entry> entries) {
	}

	@MutationMapping
	Mono<Object> decideCorrectionTickets(@Argument BulkInput input, Locale locale) {
		if (input.tickets() == null || input.tickets().isEmpty() || input.tickets().size() > CorrectionBulk.MAX_TICKETS) {
			return org.enrolcheck.security.Viewer.registrar().map(viewer -> ValidationFailed.of(List.of(new FieldError("tickets",
					"TICKET_COUNT", Language.pick(locale, "一次可决定 1–100 份申请。", "Decide 1–100 tickets at a time."))), locale));
		}
		return bulk.decide(input.tickets(), "ACCEPT_ALL".equals(input.decision()), input.rejectionCode(), input.reason(),
				input.dryRun())
			.map(result -> new CorrectionBulkDecision(result.dryRun(), result.entries()));
	}

	record TierInput(String field, TicketField.Tier tier) {
	}

	record CorrectionFieldTierSet(FieldRouting.Routing routing) {
	}

	@MutationMapping
	Mono<Object> setCorrectionFieldTier(@Argument TierInput input, Locale locale) {
		return routing.set(input.field(), input.tier(), Language.english(locale)).map(result -> switch (result) {
			case FieldRouting.Routing saved -> new CorrectionFieldTierSet(saved);
			case TicketOutcome.Invalid invalid -> ValidationFailed.of(invalid.problems(), locale);
			default -> result;
		});
	}

}
