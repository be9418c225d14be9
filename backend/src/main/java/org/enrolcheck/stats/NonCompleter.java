package org.enrolcheck.stats;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * An in-scope student who has not confirmed. {@code phone} is the linked account's masked number;
 * {@code accountId} (not in the schema) is whom a reminder goes to, when the record is linked.
 */
public record NonCompleter(long id, String recordId, String studentNumber, String name, String collegeName,
		String classCode, long classId, Stage stage, @Nullable String phone, @Nullable OffsetDateTime lastRemindedAt,
		@Nullable Long accountId, byte @Nullable [] phoneCipher) {

	public enum Stage {

		NOT_REGISTERED, NOT_LINKED, NOT_CONFIRMED, TICKET_OPEN

	}

	/** A reminder can reach them: linked, and not waiting on staff for a ticket. */
	public boolean remindable() {
		return accountId != null && stage == Stage.NOT_CONFIRMED;
	}

	NonCompleter withPhone(@Nullable String phone) {
		return new NonCompleter(id, recordId, studentNumber, name, collegeName, classCode, classId, stage, phone,
				lastRemindedAt, accountId, phoneCipher);
	}

}
