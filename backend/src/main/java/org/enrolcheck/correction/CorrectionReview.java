package org.enrolcheck.correction;

import java.util.List;
import java.util.Map;

import org.enrolcheck.db.Where;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The college's first review of IDENTITY items, questions to the student (NEEDS_INFO ↔ IN_REVIEW)
 * and the student's own answer and withdrawal. Decisions are in {@link CorrectionDecisions}.
 */
@Service
class CorrectionReview {

	private final TicketRepository tickets;

	private final TicketWrites writes;

	private final EvidenceFiles evidence;

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	CorrectionReview(TicketRepository tickets, TicketWrites writes, EvidenceFiles evidence, DatabaseClient db,
			TransactionalOperator transaction) {
		this.tickets = tickets;
		this.writes = writes;
		this.evidence = evidence;
		this.db = db;
		this.transaction = transaction;
	}

	record Recommendation(String itemId, String recommendation, String note) {
	}

	/** COLLEGE_ADMIN of the ticket's college: recommends on each IDENTITY item; the ticket is then in review. */
	Mono<TicketOutcome> collegeReview(String ticketId, int version, List<Recommendation> items, boolean english) {
		return Viewer.current().flatMap(viewer -> {
			if (!viewer.has(Role.COLLEGE_ADMIN)) {
				return Mono.error(viewer.refusal());
			}
			return staffTicket(viewer, ticketId).flatMap(ticket -> tickets.items(List.of(ticket.id())).collectList()
				.flatMap(all -> {
					if (ticket.version() != version) {
						return Mono.just((TicketOutcome) new TicketOutcome.Stale(ticket.version()));
					}
					if (!ticket.state().reviewable() || ticket.state() == TicketState.NEEDS_INFO) {
						return refused(Refusal.TICKET_NOT_OPEN);
					}
					Map<Long, TicketItem> byId = new java.util.HashMap<>();
					all.stream().filter(item -> item.tier() == TicketField.Tier.IDENTITY).forEach(item -> byId.put(item.id(), item));
					if (byId.isEmpty()) {
						return refused(Refusal.NOT_YOUR_COLLEGE_STEP);
					}
					for (Recommendation r : items) {
						long itemId = GlobalId.decode(r.itemId(), "TicketItem");
						if (!byId.containsKey(itemId) || !List.of("ACCEPT", "REJECT").contains(r.recommendation())) {
							return Mono.just(CorrectionFiling.invalid("items", "ITEM_NOT_REVIEWABLE", english,
									"只能审核本申请中的身份信息字段。", "Only this ticket's identity items can be reviewed here."));
						}
					}
					return writes.move(ticket, version, List.of(TicketState.IN_REVIEW), viewer.subject(), "学院审核", Map.of())
						.flatMap(moved -> !moved ? stale(ticket.id()) : Flux.fromIterable(items)
							.concatMap(r -> db.sql("""
									UPDATE ticket_item SET college_recommendation = :recommendation, review_note = :note,
									  college_reviewed_by = :by, college_reviewed_at = now() WHERE id = :id""")
								.bind("recommendation", r.recommendation())
								.bind("note", TicketRepository.nullable(r.note(), String.class))
								.bind("by", viewer.subject())
								.bind("id", GlobalId.decode(r.itemId(), "TicketItem")).then())
							.then(saved(ticket.id())))
						.as(transaction::transactional);
				}));
		});
	}

	/** A reviewer asks the student for more (NEEDS_INFO); the question reaches the student by SMS too. */
	Mono<TicketOutcome> requestInfo(String ticketId, int version, String message, boolean english) {
		return Viewer.current().flatMap(viewer -> {
			if (!viewer.has(Role.COLLEGE_ADMIN) && !viewer.has(Role.REGISTRAR)) {
				return Mono.error(viewer.refusal());
			}
			if (message == null || message.strip().length() < 2 || message.strip().length() > 500) {
				return Mono.just(CorrectionFiling.invalid("message", "MESSAGE_REQUIRED", english,
						"请写明需要补充的内容（2–500 字）。", "Say what is needed (2–500 characters)."));
			}
			return staffTicket(viewer, ticketId).flatMap(ticket -> {
				if (ticket.version() != version) {
					return Mono.just((TicketOutcome) new TicketOutcome.Stale(ticket.version()));
				}
				if (ticket.state() != TicketState.SUBMITTED && ticket.state() != TicketState.IN_REVIEW) {
					return refused(Refusal.TICKET_NOT_OPEN);
				}
				List<TicketState> path = ticket.state() == TicketState.SUBMITTED
						? List.of(TicketState.IN_REVIEW, TicketState.NEEDS_INFO) : List.of(TicketState.NEEDS_INFO);
				return writes.move(ticket, version, path, viewer.subject(), message.strip(), Map.of())
					.flatMap(moved -> moved ? saved(ticket.id()) : stale(ticket.id()))
					.as(transaction::transactional);
			});
		});
	}

	record Answer(String itemId, List<String> evidenceIds) {
	}

