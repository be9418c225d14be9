package org.enrolcheck.identity;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.enrolcheck.account.Account;
import org.enrolcheck.account.AccountSessions;
import org.enrolcheck.audit.AuditEvent;
import org.enrolcheck.audit.AuditLog;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Language;
import org.enrolcheck.notify.Channel;
import org.enrolcheck.notify.Notice;
import org.enrolcheck.notify.Notifications;
import org.enrolcheck.validation.Level;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Identity disputes (证件号码已被注册), the ENROLMENT_FACTS way the seeds recommend: the claimant names
 * institution, student number, admission year and level; when a record with the claimed ID number
 * has exactly those, the dispute is resolved at once. The old account is told by SMS, deactivated
 * and signed out everywhere; nothing of it is deleted. Five wrong sets of facts close this way.
 */
@Service
class IdentityDisputes {

	static final int FACT_ATTEMPTS = 5;

	record IdentityDispute(long id, String state, String maskedIdNumber, int factAttemptsLeft,
			@Nullable String resolvedBy, OffsetDateTime createdAt, @Nullable OffsetDateTime resolvedAt,
			int classmateAttemptsLeft, @Nullable String reviewState, @Nullable String reviewReason) {
	}

	record ProveEnrolmentFactsInput(String institutionCode, String studentNumber, int admissionYear, Level level) {
	}

	record IdentityDisputeResolved(Account account) {
	}

	/** The facts did not match, or no dispute can take them (IdentityDisputeRefused). */
	record IdentityDisputeRefused(String code, String message, int factAttemptsLeft) {
	}

	private final DatabaseClient db;

	private final AccountSessions sessions;

	private final Notifications notifications;

	private final AuditLog audit;

	private final TransactionalOperator transaction;

	IdentityDisputes(DatabaseClient db, AccountSessions sessions, Notifications notifications, AuditLog audit,
			TransactionalOperator transaction) {
		this.db = db;
		this.sessions = sessions;
		this.notifications = notifications;
		this.audit = audit;
		this.transaction = transaction;
	}

	/** Opens a dispute for a claimant whose registration named a held ID number (registration's transaction). */
	Mono<Void> open(long claimantId, long holderId, String idType, byte[] cipher, byte[] index, String masked) {
		return db.sql("""
				INSERT INTO identity_dispute (claimant_id, holder_id, id_type, id_number_cipher, id_number_index, id_number_masked)
				VALUES (:claimant, :holder, :idType, :cipher, :index, :masked)""")
			.bind("claimant", claimantId).bind("holder", holderId).bind("idType", idType)
			.bind("cipher", cipher).bind("index", index).bind("masked", masked)
			.then();
	}

	/** The newest dispute the account opened; empty for anyone but its holder. */
	Mono<IdentityDispute> latest(Account account) {
		if (!Inbox.ownView(account)) {
			return Mono.empty();
		}
		return db.sql("""
				SELECT id, state, id_number_masked, fact_attempts, resolved_by, created_at, resolved_at, classmate_attempts,
				       review_state, decision_reason FROM identity_dispute
				WHERE claimant_id = :account ORDER BY id DESC LIMIT 1""")
			.bind("account", account.id())
			.map(row -> new IdentityDispute(row.get("id", Long.class), row.get("state", String.class),
					row.get("id_number_masked", String.class), Math.max(0, FACT_ATTEMPTS - row.get("fact_attempts", Integer.class)),
					row.get("resolved_by", String.class), row.get("created_at", OffsetDateTime.class),
					row.get("resolved_at", OffsetDateTime.class),
					Math.max(0, ClassmateAssist.ATTEMPTS - row.get("classmate_attempts", Integer.class)),
					row.get("review_state", String.class), row.get("decision_reason", String.class)))
			.one();
	}

	/** IdentityDisputeResolved or IdentityDisputeRefused. */
	Mono<Object> proveEnrolmentFacts(ProveEnrolmentFactsInput input, Locale locale) {
		return sessions.callerAccountId().switchIfEmpty(Mono.error(new ApiException(ErrorCode.UNAUTHENTICATED)))
			.flatMap(claimant -> db.sql("""
					SELECT d.id, d.holder_id, d.fact_attempts,
					       EXISTS (SELECT 1 FROM enrolment_record r JOIN institution i ON i.id = r.institution_id
					               WHERE r.id_number_index = d.id_number_index AND i.code = :institution
					                 AND r.student_number = :studentNumber AND r.admission_year = :year AND r.level = :level) AS matches
					FROM identity_dispute d WHERE d.claimant_id = :claimant AND d.state = 'OPEN' FOR UPDATE OF d""")
				.bind("institution", input.institutionCode().strip())
				.bind("studentNumber", input.studentNumber().strip())
				.bind("year", input.admissionYear())
				.bind("level", input.level().name())
				.bind("claimant", claimant)
				.map(row -> new long[] { row.get("id", Long.class), row.get("holder_id", Long.class),
						row.get("fact_attempts", Integer.class), Boolean.TRUE.equals(row.get("matches", Boolean.class)) ? 1 : 0 })
				.one()
				.flatMap(open -> decide(claimant, open[0], open[1], (int) open[2], open[3] == 1, locale))
				.defaultIfEmpty(refused("NO_OPEN_DISPUTE", "您的账号没有待核验的证件号码。", "Your account has no ID number waiting to be verified.",
						0, locale))
				.as(transaction::transactional));
	}

