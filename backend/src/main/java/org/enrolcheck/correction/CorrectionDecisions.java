package org.enrolcheck.correction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enrolcheck.audit.AuditEvent;
import org.enrolcheck.audit.AuditLog;
import org.enrolcheck.db.Where;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.record.RecordCorrections;
import org.enrolcheck.security.Viewer;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The REGISTRAR's decision, item by item: all rejected makes the ticket REJECTED (with a template or
 * a written reason); any accepted makes it APPROVED and applies it at once — the record is written
 * through the registrar's edit path in the same transaction (audit old → new, version bump, so the
 * record's confirmation stops counting) and the ticket is APPLIED.
 */
@Service
class CorrectionDecisions {

	private final TicketRepository tickets;

	private final TicketWrites writes;

	private final CorrectionReview review;

	private final RecordCorrections recordWrites;

	private final PersonalDataCipher cipher;

	private final DatabaseClient db;

	private final AuditLog audit;

	private final TransactionalOperator transaction;

	CorrectionDecisions(TicketRepository tickets, TicketWrites writes, CorrectionReview review,
			RecordCorrections recordWrites, PersonalDataCipher cipher, DatabaseClient db, AuditLog audit,
			TransactionalOperator transaction) {
		this.audit = audit;
		this.tickets = tickets;
		this.writes = writes;
		this.review = review;
		this.recordWrites = recordWrites;
		this.cipher = cipher;
		this.db = db;
		this.transaction = transaction;
	}

	record Decision(String itemId, String decision, String note) {
	}

	/** A decision checked against the ticket: what it would do, or why it cannot. */
	record Plan(CorrectionTicket ticket, int version, List<TicketItem> items, Map<Long, String> decisions,
			List<TicketItem> accepted, String reason, String rejectionCode, Refusal refusal) {

		boolean rejectsAll() {
			return accepted.isEmpty();
		}

	}

	Mono<TicketOutcome> decide(String ticketId, int version, List<Decision> decisions, String rejectionCode, String reason,
			boolean english) {
		return Viewer.registrar().flatMap(viewer -> review.staffTicket(viewer, ticketId)
			.flatMap(ticket -> ticket.version() != version ? Mono.just(new TicketOutcome.Stale(ticket.version()))
					: tickets.items(List.of(ticket.id())).collectList().flatMap(items -> {
				Map<Long, String> byItem = new LinkedHashMap<>();
				for (Decision d : decisions == null ? List.<Decision>of() : decisions) {
					byItem.put(GlobalId.decode(d.itemId(), "TicketItem"), d.decision());
				}
				boolean complete = items.stream().allMatch(item -> "ACCEPTED".equals(byItem.get(item.id()))
						|| "REJECTED".equals(byItem.get(item.id())));
				if (!complete || byItem.size() != items.size()) {
					return Mono.just(CorrectionFiling.invalid("decisions", "ITEM_DECISION_MISSING", english,
							"请对本申请的每一项作出通过或驳回的决定。", "Decide every item of the ticket: ACCEPTED or REJECTED."));
				}
				return plan(ticket, version, items, byItem, rejectionCode, reason)
					.flatMap(plan -> plan.refusal() != null ? CorrectionReview.refused(plan.refusal()) : execute(viewer, plan));
			})));
	}

	/** Checks a decision without writing: the bulk preview and the single decision share it. */
	Mono<Plan> plan(CorrectionTicket ticket, int version, List<TicketItem> items, Map<Long, String> decisions,
			String rejectionCode, String reason) {
		List<TicketItem> accepted = items.stream().filter(item -> "ACCEPTED".equals(decisions.get(item.id()))).toList();
		Refusal refusal = null;
		if (!ticket.state().reviewable()) {
			refusal = Refusal.TICKET_NOT_OPEN;
		}
		else if (items.stream().anyMatch(TicketItem::needsCollegeReview)) {
			refusal = Refusal.COLLEGE_REVIEW_PENDING;
		}
		Refusal checked = refusal;
		if (checked == null && accepted.isEmpty()) {
			return template(ticket.institutionId(), rejectionCode).defaultIfEmpty("").map(text -> {
				String why = (text + (reason == null || reason.isBlank() ? "" : (text.isEmpty() ? "" : " ") + reason.strip())).strip();
				return new Plan(ticket, version, items, decisions, accepted, why, text.isEmpty() ? null : rejectionCode,
						why.length() < 2 ? Refusal.REASON_REQUIRED : null);
			});
		}
		return Mono.just(new Plan(ticket, version, items, decisions, accepted, reason == null ? null : reason.strip(), null,
				checked));
	}

