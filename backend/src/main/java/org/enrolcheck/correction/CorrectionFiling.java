package org.enrolcheck.correction;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.enrolcheck.db.IdempotencyKeys;
import org.enrolcheck.db.Where;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.ValidationFailed.FieldError;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.record.EnrolmentRecord;
import org.enrolcheck.record.RecordService;
import org.enrolcheck.security.Viewer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A student files a ticket on one of their own records: refused on a graduated or out-of-scope
 * record, after the campaign's window (extensions count), or when a field already has an open ticket;
 * every item checked by the record's own rules; everything written in one transaction.
 */
@Service
class CorrectionFiling {

	private static final String OPERATION = "fileCorrectionTicket";

	static final String ID_NUMBER_COLUMN = org.enrolcheck.privacy.CipherLabels.ID_NUMBER;

	private final RecordService records;

	private final DatabaseClient db;

	private final TicketRepository tickets;

	private final TicketWrites writes;

	private final EvidenceFiles evidence;

	private final FilingRules rules;

	private final IdempotencyKeys idempotency;

	private final PersonalDataCipher cipher;

	private final TransactionalOperator transaction;

	private final Clock clock;

	CorrectionFiling(RecordService records, DatabaseClient db, TicketRepository tickets, TicketWrites writes,
			EvidenceFiles evidence, FilingRules rules, IdempotencyKeys idempotency, PersonalDataCipher cipher,
			TransactionalOperator transaction, Clock clock) {
		this.records = records;
		this.db = db;
		this.tickets = tickets;
		this.writes = writes;
		this.evidence = evidence;
		this.rules = rules;
		this.idempotency = idempotency;
		this.cipher = cipher;
		this.transaction = transaction;
		this.clock = clock;
	}

	record ItemInput(String field, String requestedValue, String reasonCode, String note, List<String> evidenceIds) {
	}

	record FileInput(String idempotencyKey, String recordId, List<ItemInput> items) {
	}

