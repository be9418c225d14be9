package org.enrolcheck.identity;

import java.util.Locale;

import org.enrolcheck.account.AccountSessions;
import org.enrolcheck.graphql.ValidationFailed;
import org.enrolcheck.identity.IdentityOutcomes.SmsCodeRejected;
import org.enrolcheck.notify.Notice;
import org.enrolcheck.notify.Notifications;
import org.enrolcheck.validation.MobilePhone;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Forgotten password (找回密码): a code sent to the account's phone sets a new password and ends
 * every session, so whoever knew the old one is out. The school cannot reset it (the seeds say so);
 * only the phone can.
 */
@Service
class PasswordReset {

	record ResetPasswordInput(String phone, String smsCode, String newPassword) {
	}

	record ResetPasswordSuccess(int sessionsRevoked) {
	}

	private final StudentIdentities identities;

	private final SmsThrottle throttle;

	private final SmsCodes codes;

	private final AccountSessions sessions;

	private final Notifications notifications;

	private final TransactionalOperator transaction;

	PasswordReset(StudentIdentities identities, SmsThrottle throttle, SmsCodes codes, AccountSessions sessions,
			Notifications notifications, TransactionalOperator transaction) {
		this.identities = identities;
		this.throttle = throttle;
		this.codes = codes;
		this.sessions = sessions;
		this.notifications = notifications;
		this.transaction = transaction;
	}

	/** ResetPasswordSuccess, ValidationFailed or SmsCodeRejected. */
	Mono<Object> reset(ResetPasswordInput input, Locale locale) {
		RegistrationRules rules = new RegistrationRules(locale);
		MobilePhone phone = rules.phone("phone", input.phone());
		rules.password("newPassword", input.newPassword());
		if (!rules.ok() || phone == null) {
			return Mono.just(ValidationFailed.of(rules.errors, locale));
		}
		return sessions.hashPassword(input.newPassword())
			.flatMap(hash -> throttle.lockPhone(Identities.phoneIndex(identities.cipher(), phone))
				.then(codes.check(phone, SmsPurpose.RESET_PASSWORD, input.smsCode()))
				.flatMap(check -> !check.accepted() ? Mono.just((Object) SmsCodeRejected.of(check, locale))
						: identities.accountWithPhone(phone)
							.flatMap(accountId -> identities.setPasswordHash(accountId, hash)
								.then(sessions.revokeAll(accountId, "PASSWORD_RESET"))
								.flatMap(revoked -> notifications.post(Notice.inApp(accountId, "PASSWORD_RESET", "密码已重置",
										"Password reset", "您的密码已通过短信验证码重置，所有设备均已退出登录。如非本人操作，请立即再次找回密码。",
										"Your password was reset with an SMS code and every device was signed out. If this was not you, reset it again now.",
										null))
									.thenReturn((Object) new ResetPasswordSuccess(revoked.intValue()))))
							.defaultIfEmpty(SmsCodeRejected.of(new SmsCodes.Check(SmsCodes.Rejection.NO_CODE, 0), locale)))
				.as(transaction::transactional));
	}

}
