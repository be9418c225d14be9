package org.enrolcheck.selfcheck;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.enrolcheck.audit.AuditEvent;
import org.enrolcheck.audit.AuditLog;
import org.enrolcheck.db.IdempotencyKeys;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.record.RecordService;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A student's own confirmations: only of their own linked records, only while the campaign is open
 * for them, only of the version they saw. The confirmation, its idempotency key, its audit event and
 * the inbox notice are written in one transaction; a refused request writes nothing.
 */
@Service
class ConfirmationService {

	private final SelfCheckRepository repository;

	private final ConfirmationTargets targets;

	private final RecordService records;

	private final IdempotencyKeys idempotency;

	private final AuditLog audit;

	private final SelfCheckNotices notices;

	private final TransactionalOperator transaction;

	private final Clock clock;

	ConfirmationService(SelfCheckRepository repository, ConfirmationTargets targets, RecordService records, IdempotencyKeys idempotency, AuditLog audit,
			SelfCheckNotices notices, TransactionalOperator transaction, Clock clock) {
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
	record Request(String operation, long recordId, int version) {
	}

	Mono<ConfirmationOutcome> confirm(ConfirmationSubject subject, long recordId, int version, String key,
			ConfirmationClient client, boolean english) {
		return Viewer.current().flatMap(viewer -> {
			if (!viewer.has(Role.STUDENT)) {
				return Mono.error(viewer.refusal());
			}
			long account = accountOf(viewer);
			// the student's own records only: anyone else's is as absent as a record that does not exist
			return records.linkedTo(account)
				.filter(own -> own.stream().anyMatch(record -> record.id() == recordId))
				.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)))
				.flatMap(own -> {
					var problems = Checks.idempotencyKey(key, english);
					if (!problems.isEmpty()) {
						return Mono.just((ConfirmationOutcome) new ConfirmationOutcome.Invalid(problems));
					}
					String operation = operation(subject);
					byte[] fingerprint = IdempotencyKeys.fingerprint(new Request(operation, recordId, version));
					return idempotency.claim(viewer.subject(), key, operation, fingerprint)
						.flatMap(claim -> switch (claim) {
							case IdempotencyKeys.Claim.Reused ignored -> Mono.just(new ConfirmationOutcome.KeyReused());
							case IdempotencyKeys.Claim.Replay replay -> repository.find(replay.resultId())
								.map(found -> new ConfirmationOutcome.Confirmed(recordId, List.of(found)));
							case IdempotencyKeys.Claim.Fresh ignored -> targets.target(recordId)
								.flatMap(target -> write(viewer, account, subject, target, version, client,
										written -> idempotency.remember(viewer.subject(), key, operation, fingerprint, written)));
						})
						.as(transaction::transactional);
				});
		});
	}

	private Mono<ConfirmationOutcome> write(Viewer viewer, long account, ConfirmationSubject subject,
			ConfirmationTarget target, int version, ConfirmationClient client,
			LongFunction<Mono<Void>> remember) {
		SelfCheckRefusal refusal = SelfCheckRefusal.of(target, subject, clock.instant());
		if (refusal != null) {
			return Mono.just(new ConfirmationOutcome.Unavailable(refusal, target.status()));
		}
		if (target.version() != version) {
			return Mono.just(new ConfirmationOutcome.Stale(target.version()));
		}
		return repository.confirm(target, subject, account, client).flatMap(written -> remember.apply(written.id())
			// a confirmation that was there already (a double submit) is not audited or announced twice
			.then(written.written() ? announce(viewer, account, subject, target, written.id()) : Mono.empty())
			.then(repository.find(written.id()))
			.map(found -> new ConfirmationOutcome.Confirmed(target.recordId(), List.of(found))));
	}

	private Mono<Void> announce(Viewer viewer, long account, ConfirmationSubject subject, ConfirmationTarget target,
			long confirmationId) {
		Map<String, Object> after = Map.of("confirmation", GlobalId.encode(SelfCheckConfirmation.TYPE, confirmationId),
				"recordVersion", target.version(), "contentHash", ContentHash.hex(target.contentHash()));
		return audit.write(new AuditEvent(viewer.subject(), "CONFIRM_" + subject.name(), "EnrolmentRecord",
				target.recordId(), target.institutionId(), null, after, null))
			.then(notices.confirmed(account, subject, target.recordId(), target.version()));
	}

	static String operation(ConfirmationSubject subject) {
		return subject == ConfirmationSubject.RECORD ? "confirmRecord" : "confirmAdmissionPhoto";
	}

	/** The account behind a student's token (its subject is the account's global id). */
	static long accountOf(Viewer viewer) {
		GlobalId subject = GlobalId.decode(viewer.subject());
		if (!"Account".equals(subject.typeName())) {
			throw new ApiException(ErrorCode.FORBIDDEN);
		}
		return subject.id();
	}

}
