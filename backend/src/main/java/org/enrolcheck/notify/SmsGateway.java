package org.enrolcheck.notify;

import reactor.core.publisher.Mono;

/**
 * The port every SMS goes through (verification codes, decisions, reminders). The embedded default,
 * {@link OutboxSmsGateway}, only stores the message in the outbox; a deployment with a real
 * provider registers its own bean of this type, which then replaces the default.
 */
public interface SmsGateway {

	/** Sends (or queues) one text; runs inside the caller's transaction when there is one. */
	Mono<Void> send(OutboxMessage message);

}