	Mono<TicketOutcome> file(FileInput input, boolean english) {
		return Viewer.current().flatMap(viewer -> {
			if (!TicketScope.isStudent(viewer)) {
				return Mono.error(viewer.refusal());
			}
			String key = input.idempotencyKey();
			if (key == null || key.length() < 8 || key.length() > 100) {
				return Mono.just(invalid("idempotencyKey", "IDEMPOTENCY_KEY", english,
						"幂等键须为 8–100 个字符。", "The idempotency key must have 8–100 characters."));
			}
			long recordId = GlobalId.decode(input.recordId(), "EnrolmentRecord");
			return records.record(recordId)
				.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)))
				.flatMap(record -> FilingRules.refusal(record).map(r -> Mono.just((TicketOutcome) new TicketOutcome.Refused(r)))
					.orElseGet(() -> rules.window(record).flatMap(campaign -> campaign.closed()
							? Mono.just(new TicketOutcome.Refused(Refusal.CAMPAIGN_CLOSED))
							: checked(viewer, key, input, record, campaign.id(), english))));
		});
	}

	private Mono<TicketOutcome> checked(Viewer viewer, String key, FileInput input, EnrolmentRecord record, Long campaignId,
			boolean english) {
		return tiers(record.institutionId()).flatMap(tiers -> {
			TicketDraft draft = TicketDraft.of(input.items(), record, tiers, clock, english);
			if (!draft.problems().isEmpty()) {
				return Mono.just((TicketOutcome) new TicketOutcome.Invalid(draft.problems()));
			}
			List<Long> uploadIds = draft.items().stream().flatMap(item -> item.evidence().stream()).distinct().toList();
			return evidence.open(uploadIds, viewer.subject())
				.flatMap(files -> store(viewer, key, input, record, campaignId, draft, files))
				.onErrorResume(EvidenceFiles.EvidenceRejected.class, rejected -> Mono.just(invalid("items", rejected.code,
						english, "证明材料须为 1 MB 以内的 jpg、png 或 pdf 文件。", "Evidence must be a jpg, png or pdf of at most 1 MB.")))
				.onErrorResume(ApiException.class, missing -> missing.code() == ErrorCode.NOT_FOUND
						? Mono.just(invalid("items", "EVIDENCE_NOT_FOUND", english, "证明材料不存在或已过期，请重新上传。",
								"An evidence file was not found or has expired; upload it again."))
						: Mono.error(missing));
		});
	}

	private Mono<TicketOutcome> store(Viewer viewer, String key, FileInput input, EnrolmentRecord record, Long campaignId,
			TicketDraft draft, List<EvidenceFiles.Kept> files) {
		byte[] fingerprint = IdempotencyKeys.fingerprint(input);
		return idempotency.claim(viewer.subject(), key, OPERATION, fingerprint)
			.flatMap(claim -> switch (claim) {
				case IdempotencyKeys.Claim.Reused ignored -> Mono.just((TicketOutcome) new TicketOutcome.KeyReused());
				case IdempotencyKeys.Claim.Replay replay -> saved(replay.resultId());
				case IdempotencyKeys.Claim.Fresh ignored -> alreadyOpen(record.id(), draft).flatMap(open -> open
						? Mono.just(new TicketOutcome.Refused(Refusal.TICKET_FIELD_ALREADY_OPEN))
						: insert(viewer, record, campaignId, draft)
							.flatMap(ticketId -> evidence.keep(files)
								.then(idempotency.remember(viewer.subject(), key, OPERATION, fingerprint, ticketId))
								.then(tickets.find(new Where().and("t.id = :id", "id", ticketId)))
								.flatMap(ticket -> writes.event(ticket, null, TicketState.SUBMITTED, viewer.subject(), null)
									.thenReturn((TicketOutcome) new TicketOutcome.Saved(ticket)))));
			})
			.as(transaction::transactional)
			// two filings racing past the check: the open-field index refuses the second
			.onErrorResume(ex -> ex instanceof DataIntegrityViolationException
					|| ex instanceof io.r2dbc.spi.R2dbcDataIntegrityViolationException,
					ex -> Mono.just(new TicketOutcome.Refused(Refusal.TICKET_FIELD_ALREADY_OPEN)));
	}

	private Mono<Long> insert(Viewer viewer, EnrolmentRecord record, Long campaignId, TicketDraft draft) {
		return db.sql("""
				INSERT INTO ticket (record_id, campaign_id, institution_id, college_id, class_id, account_id, state, record_version)
				VALUES (:record, :campaign, :institution, :college, :class, :account, 'SUBMITTED', :version) RETURNING id""")
			.bind("record", record.id())
			.bind("campaign", TicketRepository.nullable(campaignId, Long.class))
			.bind("institution", record.institutionId())
			.bind("college", record.college().id())
			.bind("class", record.schoolClass().id())
			.bind("account", TicketScope.accountId(viewer))
			.bind("version", record.version())
			.map(row -> row.get(0, Long.class)).one()
			.flatMap(ticketId -> Flux.fromIterable(draft.items()).concatMap(item -> insertItem(ticketId, record.id(), item))
				.then(Mono.just(ticketId)));
	}

	private Mono<Void> insertItem(long ticketId, long recordId, TicketDraft.Item item) {
		return db.sql("""
				INSERT INTO ticket_item (ticket_id, record_id, field, tier, current_value, requested_value, requested_cipher,
				    reason_code, note, provincial) VALUES (:ticket, :record, :field, :tier, :current, :requested, :cipher,
				    :reason, :note, :provincial) RETURNING id""")
			.bind("ticket", ticketId).bind("record", recordId)
			.bind("field", item.field().graphQlName())
			.bind("tier", item.tier().name())
			.bind("current", item.currentValue())
			.bind("requested", item.displayValue())
			.bind("cipher", item.secret() == null ? org.springframework.r2dbc.core.Parameter.empty(byte[].class)
					: cipher.encryptText(ID_NUMBER_COLUMN, item.secret()))
			.bind("reason", item.reasonCode().name())
			.bind("note", TicketRepository.nullable(item.note(), String.class))
			.bind("provincial", item.tier() == TicketField.Tier.IDENTITY)
			.map(row -> row.get(0, Long.class)).one()
			.flatMapMany(itemId -> Flux.fromIterable(item.evidence()).concatMap(upload -> db
				.sql("INSERT INTO ticket_evidence (item_id, upload_id) VALUES (:item, :upload)")
				.bind("item", itemId).bind("upload", upload).then()))
			.then();
	}

	private Mono<Boolean> alreadyOpen(long recordId, TicketDraft draft) {
		return db.sql("SELECT count(*) FROM ticket_item WHERE record_id = :record AND open AND field = ANY(:fields)")
			.bind("record", recordId)
			.bind("fields", draft.items().stream().map(item -> item.field().graphQlName()).toArray(String[]::new))
			.map(row -> row.get(0, Long.class) > 0).one();
	}

	private Mono<TicketOutcome> saved(long ticketId) {
		return tickets.find(new Where().and("t.id = :id", "id", ticketId)).map(TicketOutcome.Saved::new);
	}

	/** The institution's own tier per field, where it set one. */
	Mono<Map<String, TicketField.Tier>> tiers(long institutionId) {
		return db.sql("SELECT field, tier FROM field_tier WHERE institution_id = :institution")
			.bind("institution", institutionId)
			.map(row -> Map.entry(row.get("field", String.class), TicketField.Tier.valueOf(row.get("tier", String.class))))
			.all().collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

	static TicketOutcome invalid(String field, String code, boolean english, String zh, String en) {
		return new TicketOutcome.Invalid(List.of(new FieldError(field, code, english ? en : zh)));
	}


}
