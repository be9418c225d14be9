package org.enrolcheck.correction;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.r2dbc.spi.Readable;
import org.enrolcheck.correction.TicketField.Tier;
import org.enrolcheck.db.Where;
import org.enrolcheck.graphql.Paging;
import org.enrolcheck.reference.College;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads of tickets and their items; every list is one statement whatever its length. */
@Repository
class TicketRepository {

	static final String TICKET_COLUMNS = """
			t.id, t.record_id, t.campaign_id, t.institution_id, t.college_id, c.code AS college_code,
			c.name AS college_name, t.account_id, t.state, t.record_version, t.reason, t.rejection_code, t.version,
			t.submitted_at, t.decided_at, t.closed_at, t.decided_by""";

	private static final String FROM = " FROM ticket t JOIN college c ON c.id = t.college_id";

	private final DatabaseClient db;

	TicketRepository(DatabaseClient db) {
		this.db = db;
	}

	Mono<CorrectionTicket> find(Where where) {
		return where.bindTo(db.sql("SELECT " + TICKET_COLUMNS + FROM + where.sql())).map(TicketRepository::ticket).one();
	}

	/** Oldest first, so the queue is worked in the order students filed. */
	Flux<CorrectionTicket> page(Where where, Paging paging) {
		if (!paging.firstPage()) {
			where.and("(t.submitted_at, t.id) > (:afterAt, :afterId)", Map.of("afterAt",
					OffsetDateTime.parse(paging.afterString("submittedAt")), "afterId", paging.afterLong("id")));
		}
		return where.bindTo(db.sql("SELECT " + TICKET_COLUMNS + FROM + where.sql()
				+ " ORDER BY t.submitted_at, t.id LIMIT :limit").bind("limit", paging.limit() + 1))
			.map(TicketRepository::ticket).all();
	}

	static Map<String, Object> cursorKeys(CorrectionTicket ticket) {
		return Map.of("submittedAt", ticket.submittedAt().toString(), "id", ticket.id());
	}

	Flux<CorrectionTicket> all(Where where) {
		return where.bindTo(db.sql("SELECT " + TICKET_COLUMNS + FROM + where.sql() + " ORDER BY t.submitted_at DESC, t.id DESC"))
			.map(TicketRepository::ticket).all();
	}

	/** The items of many tickets with their evidence, in one statement. */
	Flux<TicketItem> items(Collection<Long> ticketIds) {
		return db.sql("""
				SELECT i.*, e.ids, e.names, e.types, e.sizes FROM ticket_item i
				LEFT JOIN LATERAL (SELECT array_agg(u.id ORDER BY u.id) AS ids, array_agg(u.file_name ORDER BY u.id) AS names,
				    array_agg(u.content_type ORDER BY u.id) AS types, array_agg(u.byte_size ORDER BY u.id) AS sizes
				  FROM ticket_evidence te JOIN upload u ON u.id = te.upload_id WHERE te.item_id = i.id) e ON true
				WHERE i.ticket_id = ANY(:ids) ORDER BY i.ticket_id, i.id""")
			.bind("ids", ticketIds.toArray(Long[]::new))
			.map(TicketRepository::item).all();
	}

	/** Counts by state, and for open tickets by how long they have waited. */
	Flux<Map<String, Object>> summary(Where where) {
		return where.bindTo(db.sql("""
				SELECT t.state, count(*) AS total,
				  count(*) FILTER (WHERE now() - t.submitted_at < interval '1 day') AS under_one_day,
				  count(*) FILTER (WHERE now() - t.submitted_at >= interval '1 day' AND now() - t.submitted_at < interval '3 days') AS one_to_three_days,
				  count(*) FILTER (WHERE now() - t.submitted_at >= interval '3 days' AND now() - t.submitted_at < interval '7 days') AS three_to_seven_days,
				  count(*) FILTER (WHERE now() - t.submitted_at >= interval '7 days') AS over_seven_days
				""" + FROM + where.sql() + " GROUP BY t.state")).fetch().all();
	}

	private static CorrectionTicket ticket(Readable row) {
		return new CorrectionTicket(row.get("id", Long.class), row.get("record_id", Long.class),
				row.get("campaign_id", Long.class), row.get("institution_id", Long.class),
				new College(row.get("college_id", Long.class), row.get("institution_id", Long.class),
						row.get("college_code", String.class), row.get("college_name", String.class)),
				row.get("account_id", Long.class), TicketState.valueOf(row.get("state", String.class)),
				row.get("record_version", Integer.class), row.get("reason", String.class),
				row.get("rejection_code", String.class), row.get("version", Integer.class),
				row.get("submitted_at", OffsetDateTime.class), row.get("decided_at", OffsetDateTime.class),
				row.get("closed_at", OffsetDateTime.class), row.get("decided_by", String.class));
	}

	private static TicketItem item(Readable row) {
		Long[] ids = row.get("ids", Long[].class);
		String[] names = row.get("names", String[].class);
		String[] types = row.get("types", String[].class);
		Long[] sizes = row.get("sizes", Long[].class);
		List<TicketItem.Evidence> evidence = new java.util.ArrayList<>();
		for (int i = 0; ids != null && i < ids.length; i++) {
			evidence.add(new TicketItem.Evidence(ids[i], names[i], types[i], sizes[i]));
		}
		return new TicketItem(row.get("id", Long.class), row.get("ticket_id", Long.class), row.get("record_id", Long.class),
				row.get("field", String.class), Tier.valueOf(row.get("tier", String.class)),
				row.get("current_value", String.class), row.get("requested_value", String.class),
				row.get("reason_code", String.class), row.get("note", String.class), row.get("decision", String.class),
				row.get("decided_by", String.class), row.get("decided_at", OffsetDateTime.class),
				row.get("college_recommendation", String.class), row.get("college_reviewed_by", String.class),
				row.get("college_reviewed_at", OffsetDateTime.class), row.get("review_note", String.class),
				Boolean.TRUE.equals(row.get("provincial", Boolean.class)), Boolean.TRUE.equals(row.get("open", Boolean.class)),
				Boolean.TRUE.equals(row.get("written", Boolean.class)), List.copyOf(evidence));
	}

	static Object nullable(Object value, Class<?> type) {
		return value == null ? Parameter.empty(type) : value;
	}

}
