package org.enrolcheck.audit;

import io.r2dbc.postgresql.codec.Json;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit events. Callers run it inside the transaction of the change it describes, so a
 * change without its audit row (or the reverse) cannot survive.
 */
@Component
public class AuditLog {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final DatabaseClient db;

	AuditLog(DatabaseClient db) {
		this.db = db;
	}

	public Mono<Void> write(AuditEvent event) {
		return db.sql("""
				INSERT INTO audit_event (actor, action, entity_type, entity_id, institution_id, before, after, reason)
				VALUES (:actor, :action, :entityType, :entityId, :institutionId, :before, :after, :reason)""")
			.bind("actor", event.actor())
			.bind("action", event.action())
			.bind("entityType", event.entityType())
			.bind("entityId", nullable(event.entityId(), Long.class))
			.bind("institutionId", nullable(event.institutionId(), Long.class))
			.bind("before", jsonOrNull(event.before()))
			.bind("after", jsonOrNull(event.after()))
			.bind("reason", nullable(event.reason(), String.class))
			.then();
	}

	private static Object jsonOrNull(Object value) {
		return value == null ? org.springframework.r2dbc.core.Parameter.empty(Json.class)
				: Json.of(json.writeValueAsString(value));
	}

	private static <T> Object nullable(T value, Class<T> type) {
		return org.springframework.r2dbc.core.Parameter.fromOrEmpty(value, type);
	}

}
