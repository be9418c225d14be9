package org.enrolcheck.importing;

import java.time.OffsetDateTime;

import org.enrolcheck.graphql.NodeSource;
import org.jspecify.annotations.Nullable;

/** One roster file's import: its dry-run counts, its state and who started it. */
public record ImportBatch(long id, long institutionId, long uploadId, String fileName, String format,
		String createdBy, boolean createMissingReference, State state, Counts counts, int rowsDone,
		@Nullable String failure, int version, OffsetDateTime createdAt, @Nullable OffsetDateTime committedAt,
		@Nullable OffsetDateTime rolledBackAt) implements NodeSource.Identified {

	public enum State {

		ANALYSED, COMMITTING, COMMITTED, ROLLED_BACK, FAILED

	}

	/** {@code new} is a Java keyword, hence {@code created}; the schema's field is {@code new}. */
	public record Counts(int total, int created, int changed, int unchanged, int invalid) {
	}

	public String errorReportUrl() {
		return "/api/imports/" + org.enrolcheck.graphql.GlobalId.encode("ImportBatch", id) + "/errors.xlsx";
	}

}
