package org.enrolcheck.receipt;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.enrolcheck.db.Batches;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.Language;
import org.enrolcheck.graphql.ValidationFailed;
import org.enrolcheck.record.EnrolmentRecord;
import org.enrolcheck.record.RecordService;
import org.enrolcheck.security.Viewer;
import org.enrolcheck.validation.RecordStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Verification code queries and mutations; rules live in {@link ReceiptService} and {@link CodeVerifier}. */
@Controller
class ReceiptController {

	private final ReceiptService receipts;

	private final CodeVerifier verifier;

	private final RecordService records;

	private final VerificationLinks links;

	ReceiptController(ReceiptService receipts, CodeVerifier verifier, RecordService records, VerificationLinks links) {
		this.receipts = receipts;
		this.verifier = verifier;
		this.records = records;
		this.links = links;
	}

	@QueryMapping
	Mono<PublicVerification> verifyCode(@Argument String code, @ContextValue(name = VerifierAddress.IP, required = false) @Nullable String ip) {
		return verifier.verify(code, ip);
	}

	/** The record behind a valid code, only for a caller whose own scope covers it. */
	@SchemaMapping(typeName = "CodeVerification", field = "record")
	Mono<EnrolmentRecord> verifiedRecord(PublicVerification verification) {
		if (verification.recordId() == null || verification.state() != VerificationState.VALID) {
			return Mono.empty();
		}
		return Viewer.current().filter(viewer -> !viewer.isAnonymous())
			.flatMap(viewer -> records.record(verification.recordId()))
			.onErrorResume(ApiException.class, refused -> Mono.empty());
	}

	@BatchMapping(typeName = "EnrolmentRecord", field = "verificationCodes")
	Mono<Map<EnrolmentRecord, List<VerificationCode>>> verificationCodes(List<EnrolmentRecord> page) {
		return receipts.ownCodes(page.stream().map(EnrolmentRecord::id).distinct().toList())
			.collectMultimap(VerificationCode::recordId)
			.map(byRecord -> Batches.children(page, EnrolmentRecord::id, (Map<Long, Collection<VerificationCode>>) byRecord));
	}

	record IssueInput(String idempotencyKey, String recordId, Integer validMonths) {
	}

	@MutationMapping
	Mono<Object> issueSelfCheckReceipt(@Argument IssueInput input, Locale locale,
			@ContextValue(name = VerifierAddress.ORIGIN, required = false) @Nullable String origin) {
		return receipts.issue(VerificationKind.SELF_CHECK_RECEIPT, input.recordId(), input.validMonths(),
				input.idempotencyKey(), Language.english(locale)).map(outcome -> payload(outcome, locale, origin));
	}

	@MutationMapping
	Mono<Object> issueVerificationReport(@Argument IssueInput input, Locale locale,
			@ContextValue(name = VerifierAddress.ORIGIN, required = false) @Nullable String origin) {
		return receipts.issue(VerificationKind.ENROLMENT_VERIFICATION_REPORT, input.recordId(), input.validMonths(),
				input.idempotencyKey(), Language.english(locale)).map(outcome -> payload(outcome, locale, origin));
	}

	record ExtendInput(String id, Integer validMonths) {
	}

	@MutationMapping
	Mono<Object> extendVerificationCode(@Argument ExtendInput input, Locale locale) {
		return receipts.extend(input.id(), input.validMonths(), Language.english(locale))
			.map(outcome -> payload(outcome, locale, ""));
	}

	record RevokeInput(String id) {
	}

	@MutationMapping
	Mono<Object> revokeVerificationCode(@Argument RevokeInput input, Locale locale) {
		return receipts.revoke(input.id()).map(outcome -> payload(outcome, locale, ""));
	}

	record VerificationCodeIssued(VerificationCode verificationCode, @Nullable String fullCode,
			@Nullable String verificationUrl, @Nullable String qrCodePath) {
	}

	record VerificationCodeSaved(VerificationCode verificationCode) {
	}

	record SelfCheckNotFinished(String code, String message, List<String> missing) {
	}

	record VerificationReportNotAvailable(String code, String message, RecordStatus status) {
	}

	record VerificationCodeRevoked(String code, String message) {
	}

	record IdempotencyKeyReused(String code, String message) {
	}

	private Object payload(ReceiptOutcome outcome, Locale locale, String origin) {
		return switch (outcome) {
			case ReceiptOutcome.Issued issued -> issued.plainCode() == null
					? new VerificationCodeIssued(issued.code(), null, null, null)
					: new VerificationCodeIssued(issued.code(), issued.plainCode(),
							links.pageUrl(origin, issued.plainCode()), VerificationLinks.qrPath(issued.plainCode()));
			case ReceiptOutcome.Saved saved -> new VerificationCodeSaved(saved.code());
			case ReceiptOutcome.Invalid invalid -> ValidationFailed.of(invalid.problems(), locale);
			case ReceiptOutcome.NotFinished notFinished -> new SelfCheckNotFinished("SELF_CHECK_NOT_FINISHED",
					Language.pick(locale, "请先完成自查：确认学籍信息" + (notFinished.missing().contains("ADMISSION_PHOTO") ? "和录取照片" : "")
							+ "后再获取自查回执。", "Finish the self-check first: confirm the record"
									+ (notFinished.missing().contains("ADMISSION_PHOTO") ? " and its admission photo" : "") + "."),
					notFinished.missing());
			case ReceiptOutcome.NotAvailable notAvailable -> new VerificationReportNotAvailable(
					"VERIFICATION_REPORT_NOT_AVAILABLE", Language.pick(locale,
							"学籍状态为“" + notAvailable.status().label() + "”，无法出具学籍在线验证报告；如有疑问请联系学院。",
							"No verification report for a record whose status is " + notAvailable.status().name()
									+ "; ask your college if this is wrong."), notAvailable.status());
			case ReceiptOutcome.AlreadyRevoked ignored -> new VerificationCodeRevoked("VERIFICATION_CODE_REVOKED",
					Language.pick(locale, "该验证码已撤销，不能延期；请重新获取。", "This code was revoked and cannot be extended; issue a new one."));
			case ReceiptOutcome.KeyReused ignored -> new IdempotencyKeyReused("IDEMPOTENCY_KEY_REUSED",
					Language.pick(locale, "该幂等键已用于另一个不同的请求。", "This idempotency key was used for a different request."));
		};
	}

}
