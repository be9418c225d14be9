package org.enrolcheck.identity;

import java.time.OffsetDateTime;
import java.util.Map;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Paging;
import org.enrolcheck.notify.Outbox;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Window;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The development outbox: what the embedded SMS gateway "sent", decrypted, so a tester can read a
 * verification code without a phone. Only when the server runs in demo mode (or with
 * {@code enrolcheck.identity.dev-outbox=true}), and only to REGISTRAR and SUPPORT; addresses stay masked.
 */
@Service
class DevOutbox {

	record DevOutboxMessage(long id, String channel, String maskedAddress, String template, String text,
			OffsetDateTime createdAt, @Nullable OffsetDateTime sentAt) {

		String globalId() {
			return GlobalId.encode("OutboxMessage", id);
		}

	}

	private final DatabaseClient db;

	private final Outbox outbox;

	private final boolean enabled;

	DevOutbox(DatabaseClient db, Outbox outbox, @Value("${enrolcheck.demo:false}") boolean demo,
			@Value("${enrolcheck.identity.dev-outbox:false}") boolean devOutbox) {
		this.db = db;
		this.outbox = outbox;
		this.enabled = demo || devOutbox;
	}

	Mono<Window<DevOutboxMessage>> page(Paging paging) {
		return Viewer.current().flatMap(viewer -> {
			if (!enabled || !(viewer.has(Role.REGISTRAR) || viewer.has(Role.SUPPORT))) {
				return Mono.error(viewer.refusal());
			}
			return db.sql("""
					SELECT id, channel, address_masked, template, body_cipher, created_at, sent_at FROM outbox_message
					WHERE id < :after ORDER BY id DESC LIMIT :limit""")
				.bind("after", paging.firstPage() ? Long.MAX_VALUE : paging.afterLong("id"))
				.bind("limit", paging.limit() + 1)
				.map(row -> new DevOutboxMessage(row.get("id", Long.class), row.get("channel", String.class),
						row.get("address_masked", String.class), row.get("template", String.class),
						outbox.body(row.get("body_cipher", byte[].class)), row.get("created_at", OffsetDateTime.class),
						row.get("sent_at", OffsetDateTime.class)))
				.all()
				.collectList()
				.map(rows -> paging.window(rows, message -> Map.of("id", message.id())));
		});
	}

}
