package org.enrolcheck.receipt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.enrolcheck.audit.AuditEvent;
import org.enrolcheck.audit.AuditLog;
import org.enrolcheck.db.IdempotencyKeys;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.ValidationFailed.FieldError;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.record.EnrolmentRecord;
import org.enrolcheck.record.RecordService;
import org.enrolcheck.security.Viewer;
import org.enrolcheck.validation.RecordStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A student issues, extends and revokes verification codes for their own linked records. Every
 * change writes an audit event in its transaction; the code itself is returned once and stored only
 * as an HMAC.
 */
@Service
class ReceiptService {

	static final String HASH_COLUMN = "verification_code.code";

	/**
	 * No verification report for a record that gives no enrolment to show: admission given up or
	 * reserved (never enrolled), withdrawn or expelled (no longer enrolled). Suspended, graduated,
	 * completed and incomplete records are verifiable: the report shows that status as it is.
	 */
	static final Set<RecordStatus> NO_REPORT = Set.of(RecordStatus.ADMISSION_FORFEITED, RecordStatus.ADMISSION_RESERVED,
			RecordStatus.WITHDRAWN, RecordStatus.EXPELLED);

	private final ReceiptRepository repository;

	private final RecordService records;

	private final IdempotencyKeys idempotency;

	private final AuditLog audit;

	private final PersonalDataCipher cipher;

	private final TransactionalOperator transaction;

	ReceiptService(ReceiptRepository repository, RecordService records, IdempotencyKeys idempotency, AuditLog audit,
			PersonalDataCipher cipher, TransactionalOperator transaction) {
		this.repository = repository;
		this.records = records;
		this.idempotency = idempotency;
		this.audit = audit;
		this.cipher = cipher;
		this.transaction = transaction;
	}

	record IssueRequest(VerificationKind kind, long recordId, int validMonths) {
	}