	Mono<TicketOutcome> execute(Viewer viewer, Plan plan) {
		CorrectionTicket ticket = plan.ticket();
		List<TicketState> path = new ArrayList<>();
		if (ticket.state() != TicketState.IN_REVIEW) {
			path.add(TicketState.IN_REVIEW);
		}
		if (plan.rejectsAll()) {
			path.add(TicketState.REJECTED);
		}
		else {
			path.add(TicketState.APPROVED);
			path.add(TicketState.APPLIED);
		}
		Map<String, Object> set = new LinkedHashMap<>();
		set.put("decided_at", java.time.OffsetDateTime.now());
		set.put("decided_by", viewer.subject());
		set.put("reason", plan.reason());
		set.put("rejection_code", plan.rejectionCode());
		return writes.move(ticket, plan.version(), path, viewer.subject(), plan.reason(), set)
			.flatMap(moved -> !moved ? stale(ticket.id())
					: Flux.fromIterable(plan.items()).concatMap(item -> db.sql(
							"UPDATE ticket_item SET decision = :decision, decided_by = :by, decided_at = now() WHERE id = :id")
						.bind("decision", plan.decisions().get(item.id())).bind("by", viewer.subject()).bind("id", item.id()).then())
						.then(plan.rejectsAll() ? Mono.empty() : apply(ticket, plan.accepted()))
						.then(tickets.find(new Where().and("t.id = :id", "id", ticket.id())).map(TicketOutcome.Saved::new)))
			.as(transaction::transactional)
			.onErrorResume(ApplyRefused.class, refused -> CorrectionReview.refused(Refusal.RECORD_CHANGE_REFUSED));
	}

	/** Writes the accepted values the record holds; provincial-only fields stay for the 勘误表. */
	private Mono<Void> apply(CorrectionTicket ticket, List<TicketItem> accepted) {
		Map<String, String> values = new LinkedHashMap<>();
		List<Long> written = new ArrayList<>();
		return db.sql("SELECT id, requested_cipher FROM ticket_item WHERE ticket_id = :ticket AND field = 'idNumber'")
			.bind("ticket", ticket.id())
			.map(row -> java.util.Optional.ofNullable(row.get("requested_cipher", byte[].class)))
			.all().next().defaultIfEmpty(java.util.Optional.empty())
			.flatMap(idCipher -> {
				for (TicketItem item : accepted) {
					TicketField field = TicketField.of(item.field()).orElseThrow();
					if (field.written()) {
						values.put(field.graphQlName(), field == TicketField.ID_NUMBER && idCipher.isPresent()
								? cipher.decryptText(CorrectionFiling.ID_NUMBER_COLUMN, idCipher.get()) : item.requestedValue());
						written.add(item.id());
					}
				}
				if (values.isEmpty()) {
					return Mono.empty();
				}
				String reason = "勘误申请 " + GlobalId.encode("CorrectionTicket", ticket.id());
				return recordWrites.apply(ticket.recordId(), values, reason).flatMap(result -> switch (result) {
					case RecordCorrections.Written.Applied applied -> db
						.sql("UPDATE ticket_item SET written = true WHERE id = ANY(:ids)")
						.bind("ids", written.toArray(Long[]::new)).then()
						.then(values.containsKey("name") ? followName(ticket, values.get("name")) : Mono.empty());
					case RecordCorrections.Written.Refused refused -> Mono.error(new ApplyRefused(refused.problems()));
				});
			});
	}

	/**
	 * A record is linked to an account by name and ID number: when the name is corrected, the filer's
	 * account takes the corrected name too, or the student would lose sight of their own record.
	 */
	private Mono<Void> followName(CorrectionTicket ticket, String name) {
		return db.sql("SELECT display_name FROM account WHERE id = :id").bind("id", ticket.accountId())
			.map(row -> row.get(0, String.class)).one()
			.flatMap(before -> db.sql("UPDATE account SET display_name = :name, version = version + 1, updated_at = now() WHERE id = :id")
				.bind("name", name).bind("id", ticket.accountId()).then()
				.then(audit.write(new AuditEvent("system", "ACCOUNT_NAME_FOLLOWS_RECORD", "Account", ticket.accountId(),
						ticket.institutionId(), Map.of("displayName", before), Map.of("displayName", name),
						"勘误申请 " + GlobalId.encode("CorrectionTicket", ticket.id())))));
	}

	private Mono<String> template(long institutionId, String code) {
		if (code == null || code.isBlank()) {
			return Mono.empty();
		}
		return db.sql("""
				SELECT text_zh FROM rejection_template WHERE code = :code AND active
				  AND (institution_id = :institution OR institution_id IS NULL) ORDER BY institution_id NULLS LAST LIMIT 1""")
			.bind("code", code).bind("institution", institutionId)
			.map(row -> row.get(0, String.class)).one();
	}

	private Mono<TicketOutcome> stale(long ticketId) {
		return tickets.find(new Where().and("t.id = :id", "id", ticketId)).map(now -> new TicketOutcome.Stale(now.version()));
	}

	/** The record refused the approved values; the whole decision rolls back. */
	static final class ApplyRefused extends RuntimeException {

		final List<String> problems;

		ApplyRefused(List<String> problems) {
			super(String.join(",", problems), null, false, false);
			this.problems = problems;
		}

	}

}
