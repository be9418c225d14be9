package org.enrolcheck.identity;

import java.util.List;
import java.util.Locale;

import org.enrolcheck.account.Account;
import org.enrolcheck.account.AccountSessions;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.ValidationFailed;
import org.enrolcheck.identity.IdentityOutcomes.SmsCodeRejected;
import org.enrolcheck.notify.Notice;
import org.enrolcheck.notify.Notifications;
import org.enrolcheck.validation.MobilePhone;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The signed-in student changes their contact details: a new phone proves itself with a code sent
 * to it; a new e-mail needs the current password. The account's inbox records each change.
 */
@Service
class ProfileChanges {

	record ChangePhoneInput(String newPhone, String smsCode) {
	}

	record ChangePhoneSuccess(Account account) {
	}

	record ChangeEmailInput(@Nullable String email, String currentPassword) {
	}

	record ChangeEmailSuccess(Account account) {
	}

	private final StudentIdentities identities;

	private final SmsThrottle throttle;

	private final SmsCodes codes;

	private final AccountSessions sessions;

	private final Notifications notifications;

	private final TransactionalOperator transaction;

	ProfileChanges(StudentIdentities identities, SmsThrottle throttle, SmsCodes codes, AccountSessions sessions,
			Notifications notifications, TransactionalOperator transaction) {
		this.identities = identities;
		this.throttle = throttle;
		this.codes = codes;
		this.sessions = sessions;
		this.notifications = notifications;
		this.transaction = transaction;
	}

	/** ChangePhoneSuccess, ValidationFailed or SmsCodeRejected. */
	Mono<Object> changePhone(ChangePhoneInput input, Locale locale) {
		return caller().flatMap(accountId -> {
			RegistrationRules rules = new RegistrationRules(locale);
			MobilePhone phone = rules.phone("newPhone", input.newPhone());
			if (phone == null) {
				return Mono.just(ValidationFailed.of(rules.errors, locale));
			}
			return throttle.lockPhone(Identities.phoneIndex(identities.cipher(), phone))
				.then(codes.check(phone, SmsPurpose.CHANGE_PHONE, input.smsCode()))
				.flatMap(check -> !check.accepted() ? Mono.just((Object) SmsCodeRejected.of(check, locale))
						: identities.setPhone(accountId, phone).flatMap(changed -> changed == 0
								? Mono.just((Object) taken(rules, "newPhone", "PHONE_TAKEN", "该手机号已绑定其他账号。",
										"This phone belongs to another account.", locale))
								: notifications.post(Notice.inApp(accountId, "PHONE_CHANGED", "手机号已更换", "Phone changed",
										"您的账号已绑定新手机号 " + phone.masked() + "。如非本人操作，请立即找回密码。",
										"Your account now uses the phone " + phone.masked() + ". If this was not you, reset your password now.",
										null))
									.then(sessions.callerAccount())
									.map(ChangePhoneSuccess::new)))
				.as(transaction::transactional);
		});
	}

	/** ChangeEmailSuccess or ValidationFailed; a null or blank e-mail removes it. */
	Mono<Object> changeEmail(ChangeEmailInput input, Locale locale) {
		return caller().flatMap(accountId -> {
			RegistrationRules rules = new RegistrationRules(locale);
			String email = rules.email("email", input.email());
			if (!rules.ok()) {
				return Mono.just(ValidationFailed.of(rules.errors, locale));
			}
			return sessions.passwordMatches(accountId, input.currentPassword()).flatMap(matches -> !matches
					? Mono.just((Object) taken(rules, "currentPassword", "WRONG_PASSWORD", "当前密码不正确。",
							"The current password is wrong.", locale))
					: identities.setEmail(accountId, email).flatMap(changed -> changed == 0
							? Mono.just((Object) taken(rules, "email", "EMAIL_TAKEN", "该邮箱已被其他账号使用。",
									"This e-mail belongs to another account.", locale))
							: notifications.post(Notice.inApp(accountId, "EMAIL_CHANGED", "密保邮箱已更改", "E-mail changed",
									email == null ? "您已删除账号的密保邮箱。" : "您的密保邮箱已改为 " + email + "。",
									email == null ? "You removed your account's security e-mail."
											: "Your security e-mail is now " + email + ".",
									null))
								.then(sessions.callerAccount())
								.map(ChangeEmailSuccess::new))
						.as(transaction::transactional));
		});
	}

	private Mono<Long> caller() {
		return sessions.callerAccountId().switchIfEmpty(Mono.error(new ApiException(ErrorCode.UNAUTHENTICATED)));
	}

	private static ValidationFailed taken(RegistrationRules rules, String field, String code, String zh, String en,
			Locale locale) {
		rules.add(field, code, zh, en);
		return ValidationFailed.of(List.copyOf(rules.errors), locale);
	}

}