	private Mono<Object> decide(long claimant, long disputeId, long holder, int attempts, boolean matches, Locale locale) {
		if (attempts >= FACT_ATTEMPTS) {
			return Mono.just(refused("FACT_ATTEMPTS_EXHAUSTED", "学籍信息核验次数已用完，请上传手持证件照片由客服审核。",
					"No tries are left for enrolment facts; upload a photo holding your ID card for support to review.", 0, locale));
		}
		if (!matches) {
			int left = FACT_ATTEMPTS - attempts - 1;
			return db.sql("UPDATE identity_dispute SET fact_attempts = fact_attempts + 1 WHERE id = :id").bind("id", disputeId)
				.then()
				.thenReturn(refused("FACTS_DO_NOT_MATCH", "学校、学号、入学年份或层次与该证件号码的学籍不一致，还可尝试 " + left + " 次。",
						"The institution, student number, admission year or level do not match the record of this ID number; "
								+ left + " tries left.", left, locale));
		}
		return resolve(disputeId, holder, "ENROLMENT_FACTS", GlobalId.encode("Account", claimant)).then(sessions.callerAccount())
			.map(account -> (Object) new IdentityDisputeResolved(account));
	}

	/**
	 * Resolves an open dispute for its claimant, whichever way it was proven (call inside the caller's
	 * transaction, with the dispute row locked or conditionally updated): the holder is told by SMS,
	 * deactivated and signed out everywhere; the claimant's account takes the ID number. Nothing of
	 * the old account is deleted.
	 *
	 * @param actor who decided: the claimant's account, the classmate's, or a SUPPORT subject
	 */
	Mono<Void> resolve(long disputeId, long holder, String method, String actor) {
		Notice told = new Notice(holder, "ACCOUNT_DEACTIVATED", "账号已注销", "Account deactivated",
				"您账号绑定的证件号码已由本人" + HOW_ZH.get(method) + "认领，该账号已注销，不能再登录。如有疑问请联系学校或客服。",
				"The ID number of your account was claimed by its holder, " + HOW_EN.get(method)
						+ ". This account is deactivated and can no longer sign in.",
				null, Set.of(Channel.SMS));
		// told first: the gateway reaches only active accounts
		return notifications.post(told)
			.then(db.sql("UPDATE account SET state = 'DEACTIVATED', version = version + 1, updated_at = now() WHERE id = :id")
				.bind("id", holder).then())
			.then(sessions.revokeAll(holder, "IDENTITY_DISPUTE_LOST"))
			.then(db.sql("""
					UPDATE account a SET id_type = d.id_type, id_number_cipher = d.id_number_cipher,
					       id_number_index = d.id_number_index, id_number_masked = d.id_number_masked,
					       version = a.version + 1, updated_at = now()
					FROM identity_dispute d WHERE d.id = :dispute AND a.id = d.claimant_id""")
				.bind("dispute", disputeId).then())
			.then(db.sql("""
					UPDATE identity_dispute SET state = 'RESOLVED', resolved_by = :method, resolved_at = now(), version = version + 1
					WHERE id = :id""").bind("id", disputeId).bind("method", method).then())
			.then(db.sql("UPDATE classmate_assist SET state = 'CANCELLED' WHERE dispute_id = :id AND state = 'PENDING'")
				.bind("id", disputeId).then())
			.then(audit.write(new AuditEvent(actor, "IDENTITY_DISPUTE_RESOLVED", "Account", holder, null,
					Map.of("state", "ACTIVE"), Map.of("state", "DEACTIVATED", "dispute", GlobalId.encode("IdentityDispute", disputeId)),
					method)));
	}

	private static final Map<String, String> HOW_ZH = Map.of("ENROLMENT_FACTS", "通过学籍信息核验", "CLASSMATE_ASSIST",
			"经同学协助核验", "MANUAL_REVIEW", "经客服人工审核", "REAL_PERSON", "通过人脸核身");

	private static final Map<String, String> HOW_EN = Map.of("ENROLMENT_FACTS", "who proved their enrolment facts",
			"CLASSMATE_ASSIST", "confirmed by a classmate", "MANUAL_REVIEW", "after a review by support", "REAL_PERSON",
			"who passed a face verification");

	private static IdentityDisputeRefused refused(String code, String zh, String en, int left, Locale locale) {
		return new IdentityDisputeRefused(code, Language.pick(locale, zh, en), left);
	}

}
