package org.enrolcheck.correction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enrolcheck.audit.AuditEvent;
import org.enrolcheck.audit.AuditLog;
import org.enrolcheck.notify.Notifications;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A ticket's transitions. The move is one conditional UPDATE on the version the actor read, so of
 * two reviewers racing on one ticket exactly one changes it (the other's UPDATE, queued behind the
 * row lock, then matches nothing). Each step writes a ticket_event, an audit event and the student's
 * notice in the caller's transaction.
 */
@Component
class TicketWrites {

	private final DatabaseClient db;

	private final AuditLog audit;

	private final Notifications notifications;

	TicketWrites(DatabaseClient db, AuditLog audit, Notifications notifications) {
		this.db = db;
		this.audit = audit;
		this.notifications = notifications;
	}

	/**
	 * Moves {@code ticket} through {@code path} (e.g. IN_REVIEW then APPROVED) if its version is
	 * still {@code version}; {@code set} adds columns (decided_at, reason ...). False when stale.
	 */
	Mono<Boolean> move(CorrectionTicket ticket, int version, List<TicketState> path, String actor, String note,
			Map<String, Object> set) {
		TicketState to = path.get(path.size() - 1);
		List<String> assignments = new ArrayList<>(List.of("state = :to", "version = version + 1", "updated_at = now()"));
		set.keySet().forEach(column -> assignments.add(column + " = :" + column));
		if (to.closed()) {
			assignments.add("closed_at = now()");
		}
		var spec = db.sql("UPDATE ticket SET " + String.join(", ", assignments) + " WHERE id = :id AND version = :version")
			.bind("to", to.name()).bind("id", ticket.id()).bind("version", version);
		for (Map.Entry<String, Object> entry : set.entrySet()) {
			spec = spec.bind(entry.getKey(), entry.getValue() == null ? Parameter.empty(String.class) : entry.getValue());
		}
		return spec.fetch().rowsUpdated().flatMap(rows -> rows == 0 ? Mono.just(false)
				: steps(ticket, path, actor, note).then(closeItems(ticket.id(), to)).thenReturn(true));
	}

	private Mono<Void> steps(CorrectionTicket ticket, List<TicketState> path, String actor, String note) {
		List<TicketState[]> pairs = new ArrayList<>();
		TicketState from = ticket.state();
		for (TicketState step : path) {
			pairs.add(new TicketState[] { from, step });
			from = step;
		}
		return Flux.fromIterable(pairs).concatMap(pair -> event(ticket, pair[0], pair[1], actor, note)).then();
	}

	/** Writes one step's event, audit row and notice (also used for the first SUBMITTED step). */
	Mono<Void> event(CorrectionTicket ticket, TicketState from, TicketState to, String actor, String note) {
		Map<String, Object> before = new LinkedHashMap<>();
		if (from != null) {
			before.put("state", from.name());
		}
		return db.sql("INSERT INTO ticket_event (ticket_id, from_state, to_state, actor, note) VALUES (:ticket, :from, :to, :actor, :note)")
			.bind("ticket", ticket.id())
			.bind("from", from == null ? Parameter.empty(String.class) : from.name())
			.bind("to", to.name())
			.bind("actor", actor)
			.bind("note", note == null ? Parameter.empty(String.class) : note)
			.then()
			.then(audit.write(new AuditEvent(actor, "TICKET_" + to.name(), "CorrectionTicket", ticket.id(),
					ticket.institutionId(), from == null ? null : before, Map.of("state", to.name()), note)))
			// a step within IN_REVIEW (the college's review) is no news to the student
			.then(from == to ? Mono.empty() : notifications.post(TicketNotices.of(ticket, to, note == null ? "" : note)));
	}

	/** A closed ticket frees its fields for a new ticket (the unique open-field index). */
	private Mono<Void> closeItems(long ticketId, TicketState to) {
		return to.closed() ? db.sql("UPDATE ticket_item SET open = false WHERE ticket_id = :id").bind("id", ticketId).then()
				: Mono.empty();
	}

}
