package org.enrolcheck.reminder;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether this server runs the reminder ladder (every replica may: a step runs once)
 * @param interval how often the server looks for a due step
 * @param replicaName recorded on each step it runs, to tell replicas apart in the log and table
 */
@ConfigurationProperties("enrolcheck.reminders")
public record ReminderProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1m") Duration interval,
		@DefaultValue("server") String replicaName) {
}
