package org.enrolcheck.identity;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import graphql.GraphQLContext;
import org.enrolcheck.account.AccountSessions;
import org.enrolcheck.graphql.ValidationFailed;
import org.enrolcheck.identity.IdentityOutcomes.SmsCodeRejected;
import org.enrolcheck.notify.Notice;
import org.enrolcheck.notify.Notifications;
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
			@Nullable String email, @Nullable String consentVersion, @Nullable Boolean claimIdentity,
			@Nullable Boolean takeOverPhone) {

		boolean claiming() {
			return Boolean.TRUE.equals(claimIdentity);
		}

		boolean takingOver() {
			return Boolean.TRUE.equals(takeOverPhone);
		}

	}

	/** Registered and signed in. */
	record RegisterSuccess(String accessToken, java.time.OffsetDateTime expiresAt, org.enrolcheck.account.Account account) {
	}

	private final StudentIdentities identities;

	private final SmsThrottle throttle;

	private final SmsCodes codes;

	private final AccountSessions sessions;

	private final IdentityDisputes disputes;

	private final Notifications notifications;

	private final IdentityProperties properties;

	private final Clock clock;

	private final TransactionalOperator transaction;

	Registration(StudentIdentities identities, SmsThrottle throttle, SmsCodes codes, AccountSessions sessions,
			IdentityDisputes disputes, Notifications notifications, IdentityProperties properties, Clock clock,
			TransactionalOperator transaction) {
		this.disputes = disputes;
		this.notifications = notifications;
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
				.then(identities.taken(student))
				.flatMap(taken -> {
					List<ValidationFailed.FieldError> duplicates = duplicates(taken, input, locale);
					return !duplicates.isEmpty() ? Mono.just((Object) ValidationFailed.of(duplicates, locale))
							: codes.check(phone, SmsPurpose.REGISTER, input.smsCode()).flatMap(check -> !check.accepted()
									? Mono.just((Object) SmsCodeRejected.of(check, locale))
									: takeOver(taken, student).then(taken.idNumber() ? claim(student, hash, context)
											: create(student, hash, context, locale)));
				})
				.as(transaction::transactional));
	}

	/** What is taken and not claimed: a phone without takeOverPhone, an ID number without claimIdentity. */
	private static List<ValidationFailed.FieldError> duplicates(StudentIdentities.Taken taken, RegisterInput input,
			Locale locale) {
		RegistrationRules rules = new RegistrationRules(locale);
		if (taken.phone() && !input.takingOver()) {
			rules.add("phone", "PHONE_TAKEN", "该手机号已被注册：可用“找回密码”登录原账号；如果这是您的手机号，也可以选择“继续注册”，新账号将接管该手机号。",
					"This phone is already registered: recover that account with Forgotten password, or, if the phone is yours, register anyway and the new account takes it over.");
		}
		if (taken.idNumber() && !input.claiming()) {
			rules.add("idNumber", "ID_NUMBER_TAKEN", "该证件号码已被注册：请先用“找回用户名”确认是否注册过；如从未注册，可选择“我要重新注册”，注册后通过学籍信息核验身份。",
					"This ID number is already registered: check with Forgotten username whether you registered before; if you never did, register anyway and then prove your enrolment facts.");
		}
		if (taken.email()) {
			rules.add("email", "EMAIL_TAKEN", "该邮箱已被其他账号使用。", "This e-mail belongs to another account.");
		}
		return rules.errors;
	}

	/** The SMS code proved the phone: the account that had it loses it and is told in its inbox. */
	private Mono<Void> takeOver(StudentIdentities.Taken taken, StudentIdentities.NewStudent student) {
		if (!taken.phone()) {
			return Mono.empty();
		}
		return identities.unbindPhone(student.phone())
			.flatMap(previous -> notifications.post(Notice.inApp(previous, "PHONE_UNBOUND", "手机号已解绑", "Phone unbound",
					"手机号 " + student.phone().masked() + " 已由其持有人通过短信验证注册新账号，并已从您的账号解绑；请用证件号码登录后绑定新手机号。",
					"The phone " + student.phone().masked() + " was proven by SMS for a new account and unbound from yours; sign in with your ID number and bind a new phone.",
					null)));
	}

	/** Registers without the held ID number and opens a dispute for it. */
	private Mono<Object> claim(StudentIdentities.NewStudent student, String hash, GraphQLContext context) {
		return identities.holderOf(student.idNumber())
			.flatMap(holder -> identities.insertClaimant(student, hash)
				.flatMap(accountId -> disputes.open(accountId, holder, student.idType().name(),
						identities.cipher().encryptText(Identities.ID_NUMBER_CIPHER, student.idNumber()),
						Identities.idNumberIndex(identities.cipher(), student.idNumber()),
						org.enrolcheck.validation.Masking.idNumber(student.idNumber()))
					.then(consentedAndSignedIn(accountId, context))));
	}

	private Mono<Object> create(StudentIdentities.NewStudent student, String hash, GraphQLContext context, Locale locale) {
		return identities.insert(student, hash)
			.flatMap(accountId -> consentedAndSignedIn(accountId, context))
			// a concurrent registration took the ID number between the check and the insert
			.switchIfEmpty(Mono.fromSupplier(() -> ValidationFailed.of(List.of(new ValidationFailed.FieldError("idNumber",
					"ID_NUMBER_TAKEN", org.enrolcheck.graphql.Language.pick(locale, "该证件号码已被注册。",
							"This ID number is already registered."))), locale)));
	}

	/** The consent is kept (version, time, address) and the new account is signed in like {@code login}. */
	private Mono<Object> consentedAndSignedIn(long accountId, GraphQLContext context) {
		return identities.recordConsent(accountId, properties.consentVersion(), AccountSessions.clientIp(context),
				AccountSessions.userAgent(context))
			.then(sessions.start(accountId, context))
			.map(started -> new RegisterSuccess(started.accessToken(), started.expiresAt(), started.account()));
	}

}
