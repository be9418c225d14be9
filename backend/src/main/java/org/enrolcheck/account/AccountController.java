package org.enrolcheck.account;

import org.enrolcheck.graphql.Language;
import org.enrolcheck.record.EnrolmentRecord;
import org.enrolcheck.record.RecordLinks;
import org.enrolcheck.record.RecordService;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import org.enrolcheck.graphql.ValidationFailed;
import org.enrolcheck.reference.Institution;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Sign-in and the signed-in account's own profile; rules live in the services. */
@Controller
class AccountController {

	private final SignIn signIn;

	private final Profile profile;

	private final SessionService sessions;

	private final AccountInstitutions institutions;

	private final RecordService records;

	private final RecordLinks recordLinks;

	AccountController(SignIn signIn, Profile profile, SessionService sessions, AccountInstitutions institutions,
			RecordService records, RecordLinks recordLinks) {
		this.records = records;
		this.recordLinks = recordLinks;
		this.signIn = signIn;
		this.profile = profile;
		this.sessions = sessions;
		this.institutions = institutions;
	}

	/** {@code totp}: the authenticator code, for staff with two-step verification (totp feature). */
	record LoginInput(String identifier, String password, String totp) {
	}

	@MutationMapping
	Mono<Object> login(@Argument LoginInput input, GraphQLContext context, Locale locale) {
		ClientInfo client = context.getOrDefault(SignInCookieInterceptor.CLIENT, ClientInfo.UNKNOWN);
		boolean english = Language.english(locale);
		return signIn.login(input.identifier(), input.password(), input.totp(), client).map(outcome -> switch (outcome) {
			case SignIn.Outcome.SignedIn signedIn -> {
				context.put(SignInCookieInterceptor.COOKIE, RefreshCookie.carrying(signedIn.refreshToken()));
				yield new LoginSuccess(signedIn.access().token(),
						signedIn.access().expiresAt().atOffset(ZoneOffset.UTC), signedIn.account());
			}
			case SignIn.Outcome.Failed failed -> new LoginFailed("LOGIN_FAILED",
					english ? "The account or password is wrong." : "账号或密码错误。");
			case SignIn.Outcome.Throttled throttled -> new LoginThrottled("LOGIN_THROTTLED",
					english ? "Too many failed attempts. Try again later." : "登录失败次数过多，请稍后再试。",
					(int) Math.max(1, throttled.retryAfter().toSeconds()));
			case SignIn.Outcome.TotpRequired totp -> totp.invalid()
					? new LoginTotpRequired("TOTP_INVALID", english ? "The verification code is wrong, expired or already used."
							: "动态验证码错误、已过期或已使用。")
					: new LoginTotpRequired("TOTP_REQUIRED", english ? "Enter the code from your authenticator app."
							: "请输入身份验证器应用中的动态验证码。");
			case SignIn.Outcome.TotpEnrolmentRequired enrol -> new LoginTotpEnrolmentRequired("TOTP_ENROLMENT_REQUIRED",
					english ? "Your role must use two-step verification: add this key to an authenticator app, then sign in with its code."
							: "您的角色须启用两步验证：请将此密钥添加到身份验证器应用，再用其动态验证码登录。",
					enrol.secret(), enrol.otpauthUri());
		});
	}

	@QueryMapping
	Mono<Account> me() {
		return profile.me();
	}

	record RevokeSessionInput(String sessionId) {
	}

	@MutationMapping
	Mono<RevokeSessionSuccess> revokeSession(@Argument RevokeSessionInput input) {
		return profile.revokeSession(input.sessionId()).map(RevokeSessionSuccess::new);
	}

	record ChangePasswordInput(String currentPassword, String newPassword) {
	}

	@MutationMapping
	Mono<Object> changePassword(@Argument ChangePasswordInput input, Locale locale) {
		StaffRules rules = new StaffRules(locale);
		return profile.changePassword(input.currentPassword(), input.newPassword()).map(change -> switch (change) {
			case Profile.PasswordChange.Changed changed -> new ChangePasswordSuccess(changed.sessionsRevoked());
			case Profile.PasswordChange.WrongCurrentPassword wrong -> ValidationFailed.of(List.of(rules.wrongPassword()), locale);
			case Profile.PasswordChange.NotAcceptable weak -> ValidationFailed.of(List.of(rules.passwordRule("newPassword")), locale);
		});
	}

	@SchemaMapping(typeName = "Account", field = "id")
	String accountId(Account account) {
		return account.globalId();
	}

	@BatchMapping(typeName = "Account", field = "sessions")
	Mono<Map<Account, List<AccountSession>>> sessions(List<Account> accounts) {
		return sessions.liveSessions(accounts);
	}

	@BatchMapping(typeName = "Account", field = "institution")
	Mono<Map<Account, Institution>> institution(List<Account> accounts) {
		return institutions.of(accounts);
	}

	@SchemaMapping(typeName = "AccountSession", field = "id")
	String sessionId(AccountSession session) {
		return session.globalId();
	}

	record LoginSuccess(String accessToken, java.time.OffsetDateTime expiresAt, Account account) {
	}

	record LoginFailed(String code, String message) {
	}

	record LoginThrottled(String code, String message, int retryAfterSeconds) {
	}

	record LoginTotpRequired(String code, String message) {
	}

	record LoginTotpEnrolmentRequired(String code, String message, String secret, String otpauthUri) {
	}

	record RevokeSessionSuccess(String sessionId) {
	}

	record ChangePasswordSuccess(int sessionsRevoked) {
	}

	/** A student's own records, linked by name and ID number; nobody else's account shows any. */
	@SchemaMapping(typeName = "Account", field = "records")
	Mono<List<EnrolmentRecord>> records(Account account) {
		return records.linkedTo(account.id());
	}

	/** Why the owner's records were or were not found; nothing for anyone else's account. */
	@SchemaMapping(typeName = "Account", field = "recordLink")
	Mono<RecordLinks.RecordLink> recordLink(Account account, java.util.Locale locale) {
		return recordLinks.diagnose(account.id(), locale);
	}

}
