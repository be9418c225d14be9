package org.enrolcheck.selfcheck;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.enrolcheck.audit.AuditEvent;
import org.enrolcheck.audit.AuditLog;
import org.enrolcheck.db.IdempotencyKeys;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.record.RecordService;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Assisted confirmations (代确认): staff confirm on a student's behalf within their own scope
 * (REGISTRAR the institution, COLLEGE_ADMIN their colleges, COUNSELLOR their classes), with a
 * reason, under the same window and version rules as the student. A subject the student already
 * confirmed themselves at this version is left alone. Audited; the student is told and asked to
 * confirm again.
 */
@Service
class AssistedConfirmationService {

	private static final String OPERATION = "recordAssistedConfirmation";

	private final SelfCheckRepository repository;

	private final ConfirmationTargets targets;

	private final RecordService records;

	private final IdempotencyKeys idempotency;

	private final AuditLog audit;

	private final SelfCheckNotices notices;

	private final TransactionalOperator transaction;

	private final Clock clock;

	AssistedConfirmationService(SelfCheckRepository repository, ConfirmationTargets targets, RecordService records, IdempotencyKeys idempotency,
			AuditLog audit, SelfCheckNotices notices, TransactionalOperator transaction, Clock clock) {
		this.repository = repository;
		this.targets = targets;
		this.records = records;
		this.idempotency = idempotency;
		this.audit = audit;
		this.notices = notices;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** What an idempotency key is bound to. */
	record Request(long recordId, int version, @Nullable ConfirmationSubject subject, String reason) {
	}

	Mono<ConfirmationOutcome> assist(long recordId, int version, @Nullable ConfirmationSubject subject,
			@Nullable String reason, String key, ConfirmationClient client, boolean english) {
		return Viewer.current().flatMap(viewer -> {
			if (!viewer.has(Role.REGISTRAR) && !viewer.has(Role.COLLEGE_ADMIN) && !viewer.has(Role.COUNSELLOR)) {
				return Mono.error(viewer.refusal());
			}
			// the record must lie in the staff member's scope; outside it, it is as absent as a missing one
			return records.record(recordId).switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND))).flatMap(record -> {
				var problems = Checks.assisted(key, reason, english);
				if (!problems.isEmpty()) {
					return Mono.just((ConfirmationOutcome) new ConfirmationOutcome.Invalid(problems));
				}
				String why = reason.strip();
				byte[] fingerprint = IdempotencyKeys.fingerprint(new Request(recordId, version, subject, why));
				return idempotency.claim(viewer.subject(), key, OPERATION, fingerprint)
					.flatMap(claim -> switch (claim) {
						case IdempotencyKeys.Claim.Reused ignored -> Mono.just(new ConfirmationOutcome.KeyReused());
						case IdempotencyKeys.Claim.Replay replay -> repository.find(replay.resultId())
							.flatMap(first -> confirmed(recordId, first.recordVersion(), subject));
						case IdempotencyKeys.Claim.Fresh ignored -> targets.target(recordId)
							.flatMap(target -> write(viewer, target, version, subject, why, client, key, fingerprint));
					})
					.as(transaction::transactional);
			});
		});
	}

	private Mono<ConfirmationOutcome> write(Viewer viewer, ConfirmationTarget target, int version,
			@Nullable ConfirmationSubject subject, String reason, ConfirmationClient client, String key, byte[] fingerprint) {
		List<ConfirmationSubject> asked = subject != null ? List.of(subject)
				: target.hasPhoto() ? List.of(ConfirmationSubject.RECORD, ConfirmationSubject.ADMISSION_PHOTO)
						: List.of(ConfirmationSubject.RECORD);
		for (ConfirmationSubject each : asked) {
			SelfCheckRefusal refusal = SelfCheckRefusal.of(target, each, clock.instant());
			if (refusal != null) {
				return Mono.just(new ConfirmationOutcome.Unavailable(refusal, target.status()));
			}
		}
		if (target.version() != version) {
			return Mono.just(new ConfirmationOutcome.Stale(target.version()));
		}
		return repository.atVersion(target.recordId(), version)
			.filter(existing -> !existing.assisted())
			.map(StoredConfirmation::subject)
			.collectList()
			.flatMap(ownDone -> {
				List<ConfirmationSubject> open = new ArrayList<>(asked);
				open.removeAll(ownDone);
				if (open.isEmpty()) {
					return Mono.just((ConfirmationOutcome) new ConfirmationOutcome.Unavailable(
							SelfCheckRefusal.ALREADY_CONFIRMED_BY_STUDENT, target.status()));
				}
				return Flux.fromIterable(open)
					.concatMap(each -> repository.confirmAssisted(target, each, viewer.subject(), reason, client))
					.collectList()
					.flatMap(written -> idempotency.remember(viewer.subject(), key, OPERATION, fingerprint, written.get(0).id())
						.then(written.stream().anyMatch(SelfCheckRepository.Written::written)
								? audit.write(new AuditEvent(viewer.subject(), "ASSISTED_CONFIRMATION", "EnrolmentRecord",
										target.recordId(), target.institutionId(), null,
										Map.of("subjects", open.stream().map(Enum::name).toList(), "recordVersion", version,
												"contentHash", ContentHash.hex(target.contentHash())),
										reason))
									.then(notices.assisted(repository.studentAccounts(target.recordId()), target.recordId(), reason))
								: Mono.empty())
						.then(confirmed(target.recordId(), version, subject)));
			});
	}

	/** The confirmations of the asked subjects at {@code version}, as they stand after the write. */
	private Mono<ConfirmationOutcome> confirmed(long recordId, int version, @Nullable ConfirmationSubject subject) {
		Set<ConfirmationSubject> asked = subject != null ? Set.of(subject) : Set.of(ConfirmationSubject.values());
		return repository.atVersion(recordId, version)
			.filter(confirmation -> asked.contains(confirmation.subject()))
			.collectList()
			.map(found -> new ConfirmationOutcome.Confirmed(recordId, found));
	}

}
