package org.enrolcheck.identity;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import graphql.GraphQLContext;
import org.enrolcheck.account.AccountSessions;
import org.enrolcheck.graphql.ValidationFailed;
import org.enrolcheck.identity.IdentityOutcomes.SmsCodeRejected;
import org.enrolcheck.validation.IdType;
import org.enrolcheck.validation.MobilePhone;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Real-name registration (实名注册): input checked first (nothing is spent on a typo), then, with the
 * phone serialised, the duplicates, the SMS code, the account, the consent and the sign-in, all in
 * one transaction. The new account finds its records by name and ID number like any other.
 */
@Service
class Registration {

	record RegisterInput(String phone, String smsCode, String password, String name, IdType idType, String idNumber,
			@Nullable String email, @Nullable String consentVersion) {
	}

	/** Registered and signed in. */
	record RegisterSuccess(String accessToken, java.time.OffsetDateTime expiresAt, org.enrolcheck.account.Account account) {
	}

	private final StudentIdentities identities;

	private final SmsThrottle throttle;

	private final SmsCodes codes;

	private final AccountSessions sessions;

	private final IdentityProperties properties;

	private final Clock clock;

	private final TransactionalOperator transaction;

	Registration(StudentIdentities identities, SmsThrottle throttle, SmsCodes codes, AccountSessions sessions,
			IdentityProperties properties, Clock clock, TransactionalOperator transaction) {
		this.identities = identities;
		this.throttle = throttle;
		this.codes = codes;
		this.sessions = sessions;
		this.properties = properties;
		this.clock = clock;
		this.transaction = transaction;
	}

	/** RegisterSuccess, ValidationFailed or SmsCodeRejected. */
	Mono<Object> register(RegisterInput input, GraphQLContext context, Locale locale) {
		RegistrationRules rules = new RegistrationRules(locale);
		MobilePhone phone = rules.phone("phone", input.phone());
		String name = rules.name("name", input.name());
		String idNumber = rules.idNumber("idNumber", input.idType(), input.idNumber(), clock);
		rules.password("password", input.password());
		String email = rules.email("email", input.email());
		rules.consent("consentVersion", input.consentVersion(), properties.consentVersion());
		if (!rules.ok() || phone == null || name == null || idNumber == null) {
			return Mono.just(ValidationFailed.of(rules.errors, locale));
		}
		StudentIdentities.NewStudent student = new StudentIdentities.NewStudent(name, input.idType(), idNumber, phone, email);
		return sessions.hashPassword(input.password())
			.flatMap(hash -> throttle.lockPhone(Identities.phoneIndex(identities.cipher(), phone))
				.then(duplicates(student, locale))
				.flatMap(duplicates -> !duplicates.isEmpty() ? Mono.just((Object) ValidationFailed.of(duplicates, locale))
						: codes.check(phone, SmsPurpose.REGISTER, input.smsCode()).flatMap(check -> !check.accepted()
								? Mono.just((Object) SmsCodeRejected.of(check, locale))
								: create(student, hash, context, locale)))
				.as(transaction::transactional));
	}

	private Mono<List<ValidationFailed.FieldError>> duplicates(StudentIdentities.NewStudent student, Locale locale) {
		return identities.taken(student).map(taken -> {
			RegistrationRules rules = new RegistrationRules(locale);
			if (taken.phone()) {
				rules.add("phone", "PHONE_TAKEN", "该手机号已被注册：可用“找回密码”登录原账号，或更换手机号注册。",
						"This phone is already registered: recover that account with Forgotten password, or register with another phone.");
			}
			if (taken.idNumber()) {
				rules.add("idNumber", "ID_NUMBER_TAKEN", "该证件号码已被注册：请先用“找回用户名”确认是否注册过；如从未注册，请联系客服核验身份。",
						"This ID number is already registered: check with Forgotten username whether you registered before; if you never did, ask support to verify your identity.");
			}
			if (taken.email()) {
				rules.add("email", "EMAIL_TAKEN", "该邮箱已被其他账号使用。", "This e-mail belongs to another account.");
			}
			return rules.errors;
		});
	}

	private Mono<Object> create(StudentIdentities.NewStudent student, String hash, GraphQLContext context, Locale locale) {
		return identities.insert(student, hash)
			.flatMap(accountId -> identities.recordConsent(accountId, properties.consentVersion(),
					AccountSessions.clientIp(context), AccountSessions.userAgent(context))
				.then(sessions.start(accountId, context))
				.map(started -> (Object) new RegisterSuccess(started.accessToken(), started.expiresAt(), started.account())))
			// a concurrent registration took the ID number between the check and the insert
			.switchIfEmpty(Mono.fromSupplier(() -> ValidationFailed.of(List.of(new ValidationFailed.FieldError("idNumber",
					"ID_NUMBER_TAKEN", org.enrolcheck.graphql.Language.pick(locale, "该证件号码已被注册。",
							"This ID number is already registered."))), locale)));
	}

}
