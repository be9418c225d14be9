package org.enrolcheck.identity;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.enrolcheck.account.Account;
import org.enrolcheck.account.AccountSessions;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Language;
import org.enrolcheck.graphql.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Window;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The read side of the in-app inbox (站内信): newest first, in the caller's language, and only for
 * the account's own holder; anyone else reading an account sees an empty inbox.
 */
@Service
class Inbox {

	static final String TYPE = "InboxMessage";

	/** The topic of a classmate's request, which the reader answers in place. */
	static final String CLASSMATE_REQUEST = "CLASSMATE_ASSIST_REQUESTED";

	record InboxMessage(long id, String topic, String title, String body, @Nullable String subjectId,
			OffsetDateTime createdAt, @Nullable OffsetDateTime readAt) {

		String globalId() {
			return GlobalId.encode(TYPE, id);
		}

	}

	private final DatabaseClient db;

	private final AccountSessions sessions;

	Inbox(DatabaseClient db, AccountSessions sessions) {
		this.db = db;
		this.sessions = sessions;
	}

	/** The holder's view of an account is the one {@code me} returns: it knows the viewer's session. */
	static boolean ownView(Account account) {
		return account.viewerSessionId() != null;
	}

	Mono<Window<InboxMessage>> page(Account account, Paging paging, Locale locale) {
		if (!ownView(account)) {
			return Mono.just(paging.window(List.of(), Inbox::keys));
		}
		boolean english = Language.english(locale);
		return db.sql("""
				SELECT id, topic, title_zh, title_en, body_zh, body_en, subject_id, created_at, read_at FROM inbox_message
				WHERE account_id = :account AND id < :after ORDER BY id DESC LIMIT :limit""")
			.bind("account", account.id())
			.bind("after", paging.firstPage() ? Long.MAX_VALUE : paging.afterLong("id"))
			.bind("limit", paging.limit() + 1)
			.map(row -> new InboxMessage(row.get("id", Long.class), row.get("topic", String.class),
					row.get(english ? "title_en" : "title_zh", String.class), row.get(english ? "body_en" : "body_zh", String.class),
					row.get("subject_id", String.class), row.get("created_at", OffsetDateTime.class),
					row.get("read_at", OffsetDateTime.class)))
			.all()
			.collectList()
			.map(rows -> paging.window(rows, Inbox::keys));
	}

	/**
	 * For each classmate's request among the messages, whether it still waits for the reader's answer;
	 * other messages are left out (null). One statement per page. The messages are the holder's own, so
	 * their subjects are requests made to them.
	 */
	Mono<Map<InboxMessage, Boolean>> awaitingAnswer(List<InboxMessage> messages) {
		Map<Long, InboxMessage> requests = new HashMap<>();
		for (InboxMessage message : messages) {
			if (CLASSMATE_REQUEST.equals(message.topic()) && message.subjectId() != null) {
				try {
					requests.put(GlobalId.decode(message.subjectId(), ClassmateAssist.TYPE), message);
				}
				catch (ApiException notARequest) {
					// a subject we did not write as a request's id: the message asks nothing
				}
			}
		}
		if (requests.isEmpty()) {
			return Mono.just(Map.of());
		}
		return db.sql("SELECT id FROM classmate_assist WHERE id = ANY(:ids) AND state = 'PENDING'")
			.bind("ids", requests.keySet().toArray(Long[]::new))
			.map(row -> row.get("id", Long.class))
			.all()
			.collectList()
			.map(pending -> {
				Map<InboxMessage, Boolean> answers = new HashMap<>();
				requests.forEach((id, message) -> answers.put(message, pending.contains(id)));
				return answers;
			});
	}

	Mono<Integer> unread(Account account) {
		if (!ownView(account)) {
			return Mono.just(0);
		}
		return unread(account.id());
	}

	record MarkInboxReadInput(@Nullable List<String> ids, @Nullable Boolean all) {
	}

	record MarkInboxReadSuccess(int marked, int unreadInboxCount) {
	}

	/** Marks the caller's own messages read: the given ones, or all; others' ids are ignored. */
	Mono<MarkInboxReadSuccess> markRead(MarkInboxReadInput input) {
		boolean all = Boolean.TRUE.equals(input.all());
		Long[] ids = (input.ids() == null ? List.<String>of() : input.ids()).stream()
			.map(id -> GlobalId.decode(id, TYPE))
			.toArray(Long[]::new);
		return sessions.callerAccountId().switchIfEmpty(Mono.error(new ApiException(ErrorCode.UNAUTHENTICATED)))
			.flatMap(accountId -> db.sql("""
					UPDATE inbox_message SET read_at = now()
					WHERE account_id = :account AND read_at IS NULL AND (:all OR id = ANY(:ids))""")
				.bind("account", accountId).bind("all", all).bind("ids", ids)
				.fetch().rowsUpdated()
				.flatMap(marked -> unread(accountId).map(left -> new MarkInboxReadSuccess(marked.intValue(), left))));
	}

	private Mono<Integer> unread(long accountId) {
		return db.sql("SELECT count(*) FROM inbox_message WHERE account_id = :account AND read_at IS NULL")
			.bind("account", accountId).map(row -> row.get(0, Long.class).intValue()).one();
	}

	private static Map<String, Object> keys(InboxMessage message) {
		return Map.of("id", message.id());
	}

}
