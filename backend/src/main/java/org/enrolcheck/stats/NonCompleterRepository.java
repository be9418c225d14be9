package org.enrolcheck.stats;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.r2dbc.spi.Readable;
import org.enrolcheck.db.Where;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/**
 * In-scope records of a campaign without a confirmation of their current version, in roster order
 * (class, student number) with keyset paging; the same selection feeds lists, exports and reminders.
 */
@Repository
public class NonCompleterRepository {

	private static final String SELECT = """
			SELECT r.id, r.student_number, r.name, co.name AS college_name, sc.code AS class_code, r.class_id,
			       a.id AS account_id, a.display_name = r.name AS linked, a.phone_masked, a.phone_cipher,
			       tk.open IS NOT NULL AS ticket_open,
			       (SELECT max(rr.reminded_at) FROM reminder_recipient rr
			        WHERE rr.campaign_id = c.id AND rr.record_id = r.id) AS last_reminded
			FROM campaign c
			JOIN enrolment_record r ON r.institution_id = c.institution_id AND r.admission_year = c.admission_year
			    AND (cardinality(c.levels) = 0 OR r.level = ANY (c.levels))
			JOIN college co ON co.id = r.college_id
			JOIN school_class sc ON sc.id = r.class_id
			LEFT JOIN account a ON a.id_number_index = r.id_number_index AND a.state = 'ACTIVE' AND a.state <> 'DEACTIVATED'
			LEFT JOIN LATERAL (SELECT true AS open FROM ticket t WHERE t.record_id = r.id
			                   AND t.state IN ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'APPROVED') LIMIT 1) tk ON true
			""";

	private final DatabaseClient db;

	NonCompleterRepository(DatabaseClient db) {
		this.db = db;
	}

	/** Which non-completers: any of college, class and record ids narrows the scope further. */
	public record Filter(@Nullable Long collegeId, @Nullable Long classId, @Nullable List<Long> recordIds) {

		public static final Filter ALL = new Filter(null, null, null);

	}

	public Flux<NonCompleter> page(long campaignId, StatisticsAccess access, Filter filter, Paging paging) {
		Where where = where(campaignId, access, filter);
		if (!paging.firstPage()) {
			where.and("(r.class_id, r.student_number, r.id) > (:afterClass, :afterNumber, :afterId)",
					Map.of("afterClass", paging.afterLong("c"), "afterNumber", paging.afterString("n"), "afterId",
							paging.afterLong("id")));
		}
		return where.bindTo(db.sql(SELECT + where.sql() + " ORDER BY r.class_id, r.student_number, r.id LIMIT :limit"))
			.bind("limit", paging.limit() + 1)
			.map(NonCompleterRepository::row)
			.all();
	}

	/** Every non-completer of the selection, for an export or a reminder. */
	public Flux<NonCompleter> all(long campaignId, StatisticsAccess access, Filter filter) {
		Where where = where(campaignId, access, filter);
		return where.bindTo(db.sql(SELECT + where.sql() + " ORDER BY r.class_id, r.student_number, r.id"))
			.map(NonCompleterRepository::row)
			.all();
	}

	static Map<String, Object> cursorKeys(NonCompleter row) {
		return Map.of("c", row.classId(), "n", row.studentNumber(), "id", row.id());
	}

	private static Where where(long campaignId, StatisticsAccess access, Filter filter) {
		// the institution as a constant lets the roster-order index (institution, class, number, id) serve the order
		Where where = new Where().and("c.id = :campaign", "campaign", campaignId)
			.and("r.institution_id = :institution", "institution", access.institutionId())
			.and("r.status NOT IN ('ADMISSION_FORFEITED', 'ADMISSION_RESERVED', 'WITHDRAWN')", Map.of())
			.and("NOT EXISTS (SELECT 1 FROM confirmation f WHERE f.record_id = r.id AND f.subject = 'RECORD'"
					+ " AND f.record_version = r.version)", Map.of())
			.and("r.college_id = :college", "college", filter.collegeId())
			.and("r.class_id = :class", "class", filter.classId())
			.and("r.id = ANY(:records)", "records", filter.recordIds() == null ? null : filter.recordIds().toArray(Long[]::new));
		return switch (access.scope()) {
			case INSTITUTION -> where;
			case COLLEGES -> where.and("r.college_id = ANY(:scopeIds)", "scopeIds", access.ids().toArray(Long[]::new));
			case CLASSES -> where.and("r.class_id = ANY(:scopeIds)", "scopeIds", access.ids().toArray(Long[]::new));
		};
	}

	private static NonCompleter row(Readable row) {
		Long account = row.get("account_id", Long.class);
		boolean linked = Boolean.TRUE.equals(row.get("linked", Boolean.class));
		NonCompleter.Stage stage = Boolean.TRUE.equals(row.get("ticket_open", Boolean.class)) ? NonCompleter.Stage.TICKET_OPEN
				: account == null ? NonCompleter.Stage.NOT_REGISTERED
						: !linked ? NonCompleter.Stage.NOT_LINKED : NonCompleter.Stage.NOT_CONFIRMED;
		long id = row.get("id", Long.class);
		// an account that is not the student's (name differs) must not reveal its phone
		return new NonCompleter(id, GlobalId.encode("EnrolmentRecord", id), row.get("student_number", String.class),
				row.get("name", String.class), row.get("college_name", String.class), row.get("class_code", String.class),
				row.get("class_id", Long.class), stage, linked ? row.get("phone_masked", String.class) : null,
				row.get("last_reminded", OffsetDateTime.class), linked ? account : null,
				linked ? row.get("phone_cipher", byte[].class) : null);
	}

}
