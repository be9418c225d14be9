package org.enrolcheck.correction;

import java.util.List;
import java.util.Optional;

import org.enrolcheck.record.EnrolmentRecord;
import org.enrolcheck.validation.RecordStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Whether a record takes a new ticket now: not when graduated (the seeds: after graduation the
 * school accepts no change) or out of the institution's care, and not after its campaign's window.
 */
@Component
class FilingRules {

	/** Left the institution or never entered it: the office handles these, not a ticket. */
	private static final List<RecordStatus> OUT_OF_SCOPE = List.of(RecordStatus.ADMISSION_FORFEITED,
			RecordStatus.ADMISSION_RESERVED, RecordStatus.WITHDRAWN, RecordStatus.EXPELLED, RecordStatus.COMPLETED,
			RecordStatus.INCOMPLETE);

	private final DatabaseClient db;

	FilingRules(DatabaseClient db) {
		this.db = db;
	}

	static Optional<Refusal> refusal(EnrolmentRecord record) {
		if (record.status() == RecordStatus.GRADUATED) {
			return Optional.of(Refusal.RECORD_GRADUATED);
		}
		return OUT_OF_SCOPE.contains(record.status()) ? Optional.of(Refusal.RECORD_OUT_OF_SCOPE)
				: Optional.empty();
	}

	record Window(@Nullable Long id, boolean closed) {
	}

	/**
	 * The campaign the ticket belongs to: one whose window (with the student's extension) is open now.
	 * Without one, a record some campaign covered and closed is refused; a record no campaign covers
	 * may file at any time before graduation (the seeds: 在校期间).
	 */
	Mono<Window> window(EnrolmentRecord record) {
		return db.sql("""
				SELECT campaign_id, opens_at <= now() AND now() < closes_at AS open, closes_at <= now() AS closed
				FROM campaign_record WHERE record_id = :record ORDER BY closes_at DESC""")
			.bind("record", record.id())
			.map(row -> new Object[] { row.get("campaign_id", Long.class), row.get("open", Boolean.class),
					row.get("closed", Boolean.class) })
			.all().collectList()
			.map(rows -> {
				for (Object[] row : rows) {
					if (Boolean.TRUE.equals(row[1])) {
						return new Window((Long) row[0], false);
					}
				}
				boolean closed = rows.stream().anyMatch(row -> Boolean.TRUE.equals(row[2]));
				return new Window(null, closed);
			});
	}

}
