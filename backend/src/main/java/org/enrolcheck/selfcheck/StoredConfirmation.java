package org.enrolcheck.selfcheck;

import java.time.OffsetDateTime;

import io.r2dbc.spi.Readable;
import org.enrolcheck.graphql.GlobalId;
import org.jspecify.annotations.Nullable;

/** A row of {@code confirmation}, with whether the record is still at its version. */
record StoredConfirmation(long id, long recordId, ConfirmationSubject subject, int recordVersion, byte[] contentHash,
		OffsetDateTime confirmedAt, @Nullable String assistedBy, @Nullable String assistedReason, boolean valid) {

	/** The columns {@link #read} expects, from {@code confirmation k} joined to {@code enrolment_record r}. */
	static final String COLUMNS = "k.id, k.record_id, k.subject, k.record_version, k.content_hash, k.confirmed_at,"
			+ " k.assisted_by, k.assisted_reason, k.record_version = r.version AS valid";

	boolean assisted() {
		return assistedBy != null;
	}

	SelfCheckConfirmation view(boolean staff) {
		SelfCheckConfirmation full = new SelfCheckConfirmation(GlobalId.encode(SelfCheckConfirmation.TYPE, id), subject,
				recordVersion, ContentHash.hex(contentHash), confirmedAt, valid, assisted(), assistedBy, assistedReason);
		return staff ? full : full.withoutStaffDetails();
	}

	/** Reads the columns prefixed with {@code prefix} (e.g. {@code rc_}); null when the row has none. */
	static @Nullable StoredConfirmation read(Readable row, String prefix) {
		Long id = row.get(prefix + "id", Long.class);
		if (id == null) {
			return null;
		}
		return new StoredConfirmation(id, row.get(prefix + "record_id", Long.class),
				ConfirmationSubject.valueOf(row.get(prefix + "subject", String.class)),
				row.get(prefix + "record_version", Integer.class), row.get(prefix + "content_hash", byte[].class),
				row.get(prefix + "confirmed_at", OffsetDateTime.class), row.get(prefix + "assisted_by", String.class),
				row.get(prefix + "assisted_reason", String.class), Boolean.TRUE.equals(row.get(prefix + "valid", Boolean.class)));
	}

}
