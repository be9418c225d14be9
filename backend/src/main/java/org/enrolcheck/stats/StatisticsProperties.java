package org.enrolcheck.stats;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param suppressionThreshold class-level cells smaller than this are withheld from aggregate-only
 * callers (ANALYST), so no student can be re-identified
 * @param refreshInterval how often the server recounts dirty classes in the background (reads also
 * recount before they answer)
 * @param snapshotInterval how often today's trend snapshot is rewritten
 * @param progressInterval the least time between two campaignProgress updates of one subscription
 */
@ConfigurationProperties("enrolcheck.stats")
public record StatisticsProperties(@DefaultValue("5") int suppressionThreshold,
		@DefaultValue("10s") Duration refreshInterval, @DefaultValue("1h") Duration snapshotInterval,
		@DefaultValue("1s") Duration progressInterval, @DefaultValue("true") boolean backgroundJobs) {
}
