package org.enrolcheck.stats;

import java.time.Duration;

import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.api.Notification;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import org.enrolcheck.db.DatabaseEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * Listens on the PostgreSQL channel {@code campaign_progress}, which V13's triggers notify with a
 * campaign id whenever a confirmation or ticket of it changes, on any replica. One dedicated
 * connection per server (outside the pool, which would hand it to other work); reconnects with
 * backoff if the database goes away.
 */
@Component
class ProgressListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);

	static final String CHANNEL = "campaign_progress";

	private final DatabaseEndpoint endpoint;

	private final Sinks.Many<Long> changes = Sinks.many().multicast().directBestEffort();

	private volatile Disposable listening;

	ProgressListener(DatabaseEndpoint endpoint) {
		this.endpoint = endpoint;
	}

	/** Ids of campaigns that changed, from now on. */
	Flux<Long> changes(long campaignId) {
		return changes.asFlux().filter(id -> id == campaignId);
	}

	@Override
	public void start() {
		PostgresqlConnectionFactory factory = new PostgresqlConnectionFactory(PostgresqlConnectionConfiguration.builder()
			.host(endpoint.host())
			.port(endpoint.port())
			.database(endpoint.database())
			.username(endpoint.user())
			.password(endpoint.password())
			.applicationName("enrolcheck-progress")
			.build());
		listening = Flux.usingWhen(factory.create(), ProgressListener::listen, PostgresqlConnection::close)
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(500)).maxBackoff(Duration.ofSeconds(30))
				.doBeforeRetry(signal -> log.warn("Progress listener reconnects: {}", signal.failure().toString())))
			.subscribe(this::publish);
	}

	private static Flux<Notification> listen(PostgresqlConnection connection) {
		return connection.createStatement("LISTEN " + CHANNEL).execute().flatMap(PostgresqlResult::getRowsUpdated)
			.thenMany(connection.getNotifications())
			.concatWith(Mono.error(new IllegalStateException("the notification stream ended")));
	}

	private void publish(Notification notification) {
		String payload = notification.getParameter();
		if (payload != null && payload.matches("\\d{1,18}")) {
			changes.tryEmitNext(Long.parseLong(payload));
		}
	}

	@Override
	public void stop() {
		Disposable current = listening;
		if (current != null) {
			current.dispose();
		}
		listening = null;
	}

	@Override
	public boolean isRunning() {
		return listening != null;
	}

}
