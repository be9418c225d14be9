package org.enrolcheck.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.enrolcheck.graphql.GlobalId;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An audit event as staff read it (the GraphQL {@code AuditEvent}); {@link AuditEvent} is what
 * writers give. Built only through {@link #of}, so before, after and reason are always masked.
 */
public record AuditEntry(long id, OffsetDateTime occurredAt, String actorSubject, String action, String entityType,
		@Nullable Long entityRowId, @Nullable String before, @Nullable String after, @Nullable String reason,
		List<Change> changes) {

	/** One field's value before and after; non-text values as JSON text. */
	public record Change(String field, @Nullable String before, @Nullable String after) {
	}

	static AuditEntry of(long id, OffsetDateTime occurredAt, String actor, String action, String entityType,
			@Nullable Long entityId, @Nullable String beforeJson, @Nullable String afterJson, @Nullable String reason) {
		JsonNode before = AuditMasking.json(beforeJson);
		JsonNode after = AuditMasking.json(afterJson);
		return new AuditEntry(id, occurredAt, actor, action, entityType, entityId,
				before == null ? null : AuditMasking.write(before), after == null ? null : AuditMasking.write(after),
				AuditMasking.text(reason), changes(before, after));
	}

	/** The object's global id, built from its type and row id as every other global id is. */
	public @Nullable String entityId() {
		return entityRowId == null ? null : GlobalId.encode(entityType, entityRowId);
	}

	private static List<Change> changes(@Nullable JsonNode before, @Nullable JsonNode after) {
		Set<String> fields = new LinkedHashSet<>();
		if (before != null && before.isObject()) {
			fields.addAll(before.propertyNames());
		}
		if (after != null && after.isObject()) {
			fields.addAll(after.propertyNames());
		}
		List<Change> changes = new ArrayList<>();
		for (String field : fields) {
			changes.add(new Change(field, text(before, field), text(after, field)));
		}
		return changes;
	}

	private static @Nullable String text(@Nullable JsonNode document, String field) {
		JsonNode value = document == null ? null : document.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		return value.isString() ? value.stringValue() : AuditMasking.write(value);
	}

}
