package org.enrolcheck.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.r2dbc.spi.Readable;
import org.enrolcheck.db.Where;
import org.enrolcheck.graphql.Paging;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Audit SQL: newest first by id, keyset on the id. */
@Repository
class AuditRepository {

	private static final String COLUMNS = "e.id, e.occurred_at, e.actor, e.action, e.entity_type, e.entity_id,"
			+ " e.before::text AS before, e.after::text AS after, e.reason";

	/** A record's own events and those of its correction tickets. */
	private static final String TRAILS = """
			SELECT k.ord, %s
			FROM unnest(:records::bigint[], :afters::bigint[], :limits::int[]) WITH ORDINALITY AS k(record, after_id, lim, ord)
			CROSS JOIN LATERAL (
			    SELECT * FROM audit_event e
			    WHERE ((e.entity_type = 'EnrolmentRecord' AND e.entity_id = k.record)
			        OR (e.entity_type = 'CorrectionTicket' AND e.entity_id IN (SELECT t.id FROM ticket t WHERE t.record_id = k.record)))
			      AND e.id < k.after_id
			    ORDER BY e.id DESC LIMIT k.lim + 1) e""".formatted(COLUMNS);

	/** The keyset of a page: the event's id. */
	static final java.util.function.Function<AuditEntry, Map<String, Object>> CURSOR = entry -> Map.of("id", entry.id());

	private final DatabaseClient db;

	AuditRepository(DatabaseClient db) {
		this.db = db;
	}

	Flux<AuditEntry> page(Where where, Paging paging) {
		if (!paging.firstPage()) {
			where.and("e.id < :afterId", "afterId", paging.afterLong("id"));
		}
		return where.bindTo(db.sql("SELECT " + COLUMNS + " FROM audit_event e" + where.sql() + " ORDER BY e.id DESC LIMIT :limit"))
			.bind("limit", paging.limit() + 1)
			.map(AuditRepository::entry)
			.all();
	}

	/** Every event matching, newest first, as a stream (for the export). */
	Flux<AuditEntry> all(Where where) {
		return where.bindTo(db.sql("SELECT " + COLUMNS + " FROM audit_event e" + where.sql() + " ORDER BY e.id DESC"))
			.map(AuditRepository::entry)
			.all();
	}

	/** The trail pages of several records in one statement; the i-th list answers the i-th key. */
	Mono<List<List<AuditEntry>>> trails(List<TrailKey> keys) {
		Long[] records = keys.stream().map(TrailKey::recordId).toArray(Long[]::new);
		Long[] afters = keys.stream().map(key -> key.afterId() == null ? Long.MAX_VALUE : key.afterId()).toArray(Long[]::new);
		Integer[] limits = keys.stream().map(TrailKey::limit).toArray(Integer[]::new);
		return db.sql(TRAILS).bind("records", records).bind("afters", afters).bind("limits", limits)
			.map(row -> Map.entry(row.get("ord", Long.class), entry(row)))
			.all()
			.collectList()
			.map(rows -> {
				Map<Long, List<AuditEntry>> byKey = new HashMap<>();
				rows.forEach(row -> byKey.computeIfAbsent(row.getKey(), ord -> new ArrayList<>()).add(row.getValue()));
				List<List<AuditEntry>> answers = new ArrayList<>();
				for (long ord = 1; ord <= keys.size(); ord++) {
					answers.add(byKey.getOrDefault(ord, List.of()));
				}
				return answers;
			});
	}

	private static AuditEntry entry(Readable row) {
		return AuditEntry.of(row.get("id", Long.class), row.get("occurred_at", OffsetDateTime.class), row.get("actor", String.class),
				row.get("action", String.class), row.get("entity_type", String.class), row.get("entity_id", Long.class),
				row.get("before", String.class), row.get("after", String.class), row.get("reason", String.class));
	}

}
