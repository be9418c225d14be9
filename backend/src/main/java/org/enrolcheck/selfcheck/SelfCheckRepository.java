package org.enrolcheck.selfcheck;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.enrolcheck.validation.RecordStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Self-check SQL. A record's campaign is the newest one covering it in the {@code campaign_record}
 * view (which also applies the student's extension); a batch of records is read in one statement.
 */
@Repository
class SelfCheckRepository {

	/** The newest campaign covering {@code r}, as a lateral subquery aliased {@code cr}. */
	static final String CAMPAIGN = """
			(SELECT v.campaign_id, v.in_scope, v.opens_at, v.closes_at FROM campaign_record v
			 WHERE v.record_id = r.id ORDER BY v.campaign_id DESC LIMIT 1) cr""";

	private static final String LATEST = """
			(SELECT %s FROM confirmation k WHERE k.record_id = r.id AND k.subject = '%s'
			 ORDER BY k.record_version DESC LIMIT 1) %s""";

	private final DatabaseClient db;

	SelfCheckRepository(DatabaseClient db) {
		this.db = db;
	}

	/**
	 * The self-checks of the records; {@code viewerAccount} (or -1) decides {@code own} by the rule that
	 * links a student to records: same name and ID number blind index, account active.
	 */
	Flux<SelfCheckRow> selfChecks(Collection<Long> recordIds, long viewerAccount) {
		return db.sql("SELECT r.id AS record_id, r.version, r.status, r.admission_photo_id IS NOT NULL AS has_photo,"
				+ " cr.campaign_id, cr.in_scope, cr.opens_at, cr.closes_at AS deadline, c.name, c.notice,"
				+ " c.closes_at AS campaign_closes_at, c.fields_to_check," + prefixed("rc_") + ", " + prefixed("pc_")
				+ ", EXISTS (SELECT 1 FROM account a WHERE a.id = :viewer AND a.state = 'ACTIVE'"
				+ " AND a.id_number_index = r.id_number_index AND a.display_name = r.name) AS own"
				+ " FROM enrolment_record r JOIN LATERAL " + CAMPAIGN + " ON true JOIN campaign c ON c.id = cr.campaign_id"
				+ " LEFT JOIN LATERAL " + LATEST.formatted(StoredConfirmation.COLUMNS, "RECORD", "rc") + " ON true"
				+ " LEFT JOIN LATERAL " + LATEST.formatted(StoredConfirmation.COLUMNS, "ADMISSION_PHOTO", "pc") + " ON true"
				+ " WHERE r.id = ANY(:ids)")
			.bind("ids", recordIds.toArray(Long[]::new))
			.bind("viewer", viewerAccount)
			.map(row -> new SelfCheckRow(row.get("record_id", Long.class), row.get("version", Integer.class),
					RecordStatus.valueOf(row.get("status", String.class)), Boolean.TRUE.equals(row.get("has_photo", Boolean.class)),
					row.get("campaign_id", Long.class), row.get("name", String.class), row.get("notice", String.class),
					row.get("opens_at", OffsetDateTime.class), row.get("campaign_closes_at", OffsetDateTime.class),
					row.get("deadline", OffsetDateTime.class), Boolean.TRUE.equals(row.get("in_scope", Boolean.class)),
					List.of(row.get("fields_to_check", String[].class)), StoredConfirmation.read(row, "rc_"),
					StoredConfirmation.read(row, "pc_"), Boolean.TRUE.equals(row.get("own", Boolean.class))))
			.all();
	}

	private static String prefixed(String prefix) {
		String alias = prefix.substring(0, 2);
		return String.join(", ", List.of("id", "record_id", "subject", "record_version", "content_hash", "confirmed_at",
				"assisted_by", "assisted_reason", "valid").stream().map(column -> alias + "." + column + " AS " + prefix + column)
			.toList());
	}

	/** What an insert found: the row's id, and whether this request wrote it. */
	record Written(long id, boolean written) {
	}

	/**
	 * The student's own confirmation of one subject at one version. A concurrent or repeated one
	 * finds the existing row (the unique key admits one per record, subject and version); an assisted
	 * confirmation of the same version is taken over by the student's own.
	 */
	Mono<Written> confirm(ConfirmationTarget target, ConfirmationSubject subject, long accountId, ConfirmationClient client) {
		return db.sql("""
				INSERT INTO confirmation (record_id, campaign_id, subject, record_version, content_hash, account_id, ip, user_agent)
				VALUES (:record, :campaign, :subject, :version, :hash, :account, :ip, :agent)
				ON CONFLICT (record_id, subject, record_version) DO UPDATE
				SET account_id = excluded.account_id, campaign_id = excluded.campaign_id, content_hash = excluded.content_hash,
				    assisted_by = NULL, assisted_reason = NULL, ip = excluded.ip, user_agent = excluded.user_agent,
				    confirmed_at = now()
				WHERE confirmation.assisted_by IS NOT NULL
				RETURNING id""")
			.bind("record", target.recordId())
			.bind("campaign", Parameter.fromOrEmpty(target.campaignId(), Long.class))
			.bind("subject", subject.name())
			.bind("version", target.version())
			.bind("hash", target.contentHash())
			.bind("account", accountId)
			.bind("ip", Parameter.fromOrEmpty(client.ip(), String.class))
			.bind("agent", Parameter.fromOrEmpty(client.userAgent(), String.class))
			.map(row -> new Written(row.get(0, Long.class), true))
			.one()
			.switchIfEmpty(existing(target.recordId(), subject, target.version()));
	}

	/** Staff's confirmation on the student's behalf; an existing one of the same version stays. */
	Mono<Written> confirmAssisted(ConfirmationTarget target, ConfirmationSubject subject, String staff, String reason,
			ConfirmationClient client) {
		return db.sql("""
				INSERT INTO confirmation (record_id, campaign_id, subject, record_version, content_hash, assisted_by,
				                          assisted_reason, ip, user_agent)
				VALUES (:record, :campaign, :subject, :version, :hash, :staff, :reason, :ip, :agent)
				ON CONFLICT (record_id, subject, record_version) DO NOTHING
				RETURNING id""")
			.bind("record", target.recordId())
			.bind("campaign", Parameter.fromOrEmpty(target.campaignId(), Long.class))
			.bind("subject", subject.name())
			.bind("version", target.version())
			.bind("hash", target.contentHash())
			.bind("staff", staff)
			.bind("reason", reason)
			.bind("ip", Parameter.fromOrEmpty(client.ip(), String.class))
			.bind("agent", Parameter.fromOrEmpty(client.userAgent(), String.class))
			.map(row -> new Written(row.get(0, Long.class), true))
			.one()
			.switchIfEmpty(existing(target.recordId(), subject, target.version()));
	}

	private Mono<Written> existing(long recordId, ConfirmationSubject subject, int version) {
		return db.sql("SELECT id FROM confirmation WHERE record_id = :record AND subject = :subject AND record_version = :version")
			.bind("record", recordId)
			.bind("subject", subject.name())
			.bind("version", version)
			.map(row -> new Written(row.get(0, Long.class), false))
			.one();
	}

	/** Confirmations of a record at one version (the ones that count while it stays there). */
	Flux<StoredConfirmation> atVersion(long recordId, int version) {
		return db.sql("SELECT " + StoredConfirmation.COLUMNS + " FROM confirmation k JOIN enrolment_record r ON r.id = k.record_id"
				+ " WHERE k.record_id = :record AND k.record_version = :version ORDER BY k.subject")
			.bind("record", recordId)
			.bind("version", version)
			.map(row -> StoredConfirmation.read(row, ""))
			.all();
	}

	Mono<StoredConfirmation> find(long id) {
		return db.sql("SELECT " + StoredConfirmation.COLUMNS
				+ " FROM confirmation k JOIN enrolment_record r ON r.id = k.record_id WHERE k.id = :id")
			.bind("id", id)
			.map(row -> StoredConfirmation.read(row, ""))
			.one();
	}

	/**
	 * The active student accounts linked to a record: the same rule as the records a student sees
	 * (same name and ID number blind index), to tell them about an assisted confirmation.
	 */
	Flux<Long> studentAccounts(long recordId) {
		return db.sql("""
				SELECT a.id FROM account a JOIN enrolment_record r ON a.id_number_index = r.id_number_index
				    AND a.display_name = r.name
				WHERE r.id = :record AND a.state = 'ACTIVE' AND 'STUDENT' = ANY(a.roles)""")
			.bind("record", recordId)
			.map(row -> row.get(0, Long.class))
			.all();
	}

	/** A correction ticket of the account's that waits for the student's answer (NEEDS_INFO). */
	record TicketAwaitingAnswer(long ticketId, long recordId) {
	}

	/** The account's tickets on these records (looked up by record, which is indexed) that wait for an answer. */
	Flux<TicketAwaitingAnswer> ticketsAwaitingAnswer(long accountId, Collection<Long> recordIds) {
		return db.sql("SELECT id, record_id FROM ticket WHERE record_id = ANY(:records) AND account_id = :account"
				+ " AND state = 'NEEDS_INFO' ORDER BY id")
			.bind("records", recordIds.toArray(Long[]::new))
			.bind("account", accountId)
			.map(row -> new TicketAwaitingAnswer(row.get("id", Long.class), row.get("record_id", Long.class)))
			.all();
	}

}
