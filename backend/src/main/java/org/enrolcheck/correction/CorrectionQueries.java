package org.enrolcheck.correction;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.enrolcheck.db.Where;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Paging;
import org.enrolcheck.record.EnrolmentRecord;
import org.enrolcheck.record.RecordService;
import org.enrolcheck.security.Viewer;
import org.springframework.data.domain.Window;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads of tickets within the viewer's scope (see {@link TicketScope}). */
@Service
class CorrectionQueries {

	private final TicketRepository tickets;

	private final RecordService records;

	private final DatabaseClient db;

	CorrectionQueries(TicketRepository tickets, RecordService records, DatabaseClient db) {
		this.tickets = tickets;
		this.records = records;
		this.db = db;
	}

	/** The review queue's filters, ids still global. */
	record Filter(TicketState state, TicketField.Tier tier, String collegeId, String campaignId) {

		Where where(Where where) {
			return where.and("t.state = :state", "state", state == null ? null : state.name())
				.and("EXISTS (SELECT 1 FROM ticket_item ti WHERE ti.ticket_id = t.id AND ti.tier = :tier)", "tier",
						tier == null ? null : tier.name())
				.and("t.college_id = :collegeId", "collegeId", GlobalId.decodeOptional(collegeId, "College"))
				.and("t.campaign_id = :campaignId", "campaignId", GlobalId.decodeOptional(campaignId, "Campaign"));
		}

	}

	Mono<CorrectionTicket> ticket(long id) {
		return Viewer.current().flatMap(viewer -> tickets.find(TicketScope.reader(viewer).and("t.id = :id", "id", id)));
	}

	Mono<Window<CorrectionTicket>> queue(Filter filter, Paging paging) {
		return Viewer.current().flatMap(viewer -> {
			Where where = filter == null ? TicketScope.staffReader(viewer) : filter.where(TicketScope.staffReader(viewer));
			return tickets.page(where, paging).collectList().map(rows -> paging.window(rows, TicketRepository::cursorKeys));
		});
	}

	Flux<Map<String, Object>> summary(Filter filter) {
		return Viewer.current().flatMapMany(viewer -> tickets
			.summary(filter == null ? TicketScope.staffReader(viewer) : filter.where(TicketScope.staffReader(viewer))));
	}

	/** The tickets of many records, newest first, within the viewer's scope (a student: their own). */
	Mono<Map<Long, Collection<CorrectionTicket>>> ofRecords(Collection<Long> recordIds) {
		return Viewer.current().flatMap(viewer -> tickets
			.all(TicketScope.reader(viewer).and("t.record_id = ANY(:records)", "records", recordIds.toArray(Long[]::new)))
			.collectMultimap(CorrectionTicket::recordId));
	}

	Mono<Map<Long, Collection<TicketItem>>> items(Collection<Long> ticketIds) {
		return tickets.items(ticketIds).collectMultimap(TicketItem::ticketId);
	}

	/**
	 * The records behind tickets: staff in one statement through their record scope; a student's
	 * own few one by one through the student's record scope (the staff batch refuses students).
	 */
	Mono<Map<Long, EnrolmentRecord>> records(List<Long> recordIds) {
		return Viewer.current().flatMap(viewer -> TicketScope.isStudent(viewer)
				? Flux.fromIterable(recordIds).distinct().concatMap(records::record).collectMap(EnrolmentRecord::id)
				: records.recordsByIds(recordIds));
	}

	/**
	 * The records behind items' live values: as {@link #records}, but an integrator's token without
	 * records:read gets none (the value stays null) instead of a refusal of the whole queue.
	 */
	Mono<Map<Long, EnrolmentRecord>> liveRecords(List<Long> recordIds) {
		return Viewer.current().flatMap(viewer -> TicketScope.isTicketsIntegrator(viewer)
				&& !viewer.isIntegratorWith("records:read") ? Mono.just(Map.<Long, EnrolmentRecord>of()) : records(recordIds));
	}

	/** The ticket's timeline for the student and the reviewers. */
	Flux<TicketEvent> events(long ticketId) {
		return db.sql("SELECT from_state, to_state, actor, note, occurred_at FROM ticket_event WHERE ticket_id = :id ORDER BY id")
			.bind("id", ticketId)
			.map(row -> new TicketEvent(row.get("from_state", String.class), row.get("to_state", String.class),
					row.get("actor", String.class), row.get("note", String.class),
					row.get("occurred_at", java.time.OffsetDateTime.class)))
			.all();
	}

	record TicketEvent(String fromState, String toState, String actor, String note, java.time.OffsetDateTime occurredAt) {
	}

	record Template(String code, String textZh, String textEn) {
	}

	/** Rejection templates the viewer's institution offers (its own and the shared ones). */
	Flux<Template> templates() {
		return Viewer.current().flatMapMany(viewer -> {
			TicketScope.staff(viewer);
			return db.sql("""
					SELECT DISTINCT ON (code) code, text_zh, text_en FROM rejection_template
					WHERE active AND (institution_id = :institution OR institution_id IS NULL)
					ORDER BY code, institution_id NULLS LAST""")
				.bind("institution", viewer.institutionId() == null ? -1L : viewer.institutionId())
				.map(row -> new Template(row.get("code", String.class), row.get("text_zh", String.class),
						row.get("text_en", String.class)))
				.all();
		});
	}

}
