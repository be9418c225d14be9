package org.enrolcheck.identity;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;

import org.enrolcheck.account.AccountSessions;
import org.enrolcheck.audit.AuditEvent;
import org.enrolcheck.audit.AuditLog;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Language;
import org.enrolcheck.notify.Notice;
import org.enrolcheck.notify.Notifications;
import org.enrolcheck.validation.Masking;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * CLASSMATE_ASSIST: the claimant names a classmate by student number; the classmate must have a
 * record in the same institution and class as a record with the claimed ID number, and an ACTIVE
 * student account linked to it (same name and ID number — the account's real name is verified
 * against the roster). A RECORD confirmation is not required: early in a campaign few students have
 * confirmed, and linking already proves the classmate is who the roster says. The classmate answers
 * from their inbox. Every request counts, eligible or not, so the 3 tries cannot probe the roster.
 */
@Service
class ClassmateAssist {

	static final int ATTEMPTS = 3;

	static final String TYPE = "ClassmateAssist";

	record RequestClassmateAssistInput(String studentNumber) {
	}

	record ClassmateAssistRequested(String maskedClassmateName, int requestsLeft) {
	}

	record AnswerClassmateAssistInput(String requestId, boolean confirm) {
	}

	record ClassmateAssistAnswered(boolean confirmed) {
	}

	private record Open(long id, int attempts, String claimantName, String maskedIdNumber) {
	}

	private record Classmate(long id, String name) {
	}

	private record Request(long id, String state, long disputeId, String disputeState, long holderId, long claimantId) {
	}

	private final DatabaseClient db;

	private final AccountSessions sessions;

	private final IdentityDisputes disputes;

	private final Notifications notifications;

	private final AuditLog audit;

	private final TransactionalOperator transaction;

	ClassmateAssist(DatabaseClient db, AccountSessions sessions, IdentityDisputes disputes, Notifications notifications,
			AuditLog audit, TransactionalOperator transaction) {
		this.db = db;
		this.sessions = sessions;
		this.disputes = disputes;
		this.notifications = notifications;
		this.audit = audit;
		this.transaction = transaction;
	}

	/** ClassmateAssistRequested or DisputeStepRefused. */
	Mono<Object> request(RequestClassmateAssistInput input, Locale locale) {
		return caller().flatMap(claimant -> db.sql("""
				SELECT d.id, d.classmate_attempts, a.display_name, d.id_number_masked FROM identity_dispute d
				JOIN account a ON a.id = d.claimant_id WHERE d.claimant_id = :claimant AND d.state = 'OPEN' FOR UPDATE OF d""")
			.bind("claimant", claimant)
			.map(row -> new Open(row.get("id", Long.class), row.get("classmate_attempts", Integer.class),
					row.get("display_name", String.class), row.get("id_number_masked", String.class)))
			.one()
			.flatMap(open -> ask(open, input.studentNumber().strip(), locale))
			.defaultIfEmpty(DisputeStepRefused.noOpenDispute(locale))
			.as(transaction::transactional));
	}

	private Mono<Object> ask(Open open, String studentNumber, Locale locale) {
		if (open.attempts() >= ATTEMPTS) {
			return Mono.just(new DisputeStepRefused("CLASSMATE_ATTEMPTS_EXHAUSTED", Language.pick(locale,
					"同学协助核验次数已用完，请上传手持证件照片由客服审核。",
					"No classmate requests are left; upload a photo holding your ID card for support to review."), 0));
		}
		int left = ATTEMPTS - open.attempts() - 1;
		Mono<Void> counted = db.sql("UPDATE identity_dispute SET classmate_attempts = classmate_attempts + 1 WHERE id = :id")
			.bind("id", open.id()).then();
		return counted.then(classmate(open.id(), studentNumber))
			.flatMap(classmate -> send(open, classmate).thenReturn((Object) new ClassmateAssistRequested(
					Masking.name(classmate.name()), left)))
			.defaultIfEmpty(new DisputeStepRefused("CLASSMATE_NOT_ELIGIBLE", Language.pick(locale,
					"该学号不是与您同校同班、且已完成实名关联的同学，请核对学号，还可尝试 " + left + " 次。",
					"This student number is not a classmate of your institution and class with a linked account; check it. "
							+ left + " tries left."), left));
	}

	/** The claimant's view of a request: the classmate's name masked. */
	record ClassmateRequestStatus(String state, String maskedClassmateName, OffsetDateTime requestedAt,
			@Nullable OffsetDateTime answeredAt) {
	}

	/** The dispute's latest request to a classmate, if any (the claimant's own dispute: the caller checked). */
	Mono<ClassmateRequestStatus> latest(long disputeId) {
		return db.sql("""
				SELECT c.state, a.display_name, c.created_at, c.answered_at FROM classmate_assist c
				JOIN account a ON a.id = c.classmate_id
				WHERE c.dispute_id = :dispute ORDER BY c.id DESC LIMIT 1""")
			.bind("dispute", disputeId)
			.map(row -> new ClassmateRequestStatus(row.get("state", String.class),
					Masking.name(row.get("display_name", String.class)),
					row.get("created_at", OffsetDateTime.class), row.get("answered_at", OffsetDateTime.class)))
			.one();
	}

