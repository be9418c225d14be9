package org.enrolcheck.identity;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.enrolcheck.account.AccountSessions;
import org.enrolcheck.audit.AuditEvent;
import org.enrolcheck.audit.AuditLog;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Language;
import org.enrolcheck.graphql.ValidationFailed;
import org.enrolcheck.graphql.VersionConflict;
import org.enrolcheck.notify.Notice;
import org.enrolcheck.notify.Notifications;
import org.enrolcheck.security.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * MANUAL_REVIEW: the claimant submits a photo holding the ID card (a new one replaces a waiting or
 * rejected one); SUPPORT approves — resolving the dispute exactly like enrolment facts do — or
 * rejects, always with a reason the claimant reads. A decision is a conditional update on the
 * dispute's version while the review is PENDING: of two agents deciding at once, one wins and the
 * other gets VersionConflict.
 */
@Service
class ManualReview {

	record SubmitIdentityPhotoInput(String uploadId) {
	}

	record IdentityPhotoSubmitted(IdentityDisputes.IdentityDispute dispute) {
	}

	record DecideIdentityDisputeInput(String disputeId, boolean approve, String reason, int version) {
	}

	record IdentityDisputeDecided(DisputeQueue.IdentityDisputeReview review) {
	}

	private record Decided(long holderId, long claimantId) {
	}

	private final DatabaseClient db;

	private final AccountSessions sessions;

	private final IdentityDisputes disputes;

	private final IdentityPhotos photos;

	private final DisputeQueue queue;

	private final Notifications notifications;

	private final AuditLog audit;

	private final TransactionalOperator transaction;

	ManualReview(DatabaseClient db, AccountSessions sessions, IdentityDisputes disputes, IdentityPhotos photos,
			DisputeQueue queue, Notifications notifications, AuditLog audit, TransactionalOperator transaction) {
		this.db = db;
		this.sessions = sessions;
		this.disputes = disputes;
		this.photos = photos;
		this.queue = queue;
		this.notifications = notifications;
		this.audit = audit;
		this.transaction = transaction;
	}

	/** IdentityPhotoSubmitted or DisputeStepRefused; a foreign or missing upload is NOT_FOUND. */
	Mono<Object> submit(SubmitIdentityPhotoInput input, Locale locale) {
		return sessions.callerAccountId().switchIfEmpty(Mono.error(new ApiException(ErrorCode.UNAUTHENTICATED)))
			.flatMap(claimant -> photos.open(GlobalId.decode(input.uploadId(), "Upload"), GlobalId.encode("Account", claimant))
				.flatMap(photo -> photo.bytes() == null
						? Mono.just(DisputeStepRefused.of("IDENTITY_PHOTO_UNREADABLE", "照片无法识别，请上传清晰的 JPG 或 PNG 照片。",
								"The photo cannot be read; upload a clear JPG or PNG photo.", locale))
						: db.sql("""
								UPDATE identity_dispute SET photo_upload_id = :upload, review_state = 'PENDING', photo_submitted_at = now(),
								       decided_by = NULL, decision_reason = NULL, decided_at = NULL, version = version + 1
								WHERE claimant_id = :claimant AND state = 'OPEN'""")
							.bind("upload", photo.uploadId()).bind("claimant", claimant)
							.fetch().rowsUpdated()
							.flatMap(updated -> updated == 0 ? Mono.just(DisputeStepRefused.noOpenDispute(locale))
									: photos.keep(photo).then(sessions.callerAccount()).flatMap(disputes::latest)
										.map(dispute -> (Object) new IdentityPhotoSubmitted(dispute))))
				.as(transaction::transactional));
	}

	/** IdentityDisputeDecided, VersionConflict, DisputeStepRefused or ValidationFailed; SUPPORT only. */
	Mono<Object> decide(DecideIdentityDisputeInput input, Locale locale) {
		return DisputeQueue.support().flatMap(viewer -> {
			long disputeId = GlobalId.decode(input.disputeId(), "IdentityDispute");
			String reason = input.reason() == null ? "" : input.reason().strip();
			int length = reason.codePointCount(0, reason.length());
			if (length < 2 || length > 500) {
				return Mono.just(ValidationFailed.of(List.of(new ValidationFailed.FieldError("reason", "REASON_LENGTH",
						Language.pick(locale, "请填写 2–500 字的理由。", "Give a reason of 2–500 characters."))), locale));
			}
			return db.sql("""
					UPDATE identity_dispute SET review_state = :state, decided_by = :by, decision_reason = :reason,
					       decided_at = now(), version = version + 1
					WHERE id = :id AND version = :version AND review_state = 'PENDING' AND state = 'OPEN'
					RETURNING holder_id, claimant_id""")
				.bind("state", input.approve() ? "APPROVED" : "REJECTED").bind("by", viewer.subject()).bind("reason", reason)
				.bind("id", disputeId).bind("version", input.version())
				.map(row -> new Decided(row.get("holder_id", Long.class), row.get("claimant_id", Long.class)))
				.one()
				.flatMap(decided -> apply(viewer, disputeId, decided, input.approve(), reason)
					.then(queue.find(disputeId)).map(review -> (Object) new IdentityDisputeDecided(review)))
				.switchIfEmpty(Mono.defer(() -> lost(disputeId, input.version(), locale)))
				.as(transaction::transactional);
		});
	}

	private Mono<Void> apply(Viewer viewer, long disputeId, Decided decided, boolean approve, String reason) {
		Mono<Void> resolved = approve ? disputes.resolve(disputeId, decided.holderId(), "MANUAL_REVIEW", viewer.subject())
				: Mono.empty();
		Notice told = approve
				? Notice.inApp(decided.claimantId(), "IDENTITY_DISPUTE_RESOLVED", "人工审核通过", "Manual review approved",
						"客服已审核通过您的手持证件照片，证件号码已绑定到您的账号。审核意见：" + reason,
						"Support approved your photo; the ID number is now on your account. Reason: " + reason, null)
				: Notice.inApp(decided.claimantId(), "IDENTITY_REVIEW_REJECTED", "人工审核未通过", "Manual review rejected",
						"客服未通过您的手持证件照片。原因：" + reason + "。您可以重新上传照片或选择其他核验方式。",
						"Support rejected your photo. Reason: " + reason + ". Upload another photo or try another way.", null);
		return resolved.then(notifications.post(told))
			.then(audit.write(new AuditEvent(viewer.subject(), approve ? "IDENTITY_REVIEW_APPROVED" : "IDENTITY_REVIEW_REJECTED",
					"IdentityDispute", disputeId, null, Map.of("reviewState", "PENDING"),
					Map.of("reviewState", approve ? "APPROVED" : "REJECTED"), reason)));
	}

	/** Nothing was updated: someone else decided first (or the photo changed), or it is not pending. */
	private Mono<Object> lost(long disputeId, int version, Locale locale) {
		return db.sql("SELECT version, review_state, state FROM identity_dispute WHERE id = :id").bind("id", disputeId)
			.map(row -> {
				int current = row.get("version", Integer.class);
				if (current != version) {
					return (Object) VersionConflict.of(current, locale);
				}
				return DisputeStepRefused.of("REVIEW_NOT_PENDING", "该申请没有待审核的照片。", "This dispute has no photo waiting for review.",
						locale);
			})
			.one()
			.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)));
	}

}
