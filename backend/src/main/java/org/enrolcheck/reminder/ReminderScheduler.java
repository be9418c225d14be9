package org.enrolcheck.reminder;

import java.time.Clock;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/** Looks for due reminder steps every {@code enrolcheck.reminders.interval} while the server runs. */
@Component
class ReminderScheduler implements SmartLifecycle {

	private final ReminderJob job;

	private final ReminderProperties properties;

	private final Clock clock;

	private volatile Disposable running;

	ReminderScheduler(ReminderJob job, ReminderProperties properties, Clock clock) {
		this.job = job;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void start() {
		if (properties.enabled()) {
			running = Flux.interval(properties.interval(), properties.interval())
				.onBackpressureDrop()
				.concatMap(tick -> job.runDue(clock.instant()))
				.subscribe();
		}
	}

	@Override
	public void stop() {
		Disposable current = running;
		if (current != null) {
			current.dispose();
		}
		running = null;
	}

	@Override
	public boolean isRunning() {
		return running != null;
	}

}
