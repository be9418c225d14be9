package org.enrolcheck.notify;

import org.enrolcheck.validation.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The default gateway: the message stays in the outbox table (readable by an operator in development),
 * and the log names only the masked number.
 */
class OutboxSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(OutboxSmsGateway.class);

	private final Outbox outbox;

	OutboxSmsGateway(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public Mono<Void> send(OutboxMessage message) {
		return outbox.store(message)
			.doOnSuccess(id -> log.info("SMS {} to {} left in the outbox as message {}", message.template(),
					Masking.phone(message.address()), id))
			.then();
	}

}
