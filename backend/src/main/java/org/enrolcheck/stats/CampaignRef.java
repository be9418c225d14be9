package org.enrolcheck.stats;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import io.r2dbc.spi.Readable;

/** What statistics and reminders need of a campaign. */
public record CampaignRef(long id, long institutionId, String name, OffsetDateTime opensAt, OffsetDateTime closesAt,
		List<Integer> reminderDays) {

	/** From a row with the campaign table's column names. */
	public static CampaignRef of(Readable row) {
		return new CampaignRef(row.get("id", Long.class), row.get("institution_id", Long.class), row.get("name", String.class),
				row.get("opens_at", OffsetDateTime.class), row.get("closes_at", OffsetDateTime.class),
				Arrays.asList(row.get("reminder_days", Integer[].class)));
	}

}