	/** A linked, active student account of the same institution and class as a record with the claimed number. */
	private Mono<Classmate> classmate(long disputeId, String studentNumber) {
		return db.sql("""
				SELECT a.id, a.display_name FROM identity_dispute d
				JOIN enrolment_record dr ON dr.id_number_index = d.id_number_index
				JOIN enrolment_record cr ON cr.institution_id = dr.institution_id AND cr.class_id = dr.class_id
				     AND cr.student_number = :studentNumber AND cr.id_number_index <> d.id_number_index
				JOIN account a ON a.id_number_index = cr.id_number_index AND a.display_name = cr.name
				     AND a.state = 'ACTIVE' AND a.username IS NULL
				WHERE d.id = :dispute AND a.id <> d.claimant_id AND a.id <> d.holder_id LIMIT 1""")
			.bind("dispute", disputeId).bind("studentNumber", studentNumber)
			.map(row -> new Classmate(row.get("id", Long.class), row.get("display_name", String.class)))
			.one();
	}

	private Mono<Void> send(Open open, Classmate classmate) {
		return db.sql("UPDATE classmate_assist SET state = 'CANCELLED' WHERE dispute_id = :id AND state = 'PENDING'")
			.bind("id", open.id()).then()
			.then(db.sql("INSERT INTO classmate_assist (dispute_id, classmate_id) VALUES (:dispute, :classmate) RETURNING id")
				.bind("dispute", open.id()).bind("classmate", classmate.id())
				.map(row -> row.get(0, Long.class)).one())
			.flatMap(requestId -> notifications.post(Notice.inApp(classmate.id(), "CLASSMATE_ASSIST_REQUESTED", "同学协助核验请求",
					"A classmate asks you to confirm them",
					"您的同学 " + open.claimantName() + " 正在认领证件号码 " + open.maskedIdNumber()
							+ "。如果您确认这是本人的身份，请点击“确认”；如不认识或不确定，请点击“拒绝”。",
					"Your classmate " + open.claimantName() + " is claiming the ID number " + open.maskedIdNumber()
							+ ". Confirm only if you know this is their identity; otherwise decline.",
					GlobalId.encode(TYPE, requestId))));
	}

	/** ClassmateAssistAnswered or DisputeStepRefused; a request not sent to the caller is ASSIST_NOT_FOUND. */
	Mono<Object> answer(AnswerClassmateAssistInput input, Locale locale) {
		return caller().flatMap(classmate -> db.sql("""
				SELECT ca.id, ca.state, d.id AS dispute_id, d.state AS dispute_state, d.holder_id, d.claimant_id
				FROM classmate_assist ca JOIN identity_dispute d ON d.id = ca.dispute_id
				WHERE ca.id = :id AND ca.classmate_id = :classmate FOR UPDATE OF ca, d""")
			.bind("id", GlobalId.decode(input.requestId(), TYPE)).bind("classmate", classmate)
			.map(row -> new Request(row.get("id", Long.class), row.get("state", String.class), row.get("dispute_id", Long.class),
					row.get("dispute_state", String.class), row.get("holder_id", Long.class), row.get("claimant_id", Long.class)))
			.one()
			.flatMap(request -> decide(request, classmate, input.confirm(), locale))
			.defaultIfEmpty(DisputeStepRefused.of("ASSIST_NOT_FOUND", "没有找到发给您的这条协助请求。",
					"No such request was sent to you.", locale))
			.as(transaction::transactional));
	}

	private Mono<Object> decide(Request request, long classmate, boolean confirm, Locale locale) {
		if (!"PENDING".equals(request.state())) {
			return Mono.just(DisputeStepRefused.of("ASSIST_ALREADY_ANSWERED", "这条协助请求已答复或已撤回。",
					"This request was already answered or withdrawn.", locale));
		}
		if (!"OPEN".equals(request.disputeState())) {
			return Mono.just(DisputeStepRefused.of("NO_OPEN_DISPUTE", "该证件号码的核验已结束，无需再答复。",
					"This identity check has ended; no answer is needed.", locale));
		}
		String actor = GlobalId.encode("Account", classmate);
		Mono<Void> answered = db.sql("UPDATE classmate_assist SET state = :state, answered_at = now() WHERE id = :id")
			.bind("state", confirm ? "CONFIRMED" : "DECLINED").bind("id", request.id()).then()
			.then(audit.write(new AuditEvent(actor, confirm ? "CLASSMATE_ASSIST_CONFIRMED" : "CLASSMATE_ASSIST_DECLINED",
					"IdentityDispute", request.disputeId(), null, null, Map.of("request", GlobalId.encode(TYPE, request.id())), null)));
		Notice told = confirm
				? Notice.inApp(request.claimantId(), "IDENTITY_DISPUTE_RESOLVED", "证件号码核验通过", "ID number verified",
						"您的同学已确认您的身份，证件号码已绑定到您的账号。", "Your classmate confirmed you; the ID number is now on your account.", null)
				: Notice.inApp(request.claimantId(), "CLASSMATE_ASSIST_DECLINED", "同学未确认", "Your classmate declined",
						"您请求的同学未确认您的身份，可换一位同学或上传手持证件照片。",
						"The classmate you asked did not confirm you; ask another classmate or upload a photo holding your ID card.", null);
		Mono<Void> resolved = confirm ? disputes.resolve(request.disputeId(), request.holderId(), "CLASSMATE_ASSIST", actor)
				: Mono.empty();
		return answered.then(resolved).then(notifications.post(told)).thenReturn(new ClassmateAssistAnswered(confirm));
	}

	private Mono<Long> caller() {
		return sessions.callerAccountId().switchIfEmpty(Mono.error(new ApiException(ErrorCode.UNAUTHENTICATED)));
	}

}
