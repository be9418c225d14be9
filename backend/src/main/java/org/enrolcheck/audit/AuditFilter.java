package org.enrolcheck.audit;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enrolcheck.db.Where;
import org.enrolcheck.graphql.GlobalId;
import org.jspecify.annotations.Nullable;

/**
 * The GraphQL {@code AuditEventFilter} (also the export's query parameters). {@code to} is
 * exclusive, so a day range is [start of day, start of next day).
 */
public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable String entityType,
		@Nullable String entityId, @Nullable OffsetDateTime from, @Nullable OffsetDateTime to) {

	static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

	/**
	 * The conditions on alias {@code e}; {@code actors} are the stored subjects the actor filter
	 * stands for (the text itself, and the account a staff username names).
	 */
	Where where(List<String> actors) {
		GlobalId entity = blank(entityId) ? null : GlobalId.decode(entityId.strip());
		return new Where()
			.and("e.actor = ANY(:actors)", "actors", blank(actor) ? null : actors.toArray(String[]::new))
			.and("e.action = :action", "action", blank(action) ? null : action.strip())
			.and("e.entity_type = :entityType", "entityType", blank(entityType) ? null : entityType.strip())
			.and("e.entity_type = :entityIdType", "entityIdType", entity == null ? null : entity.typeName())
			.and("e.entity_id = :entityRowId", "entityRowId", entity == null ? null : entity.id())
			.and("e.occurred_at >= :from", "from", from)
			.and("e.occurred_at < :to", "to", to);
	}

	/** The filter as the export's own audit event records it. */
	Map<String, Object> described() {
		Map<String, Object> given = new LinkedHashMap<>();
		put(given, "actor", actor);
		put(given, "action", action);
		put(given, "entityType", entityType);
		put(given, "entityId", entityId);
		put(given, "from", from == null ? null : from.toString());
		put(given, "to", to == null ? null : to.toString());
		return given;
	}

	private static void put(Map<String, Object> map, String key, @Nullable String value) {
		if (!blank(value)) {
			map.put(key, value);
		}
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
