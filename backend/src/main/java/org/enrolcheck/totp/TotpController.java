package org.enrolcheck.totp;

import java.util.List;
import java.util.Locale;

import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Language;
import org.enrolcheck.graphql.ValidationFailed;
import org.enrolcheck.graphql.ValidationFailed.FieldError;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * A signed-in staff member enrols TOTP for themselves. Only a session from {@code login} may: a
 * token that names no account session (integrators, SSO, hand-minted) is refused with UNAUTHENTICATED.
 */
@Controller
class TotpController {

	/** The claim that names the session, as the accounts feature issues it. */
	static final String SESSION_CLAIM = "sid";

	private final TotpService totp;

	TotpController(TotpService totp) {
		this.totp = totp;
	}

	@MutationMapping
	Mono<Object> startTotpEnrolment(Locale locale) {
		return sessionAccount().flatMap(accountId -> totp.staff(accountId)
			.switchIfEmpty(Mono.error(new ApiException(ErrorCode.FORBIDDEN)))
			.flatMap(staff -> totp.start(accountId, staff.username()))
			.map(started -> started.<Object>map(enrolment -> new TotpEnrolmentStarted(enrolment.secret(), enrolment.otpauthUri()))
				.orElseGet(() -> ValidationFailed.of(List.of(new FieldError("totp", "TOTP_ALREADY_ENROLLED",
						Language.pick(locale, "已启用两步验证。", "Two-step verification is already on."))), locale))));
	}

	record ConfirmTotpEnrolmentInput(String code) {
	}

	@MutationMapping
	Mono<Object> confirmTotpEnrolment(@Argument ConfirmTotpEnrolmentInput input, Locale locale) {
		return sessionAccount().flatMap(accountId -> totp.staff(accountId)
			.switchIfEmpty(Mono.error(new ApiException(ErrorCode.FORBIDDEN)))
			.flatMap(staff -> totp.confirm(accountId, input.code()))
			.map(ok -> ok ? (Object) new TotpEnrolled(true)
					: ValidationFailed.of(List.of(new FieldError("code", "TOTP_INVALID",
							Language.pick(locale, "验证码错误或已过期，或没有待确认的两步验证。",
									"The code is wrong or expired, or no enrolment is pending."))), locale)));
	}

	record ResetStaffTotpInput(String accountId, String reason) {
	}

	@MutationMapping
	Mono<Object> resetStaffTotp(@Argument ResetStaffTotpInput input, Locale locale) {
		long accountId = GlobalId.decode(input.accountId(), "Account");
		String reason = input.reason() == null ? "" : input.reason().strip();
		if (reason.length() < 2 || reason.length() > 500) {
			// who is asking is checked first, so a stranger learns nothing from the rule
			return org.enrolcheck.security.Viewer.registrar()
				.<Object>map(viewer -> ValidationFailed.of(List.of(new FieldError("reason", "REASON_REQUIRED",
						Language.pick(locale, "请填写原因（2–500 字）。", "Give a reason (2–500 characters)."))), locale));
		}
		return totp.reset(accountId, reason).<Object>map(removed -> new StaffTotpReset(input.accountId(), removed));
	}

	/** The account of a login session behind the token; UNAUTHENTICATED for anything else. */
	private static Mono<Long> sessionAccount() {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(context -> context.getAuthentication())
			.flatMap(authentication -> {
				if (authentication instanceof JwtAuthenticationToken token
						&& token.getToken().getClaim(SESSION_CLAIM) instanceof Number) {
					try {
						return Mono.just(GlobalId.decode(token.getToken().getSubject(), "Account"));
					}
					catch (ApiException notAnAccount) {
						return Mono.empty();
					}
				}
				return Mono.empty();
			})
			.switchIfEmpty(Mono.error(new ApiException(ErrorCode.UNAUTHENTICATED)));
	}

	record TotpEnrolmentStarted(String secret, String otpauthUri) {
	}

	record TotpEnrolled(boolean enabled) {
	}

	record StaffTotpReset(String accountId, boolean removed) {
	}

}
