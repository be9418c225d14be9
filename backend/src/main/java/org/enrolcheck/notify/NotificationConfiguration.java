package org.enrolcheck.notify;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox-only SMS gateway unless the deployment supplies its own {@link SmsGateway}. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	@Bean
	@ConditionalOnMissingBean(SmsGateway.class)
	SmsGateway outboxSmsGateway(Outbox outbox) {
		return new OutboxSmsGateway(outbox);
	}

}
