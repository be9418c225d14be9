/**
 * What reaches people: in-app messages (站内信) and messages for the SMS and e-mail gateways.
 * Features post a {@link org.enrolcheck.notify.Notice} inside the transaction of the change
 * it reports, so a message exists exactly when its change does. Delivery to a real SMS or e-mail
 * provider reads the outbox afterwards; the embedded default leaves messages there for an operator.
 */
@NullMarked
package org.enrolcheck.notify;

import org.jspecify.annotations.NullMarked;
