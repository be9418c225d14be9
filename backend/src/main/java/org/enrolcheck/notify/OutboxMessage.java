package org.enrolcheck.notify;

import org.jspecify.annotations.Nullable;

/**
 * A message for a gateway: the plain address and text, which {@link Outbox} encrypts before storing.
 *
 * @param template a stable code, e.g. {@code SMS_CODE}, {@code TICKET_DECIDED}, {@code REMINDER}
 */
public record OutboxMessage(Channel channel, @Nullable Long accountId, String address, String template, String body) {
}
