package org.enrolcheck.notify;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One message to one account, in both languages. It always lands in the inbox; {@code channels}
 * adds an SMS and/or e-mail through the outbox (skipped quietly when the account has no phone or
 * e-mail).
 *
 * @param topic a stable code clients may filter on, e.g. {@code TICKET_APPROVED}, {@code REMINDER}
 * @param subjectId global id of what the message is about (a ticket, a campaign), or null
 */
public record Notice(long accountId, String topic, String titleZh, String titleEn, String bodyZh, String bodyEn,
		@Nullable String subjectId, Set<Channel> channels) {

	public Notice {
		channels = Set.copyOf(channels);
	}

	/** An inbox-only message. */
	public static Notice inApp(long accountId, String topic, String titleZh, String titleEn, String bodyZh,
			String bodyEn, @Nullable String subjectId) {
		return new Notice(accountId, topic, titleZh, titleEn, bodyZh, bodyEn, subjectId, Set.of());
	}

}