	/** The student answers a question: a note and more evidence; the ticket goes back to review. */
	Mono<TicketOutcome> answer(String ticketId, int version, String note, List<Answer> items, boolean english) {
		return studentTicket(ticketId).flatMap(both -> {
			Viewer viewer = both.viewer();
			CorrectionTicket ticket = both.ticket();
			if (ticket.version() != version) {
				return Mono.just((TicketOutcome) new TicketOutcome.Stale(ticket.version()));
			}
			if (ticket.state() != TicketState.NEEDS_INFO) {
				return refused(Refusal.TICKET_NOT_OPEN);
			}
			if (note == null || note.strip().length() < 2 || note.strip().length() > 500) {
				return Mono.just(CorrectionFiling.invalid("note", "NOTE_REQUIRED", english, "请填写补充说明（2–500 字）。",
						"Write what you add (2–500 characters)."));
			}
			List<Answer> answers = items == null ? List.of() : items;
			List<Long> uploads = answers.stream().flatMap(a -> a.evidenceIds().stream())
				.map(id -> GlobalId.decode(id, "Upload")).distinct().toList();
			return tickets.items(List.of(ticket.id())).map(TicketItem::id).collectList()
				.flatMap(itemIds -> answers.stream().allMatch(a -> itemIds.contains(GlobalId.decode(a.itemId(), "TicketItem")))
						? evidence.open(uploads, viewer.subject())
							.flatMap(files -> writes.move(ticket, version, List.of(TicketState.IN_REVIEW), viewer.subject(),
									note.strip(), Map.of())
								.flatMap(moved -> !moved ? stale(ticket.id()) : evidence.keep(files)
									.thenMany(Flux.fromIterable(answers).concatMap(a -> Flux.fromIterable(a.evidenceIds())
										.concatMap(upload -> db.sql("INSERT INTO ticket_evidence (item_id, upload_id) VALUES (:item, :upload)")
											.bind("item", GlobalId.decode(a.itemId(), "TicketItem"))
											.bind("upload", GlobalId.decode(upload, "Upload")).then())))
									.then(saved(ticket.id())))
								.as(transaction::transactional))
						: Mono.error(new ApiException(ErrorCode.NOT_FOUND)))
				.onErrorResume(EvidenceFiles.EvidenceRejected.class, rejected -> Mono.just(CorrectionFiling.invalid("items",
						rejected.code, english, "证明材料须为 1 MB 以内的 jpg、png 或 pdf 文件。",
						"Evidence must be a jpg, png or pdf of at most 1 MB.")));
		});
	}

	/** The student takes the ticket back before a decision; its fields are free for a new ticket. */
	Mono<TicketOutcome> withdraw(String ticketId, int version, String reason) {
		return studentTicket(ticketId).flatMap(both -> {
			CorrectionTicket ticket = both.ticket();
			if (ticket.version() != version) {
				return Mono.just((TicketOutcome) new TicketOutcome.Stale(ticket.version()));
			}
			if (!ticket.state().withdrawable()) {
				return refused(Refusal.TICKET_NOT_OPEN);
			}
			String why = reason == null || reason.isBlank() ? null : reason.strip();
			if (why != null && why.length() > 500) {
				why = why.substring(0, 500);
			}
			return writes.move(ticket, version, List.of(TicketState.WITHDRAWN), both.viewer().subject(), why,
					java.util.Collections.singletonMap("reason", why))
				.flatMap(moved -> moved ? saved(ticket.id()) : stale(ticket.id()))
				.as(transaction::transactional);
		});
	}

	private record Owned(Viewer viewer, CorrectionTicket ticket) {
	}

	private Mono<Owned> studentTicket(String ticketId) {
		return Viewer.current().flatMap(viewer -> {
			if (!TicketScope.isStudent(viewer)) {
				return Mono.error(viewer.refusal());
			}
			return tickets.find(TicketScope.staffOrStudent(viewer).and("t.id = :id", "id", GlobalId.decode(ticketId, "CorrectionTicket")))
				.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)))
				.map(ticket -> new Owned(viewer, ticket));
		});
	}

	/** A ticket within a reviewer's scope (COUNSELLOR reads only, so never here). */
	Mono<CorrectionTicket> staffTicket(Viewer viewer, String ticketId) {
		Where scope = TicketScope.staff(viewer);
		return tickets.find(scope.and("t.id = :id", "id", GlobalId.decode(ticketId, "CorrectionTicket")))
			.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)));
	}

	private Mono<TicketOutcome> saved(long ticketId) {
		return tickets.find(new Where().and("t.id = :id", "id", ticketId)).map(TicketOutcome.Saved::new);
	}

	private Mono<TicketOutcome> stale(long ticketId) {
		return tickets.find(new Where().and("t.id = :id", "id", ticketId)).map(now -> new TicketOutcome.Stale(now.version()));
	}

	static Mono<TicketOutcome> refused(Refusal refusal) {
		return Mono.just(new TicketOutcome.Refused(refusal));
	}

}