	Mono<ReceiptOutcome> issue(VerificationKind kind, String recordId, Integer validMonths, String key, boolean english) {
		return Students.current().flatMap(account -> {
			long record = GlobalId.decode(recordId, "EnrolmentRecord");
			List<FieldError> problems = new ArrayList<>();
			if (key == null || key.length() < 8 || key.length() > 100) {
				problems.add(new FieldError("idempotencyKey", "IDEMPOTENCY_KEY",
						english ? "The idempotency key must have 8–100 characters." : "幂等键须为 8–100 个字符。"));
			}
			Students.validMonths(validMonths, english).ifPresent(problems::add);
			if (!problems.isEmpty()) {
				return Mono.just((ReceiptOutcome) new ReceiptOutcome.Invalid(problems));
			}
			String actor = GlobalId.encode("Account", account);
			String operation = "issue" + kind.name();
			byte[] fingerprint = IdempotencyKeys.fingerprint(new IssueRequest(kind, record, validMonths));
			return records.record(record)
				.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)))
				.flatMap(linked -> idempotency.claim(actor, key, operation, fingerprint)
					.flatMap(claim -> switch (claim) {
						case IdempotencyKeys.Claim.Reused ignored -> Mono.just((ReceiptOutcome) new ReceiptOutcome.KeyReused());
						case IdempotencyKeys.Claim.Replay replay -> repository.owned(replay.resultId(), account, false)
							.map(code -> (ReceiptOutcome) new ReceiptOutcome.Issued(code, null));
						case IdempotencyKeys.Claim.Fresh ignored -> fresh(kind, linked, account, validMonths)
							.flatMap(outcome -> outcome instanceof ReceiptOutcome.Issued issued
									? idempotency.remember(actor, key, operation, fingerprint, issued.code().id()).thenReturn(outcome)
									: Mono.just(outcome));
					}))
				.as(transaction::transactional);
		});
	}

	private Mono<ReceiptOutcome> fresh(VerificationKind kind, EnrolmentRecord record, long account, int validMonths) {
		return repository.readiness(record.id()).flatMap(readiness -> {
			if (kind == VerificationKind.SELF_CHECK_RECEIPT && !readiness.finished()) {
				List<String> missing = new ArrayList<>();
				if (!readiness.recordConfirmed()) {
					missing.add("RECORD");
				}
				if (!readiness.photoConfirmed()) {
					missing.add("ADMISSION_PHOTO");
				}
				return Mono.just(new ReceiptOutcome.NotFinished(missing));
			}
			if (kind == VerificationKind.ENROLMENT_VERIFICATION_REPORT && NO_REPORT.contains(record.status())) {
				return Mono.just(new ReceiptOutcome.NotAvailable(record.status()));
			}
			String plain = VerificationCodeText.generate();
			String lastFour = VerificationCodeText.lastFour(plain);
			return repository.insert(kind, record.id(), account, cipher.blindIndex(HASH_COLUMN, plain), lastFour,
					readiness.version(), validMonths)
				.flatMap(id -> repository.owned(id, account, false))
				.flatMap(code -> audit.write(new AuditEvent(GlobalId.encode("Account", account), "ISSUE_VERIFICATION_CODE",
						"VerificationCode", code.id(), code.institutionId(), null,
						Map.of("kind", kind.name(), "record", record.id(), "recordVersion", readiness.version(), "lastFour",
								lastFour, "expiresAt", code.expiresAt().toString()), null))
					.thenReturn(new ReceiptOutcome.Issued(code, VerificationCodeText.grouped(plain))));
		});
	}

	Mono<ReceiptOutcome> extend(String id, Integer validMonths, boolean english) {
		return Students.current().flatMap(account -> {
			long codeId = GlobalId.decode(id, "VerificationCode");
			var problem = Students.validMonths(validMonths, english);
			if (problem.isPresent()) {
				return Mono.just((ReceiptOutcome) new ReceiptOutcome.Invalid(List.of(problem.get())));
			}
			return repository.owned(codeId, account, true)
				.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)))
				.flatMap(code -> {
					if (code.revokedAt() != null) {
						return Mono.just((ReceiptOutcome) new ReceiptOutcome.AlreadyRevoked(code));
					}
					return repository.monthsFromNow(validMonths).flatMap(proposed -> {
						if (!proposed.isAfter(code.expiresAt())) {
							return Mono.just((ReceiptOutcome) new ReceiptOutcome.Invalid(List.of(new FieldError("validMonths",
									"EXTENSION_NOT_LATER", english
											? "The code is already valid for longer; choose more months."
											: "验证码的有效期已长于所选月数，请选择更长的有效期。"))));
						}
						return repository.extend(codeId, validMonths)
							.then(audit.write(new AuditEvent(GlobalId.encode("Account", account), "EXTEND_VERIFICATION_CODE",
									"VerificationCode", codeId, code.institutionId(),
									Map.of("expiresAt", code.expiresAt().toString()),
									Map.of("expiresAt", proposed.toString(), "validMonths", validMonths), null)))
							.then(repository.owned(codeId, account, false))
							.map(ReceiptOutcome.Saved::new);
					});
				})
				.as(transaction::transactional);
		});
	}

	Mono<ReceiptOutcome> revoke(String id) {
		return Students.current().flatMap(account -> {
			long codeId = GlobalId.decode(id, "VerificationCode");
			return repository.owned(codeId, account, true)
				.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)))
				.flatMap(code -> code.revokedAt() != null ? Mono.just(code)
						: repository.revoke(codeId)
							.then(audit.write(new AuditEvent(GlobalId.encode("Account", account), "REVOKE_VERIFICATION_CODE",
									"VerificationCode", codeId, code.institutionId(), null, Map.of("revoked", true), null)))
							.then(repository.owned(codeId, account, false)))
				.map(code -> (ReceiptOutcome) new ReceiptOutcome.Saved(code))
				.as(transaction::transactional);
		});
	}

	/** The viewer's own codes of these records; nobody else sees any (staff get empty lists). */
	Flux<VerificationCode> ownCodes(Collection<Long> recordIds) {
		return Viewer.current().flatMapMany(viewer -> {
			Long account = Students.accountOf(viewer);
			return account == null ? Flux.empty() : repository.ofRecords(recordIds, account);
		});
	}

	/** A code by id for {@code node(id)}: its owner only. */
	Mono<VerificationCode> ownCode(long id) {
		return Viewer.current().flatMap(viewer -> {
			Long account = Students.accountOf(viewer);
			return account == null ? Mono.empty() : repository.owned(id, account, false);
		});
	}

}
