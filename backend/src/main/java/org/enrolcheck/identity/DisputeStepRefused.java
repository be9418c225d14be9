package org.enrolcheck.identity;

import java.util.Locale;

import org.enrolcheck.graphql.Language;
import org.jspecify.annotations.Nullable;

/** A dispute step that cannot be taken (DisputeStepRefused): a stable code and a message with the next step. */
record DisputeStepRefused(String code, String message, @Nullable Integer attemptsLeft) {

	static DisputeStepRefused of(String code, String zh, String en, Locale locale) {
		return new DisputeStepRefused(code, Language.pick(locale, zh, en), null);
	}

	static DisputeStepRefused noOpenDispute(Locale locale) {
		return of("NO_OPEN_DISPUTE", "您的账号没有待核验的证件号码。", "Your account has no ID number waiting to be verified.", locale);
	}

}
