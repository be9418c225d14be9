package org.enrolcheck.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.enrolcheck.account.Account;
import org.enrolcheck.graphql.Paging;
import org.enrolcheck.graphql.QueryLimitsProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The signed-in student's own identity: contact changes, name correction, login history and the
 * inbox; plus the operators' development outbox.
 */
@Controller
class ProfileController {

	private final ProfileChanges changes;

	private final NameCorrection nameCorrection;

	private final Inbox inbox;

	private final DevOutbox devOutbox;

	private final DatabaseClient db;

	private final QueryLimitsProperties limits;

	ProfileController(ProfileChanges changes, NameCorrection nameCorrection, Inbox inbox, DevOutbox devOutbox,
			DatabaseClient db, QueryLimitsProperties limits) {
		this.changes = changes;
		this.nameCorrection = nameCorrection;
		this.inbox = inbox;
		this.devOutbox = devOutbox;
		this.db = db;
		this.limits = limits;
	}

	@MutationMapping
	Mono<Object> changePhone(@Argument ProfileChanges.ChangePhoneInput input, Locale locale) {
		return changes.changePhone(input, locale);
	}

	@MutationMapping
	Mono<Object> changeEmail(@Argument ProfileChanges.ChangeEmailInput input, Locale locale) {
		return changes.changeEmail(input, locale);
	}

	@MutationMapping
	Mono<Object> correctAccountName(@Argument NameCorrection.CorrectAccountNameInput input, Locale locale) {
		return nameCorrection.correct(input, locale);
	}

	@MutationMapping
	Mono<Inbox.MarkInboxReadSuccess> markInboxRead(@Argument Inbox.MarkInboxReadInput input) {
		return inbox.markRead(input);
	}

	record LoginAttempt(OffsetDateTime occurredAt, @Nullable String ip, @Nullable String userAgent, boolean success) {
	}

	/** Newest first; only the account's own holder sees it (one account per request, so no batching). */
	@SchemaMapping(typeName = "Account", field = "loginHistory")
	Mono<List<LoginAttempt>> loginHistory(Account account, @Argument @Nullable Integer first) {
		if (!Inbox.ownView(account)) {
			return Mono.just(List.of());
		}
		int limit = Math.clamp(first == null ? 20 : first, 0, limits.maxPageSize());
		return db.sql("""
				SELECT occurred_at, ip, user_agent, success FROM login_attempt
				WHERE account_id = :account ORDER BY occurred_at DESC, id DESC LIMIT :limit""")
			.bind("account", account.id()).bind("limit", limit)
			.map(row -> new LoginAttempt(row.get("occurred_at", OffsetDateTime.class), row.get("ip", String.class),
					row.get("user_agent", String.class), Boolean.TRUE.equals(row.get("success", Boolean.class))))
			.all()
			.collectList();
	}

	@SchemaMapping(typeName = "Account", field = "inbox")
	Mono<Window<Inbox.InboxMessage>> inbox(Account account, ScrollSubrange subrange, Locale locale) {
		return inbox.page(account, Paging.of(subrange, limits), locale);
	}

	@SchemaMapping(typeName = "Account", field = "unreadInboxCount")
	Mono<Integer> unreadInboxCount(Account account) {
		return inbox.unread(account);
	}

	@SchemaMapping(typeName = "InboxMessage", field = "id")
	String inboxMessageId(Inbox.InboxMessage message) {
		return message.globalId();
	}

	@SchemaMapping(typeName = "InboxMessage", field = "read")
	boolean inboxMessageRead(Inbox.InboxMessage message) {
		return message.readAt() != null;
	}

	@BatchMapping(typeName = "InboxMessage", field = "awaitingAnswer")
	Mono<Map<Inbox.InboxMessage, Boolean>> inboxMessageAwaitingAnswer(List<Inbox.InboxMessage> messages) {
		return inbox.awaitingAnswer(messages);
	}

	@QueryMapping
	Mono<Window<DevOutbox.DevOutboxMessage>> devOutbox(ScrollSubrange subrange) {
		return devOutbox.page(Paging.of(subrange, limits));
	}

	@SchemaMapping(typeName = "DevOutboxMessage", field = "id")
	String devOutboxMessageId(DevOutbox.DevOutboxMessage message) {
		return message.globalId();
	}

}
