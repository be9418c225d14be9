package org.enrolcheck.correction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.record.EnrolmentRecord;
import org.enrolcheck.record.RecordService;
import org.enrolcheck.security.Viewer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Many tickets decided at once (REGISTRAR): every item accepted, or every item rejected with one
 * reason. {@code dryRun} returns what would change — each field's live value beside the requested
 * one — and writes nothing; without it each ticket is decided in its own transaction, so one stale
 * ticket does not hold back the others.
 */
@Service
class CorrectionBulk {

	static final int MAX_TICKETS = 100;

	private final CorrectionReview review;

	private final CorrectionDecisions decisions;

	private final TicketRepository tickets;

	private final RecordService records;

	CorrectionBulk(CorrectionReview review, CorrectionDecisions decisions, TicketRepository tickets, RecordService records) {
		this.review = review;
		this.decisions = decisions;
		this.tickets = tickets;
		this.records = records;
	}

	record TicketVersion(String ticketId, int version) {
	}

	/** One field as it would change: the record's value now and the requested one. */
	record Change(String field, String currentValue, String requestedValue) {
	}

	/**
	 * @param outcome WOULD_APPLY, WOULD_REJECT, APPLIED, REJECTED, or a refusal / VERSION_CONFLICT
	 */
	record Entry(CorrectionTicket ticket, String outcome, List<Change> changes) {
	}

	record Result(boolean dryRun, List<Entry> entries) {
	}

	Mono<Result> decide(List<TicketVersion> targets, boolean accept, String rejectionCode, String reason, boolean dryRun) {
		return Viewer.registrar().flatMap(viewer -> {
			if (targets == null || targets.isEmpty() || targets.size() > MAX_TICKETS) {
				return Mono.error(new org.enrolcheck.graphql.ApiException(org.enrolcheck.graphql.ErrorCode.BAD_USER_INPUT));
			}
			return Flux.fromIterable(targets)
				.concatMap(target -> review.staffTicket(viewer, target.ticketId()).map(ticket -> Map.entry(ticket, target.version())))
				.collectList()
				.flatMap(found -> {
					List<Long> ids = found.stream().map(entry -> entry.getKey().id()).toList();
					return tickets.items(ids).collectMultimap(TicketItem::ticketId)
						.zipWith(records.recordsByIds(found.stream().map(entry -> entry.getKey().recordId()).toList()))
						.flatMap(both -> Flux.fromIterable(found)
							.concatMap(entry -> one(viewer, entry.getKey(), entry.getValue(),
									List.copyOf(both.getT1().getOrDefault(entry.getKey().id(), List.of())),
									both.getT2().get(entry.getKey().recordId()), accept, rejectionCode, reason, dryRun))
							.collectList());
				})
				.map(entries -> new Result(dryRun, entries));
		});
	}

	private Mono<Entry> one(Viewer viewer, CorrectionTicket ticket, int version, List<TicketItem> items, EnrolmentRecord record,
			boolean accept, String rejectionCode, String reason, boolean dryRun) {
		Map<Long, String> byItem = new LinkedHashMap<>();
		items.forEach(item -> byItem.put(item.id(), accept ? "ACCEPTED" : "REJECTED"));
		List<Change> changes = new ArrayList<>();
		if (accept) {
			for (TicketItem item : items) {
				TicketField field = TicketField.of(item.field()).orElseThrow();
				changes.add(new Change(item.field(), record == null ? item.currentValue() : field.currentValue(record),
						item.requestedValue()));
			}
		}
		return decisions.plan(ticket, version, items, byItem, rejectionCode, reason).flatMap(plan -> {
			if (ticket.version() != version) {
				return Mono.just(new Entry(ticket, "VERSION_CONFLICT", changes));
			}
			if (plan.refusal() != null) {
				return Mono.just(new Entry(ticket, plan.refusal().name(), changes));
			}
			if (dryRun) {
				return Mono.just(new Entry(ticket, accept ? "WOULD_APPLY" : "WOULD_REJECT", changes));
			}
			return decisions.execute(viewer, plan).map(outcome -> switch (outcome) {
				case TicketOutcome.Saved saved -> new Entry(saved.ticket(), saved.ticket().state().name(), changes);
				case TicketOutcome.Stale stale -> new Entry(ticket, "VERSION_CONFLICT", changes);
				case TicketOutcome.Refused refused -> new Entry(ticket, refused.refusal().name(), changes);
				case TicketOutcome.Invalid invalid -> new Entry(ticket, "VALIDATION_FAILED", changes);
				case TicketOutcome.KeyReused reused -> new Entry(ticket, "IDEMPOTENCY_KEY_REUSED", changes);
			});
		});
	}

	static String id(CorrectionTicket ticket) {
		return GlobalId.encode("CorrectionTicket", ticket.id());
	}

}
