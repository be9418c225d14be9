package org.enrolcheck.audit;

import org.jspecify.annotations.Nullable;

/** One {@code auditTrail} field to load: the record and its page (the batch key). */
record TrailKey(long recordId, int limit, @Nullable Long afterId) {
}
