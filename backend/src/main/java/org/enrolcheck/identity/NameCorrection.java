package org.enrolcheck.identity;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.enrolcheck.account.Account;
import org.enrolcheck.account.AccountSessions;
import org.enrolcheck.audit.AuditEvent;
import org.enrolcheck.audit.AuditLog;
import org.enrolcheck.db.IdempotencyKeys;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Language;
import org.enrolcheck.graphql.ValidationFailed;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Correcting the account's own name (更正账号姓名) when the link diagnosis says a record carries the
 * student's ID number under another name: only while nothing links, only to a name that then links
 * (so it cannot be used to try names), a few times per account, audited, safe to retry.
 */
@Service
class NameCorrection {

	private static final String OPERATION = "correctAccountName";

	record CorrectAccountNameInput(String name, String idempotencyKey) {
	}

	record CorrectAccountNameSuccess(Account account, int correctionsLeft) {
	}

	/** The correction is not allowed (NameCorrectionRefused). */
	record NameCorrectionRefused(String code, String message, int correctionsLeft) {
	}

	private final DatabaseClient db;

	private final AccountSessions sessions;

	private final IdempotencyKeys idempotencyKeys;

	private final AuditLog audit;

	private final IdentityProperties properties;

	private final TransactionalOperator transaction;

	NameCorrection(DatabaseClient db, AccountSessions sessions, IdempotencyKeys idempotencyKeys, AuditLog audit,
			IdentityProperties properties, TransactionalOperator transaction) {
		this.db = db;
		this.sessions = sessions;
		this.idempotencyKeys = idempotencyKeys;
		this.audit = audit;
		this.properties = properties;
		this.transaction = transaction;
	}

	/** CorrectAccountNameSuccess, NameCorrectionRefused or ValidationFailed. */
	Mono<Object> correct(CorrectAccountNameInput input, Locale locale) {
		RegistrationRules rules = new RegistrationRules(locale);
		String name = rules.name("name", input.name());
		if (input.idempotencyKey().length() < 8 || input.idempotencyKey().length() > 100) {
			rules.add("idempotencyKey", "VALUE_LENGTH", "幂等键须为 8–100 个字符。", "The idempotency key must be 8–100 characters.");
		}
		return sessions.callerAccountId().switchIfEmpty(Mono.error(new ApiException(ErrorCode.UNAUTHENTICATED)))
			.flatMap(accountId -> !rules.ok() || name == null ? Mono.just((Object) ValidationFailed.of(rules.errors, locale))
					: claimed(accountId, name, input.idempotencyKey(), locale).as(transaction::transactional));
	}

	private Mono<Object> claimed(long accountId, String name, String key, Locale locale) {
		String actor = GlobalId.encode("Account", accountId);
		byte[] fingerprint = IdempotencyKeys.fingerprint(Map.of("name", name));
		return idempotencyKeys.claim(actor, key, OPERATION, fingerprint).flatMap(claim -> switch (claim) {
			case IdempotencyKeys.Claim.Replay replay -> state(accountId)
				.flatMap(state -> success(properties.nameCorrections() - state.corrections()));
			case IdempotencyKeys.Claim.Reused reused -> Mono.just((Object) ValidationFailed.of(List.of(new ValidationFailed.FieldError(
					"idempotencyKey", "IDEMPOTENCY_KEY_REUSED", Language.pick(locale, "该幂等键已用于另一次更正。",
							"This idempotency key was used for another correction."))), locale));
			case IdempotencyKeys.Claim.Fresh fresh -> state(accountId, name).flatMap(state -> {
				int left = properties.nameCorrections() - state.corrections();
				if (left <= 0) {
					return refused("NAME_CORRECTIONS_EXHAUSTED", "账号姓名的更正次数已用完，请提交学籍更正申请或联系学校。",
							"No name corrections are left; file a record correction or contact your school.", 0, locale);
				}
				if (state.linked() > 0) {
					return refused("NAME_ALREADY_LINKS", "您的账号已关联到学籍，无需更正姓名。",
							"Your account already links to a record; its name needs no correction.", left, locale);
				}
				if (!state.nameLinks(name)) {
					return refused("NAME_DOES_NOT_LINK", "更正后的姓名仍与学籍不一致：请按身份证上的姓名填写，或提交学籍更正申请。",
							"With this name the account would still not link: type the name on your ID card, or file a record correction.",
							left, locale);
				}
				return apply(accountId, actor, state.name(), name)
					.then(idempotencyKeys.remember(actor, key, OPERATION, fingerprint, accountId))
					.then(success(left - 1));
			});
		});
	}

	/** The account's name, corrections so far, linked records, and whether the candidate name links. */
	private record State(String name, int corrections, int linked, boolean candidateLinks, String candidate) {

		boolean nameLinks(String other) {
			return candidate.equals(other) && candidateLinks;
		}

	}

	private Mono<State> state(long accountId) {
		return state(accountId, "");
	}

	/** Locks the account row, so two corrections of one account cannot both pass the limit. */
	private Mono<State> state(long accountId, String candidate) {
		return db.sql("""
				SELECT a.display_name,
				       (SELECT count(*) FROM account_name_correction c WHERE c.account_id = a.id) AS corrections,
				       (SELECT count(*) FROM enrolment_record r
				        WHERE r.id_number_index = a.id_number_index AND r.name = a.display_name) AS linked,
				       EXISTS (SELECT 1 FROM enrolment_record r
				               WHERE r.id_number_index = a.id_number_index AND r.name = :candidate) AS candidate_links
				FROM account a WHERE a.id = :id AND a.id_number_index IS NOT NULL
				FOR UPDATE OF a""")
			.bind("id", accountId)
			.bind("candidate", candidate)
			.map(row -> new State(row.get("display_name", String.class), row.get("corrections", Long.class).intValue(),
					row.get("linked", Long.class).intValue(), Boolean.TRUE.equals(row.get("candidate_links", Boolean.class)),
					candidate))
			.one()
			// staff accounts have no ID number to link by
			.switchIfEmpty(Mono.error(new ApiException(ErrorCode.FORBIDDEN)));
	}

	private Mono<Void> apply(long accountId, String actor, String oldName, String newName) {
		return db.sql("UPDATE account SET display_name = :name, version = version + 1, updated_at = now() WHERE id = :id")
			.bind("name", newName).bind("id", accountId).then()
			.then(db.sql("INSERT INTO account_name_correction (account_id, old_name, new_name) VALUES (:id, :old, :new)")
				.bind("id", accountId).bind("old", oldName).bind("new", newName).then())
			.then(audit.write(new AuditEvent(actor, "ACCOUNT_NAME_CORRECTED", "Account", accountId, null,
					Map.of("name", oldName), Map.of("name", newName), "link diagnosis: name differs")));
	}

	private Mono<Object> success(int left) {
		return sessions.callerAccount().map(account -> (Object) new CorrectAccountNameSuccess(account, Math.max(left, 0)));
	}

	private static Mono<Object> refused(String code, String zh, String en, int left, Locale locale) {
		return Mono.just(new NameCorrectionRefused(code, Language.pick(locale, zh, en), left));
	}

}
