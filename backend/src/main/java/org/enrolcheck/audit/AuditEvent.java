package org.enrolcheck.audit;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail: who did what to which object, with the values before and after.
 * Personal numbers appear here only masked.
 */
public record AuditEvent(String actor, String action, String entityType, @Nullable Long entityId,
		@Nullable Long institutionId, @Nullable Map<String, ?> before, @Nullable Map<String, ?> after,
		@Nullable String reason) {
}
