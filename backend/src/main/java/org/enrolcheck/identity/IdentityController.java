package org.enrolcheck.identity;

import java.time.Duration;
import java.util.Locale;

import graphql.GraphQLContext;
import org.enrolcheck.account.AccountSessions;
import org.enrolcheck.graphql.ValidationFailed;
import org.enrolcheck.identity.IdentityOutcomes.HumanCheckFailed;
import org.enrolcheck.identity.IdentityOutcomes.SmsThrottled;
import org.enrolcheck.validation.MobilePhone;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The public identity flows: the human check, SMS codes, registration, forgotten password and username. */
@Controller
class IdentityController {

	private final HumanCheck humanCheck;

	private final SmsRequests smsRequests;

	private final Registration registration;

	private final PasswordReset passwordReset;

	private final UsernameRecovery usernameRecovery;

	private final IdentityProperties properties;

	IdentityController(HumanCheck humanCheck, SmsRequests smsRequests, Registration registration,
			PasswordReset passwordReset, UsernameRecovery usernameRecovery, IdentityProperties properties) {
		this.humanCheck = humanCheck;
		this.smsRequests = smsRequests;
		this.registration = registration;
		this.passwordReset = passwordReset;
		this.usernameRecovery = usernameRecovery;
		this.properties = properties;
	}

	@QueryMapping
	String smsChallenge() {
		return humanCheck.challenge();
	}

	@QueryMapping
	PasswordStrength passwordStrength(@Argument String password) {
		return PasswordStrength.of(password);
	}

	record RegistrationTerms(String consentVersion) {
	}

	@QueryMapping
	RegistrationTerms registrationTerms() {
		return new RegistrationTerms(properties.consentVersion());
	}

	record RequestSmsCodeInput(String phone, SmsPurpose purpose, String altcha) {
	}

	record SmsCodeSent(String maskedPhone, int validForSeconds, int resendAfterSeconds) {
	}

	@MutationMapping
	Mono<Object> requestSmsCode(@Argument RequestSmsCodeInput input, GraphQLContext context, Locale locale) {
		RegistrationRules rules = new RegistrationRules(locale);
		MobilePhone phone = rules.phone("phone", input.phone());
		if (phone == null) {
			return Mono.just(ValidationFailed.of(rules.errors, locale));
		}
		return smsRequests.request(phone, input.purpose(), input.altcha(), AccountSessions.clientIp(context))
			.map(outcome -> switch (outcome) {
				case SmsRequests.Outcome.Sent sent -> new SmsCodeSent(sent.maskedPhone(), seconds(sent.validFor()),
						seconds(sent.resendAfter()));
				case SmsRequests.Outcome.HumanCheckFailed failed -> HumanCheckFailed.of(failed.replayed(), locale);
				case SmsRequests.Outcome.Throttled throttled -> SmsThrottled.of(throttled.reason(), throttled.retryAfter(), locale);
			});
	}

	@MutationMapping
	Mono<Object> register(@Argument Registration.RegisterInput input, GraphQLContext context, Locale locale) {
		return registration.register(input, context, locale);
	}

	@MutationMapping
	Mono<Object> resetPassword(@Argument PasswordReset.ResetPasswordInput input, Locale locale) {
		return passwordReset.reset(input, locale);
	}

	@MutationMapping
	Mono<Object> recoverUsername(@Argument UsernameRecovery.RecoverUsernameInput input, GraphQLContext context,
			Locale locale) {
		return usernameRecovery.recover(input, AccountSessions.clientIp(context), locale);
	}

	private static int seconds(Duration duration) {
		return (int) duration.toSeconds();
	}


}
