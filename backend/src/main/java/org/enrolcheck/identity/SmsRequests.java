package org.enrolcheck.identity;

import java.time.Duration;

import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.validation.MobilePhone;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Asking for an SMS code: the human check first, then the phone's limits, then the code. A reset
 * code goes out only to a phone with an account, but the answer is the same either way, so the
 * form cannot tell anyone which numbers are registered.
 */
@Service
class SmsRequests {

	sealed interface Outcome {

		record Sent(String maskedPhone, Duration validFor, Duration resendAfter) implements Outcome {
		}

		record HumanCheckFailed(boolean replayed) implements Outcome {
		}

		record Throttled(SmsThrottle.Reason reason, Duration retryAfter) implements Outcome {
		}

	}

	private final HumanCheck humanCheck;

	private final SmsThrottle throttle;

	private final SmsCodes codes;

	private final DatabaseClient db;

	private final PersonalDataCipher cipher;

	private final IdentityProperties properties;

	private final IdentityHousekeeping housekeeping;

	private final TransactionalOperator transaction;

	SmsRequests(HumanCheck humanCheck, SmsThrottle throttle, SmsCodes codes, DatabaseClient db,
			PersonalDataCipher cipher, IdentityProperties properties, IdentityHousekeeping housekeeping,
			TransactionalOperator transaction) {
		this.housekeeping = housekeeping;
		this.humanCheck = humanCheck;
		this.throttle = throttle;
		this.codes = codes;
		this.db = db;
		this.cipher = cipher;
		this.properties = properties;
		this.transaction = transaction;
	}

	Mono<Outcome> request(MobilePhone phone, SmsPurpose purpose, String altcha, @Nullable String ip) {
		byte[] phoneIndex = Identities.phoneIndex(cipher, phone);
		return humanCheck.spend(altcha).flatMap(verdict -> verdict != HumanCheck.Verdict.PASSED
				? Mono.<Outcome>just(new Outcome.HumanCheckFailed(verdict == HumanCheck.Verdict.REPLAYED))
				: throttle.lockPhone(phoneIndex)
					.then(throttle.ask(phoneIndex, ip, purpose)
						.map(refusal -> (Outcome) new Outcome.Throttled(refusal.reason(), refusal.retryAfter()))
						.switchIfEmpty(Mono.defer(() -> send(phone, phoneIndex, purpose, ip)))))
			.as(transaction::transactional)
			.flatMap(outcome -> housekeeping.nowAndThen().thenReturn(outcome));
	}

	private Mono<Outcome> send(MobilePhone phone, byte[] phoneIndex, SmsPurpose purpose, @Nullable String ip) {
		Outcome sent = new Outcome.Sent(phone.masked(), properties.smsCodeTtl(), properties.smsSpacing());
		return accountWithPhone(phoneIndex).map(java.util.Optional::of)
			.defaultIfEmpty(java.util.Optional.empty())
			.flatMap(account -> {
				Mono<Void> issue = purpose == SmsPurpose.RESET_PASSWORD && account.isEmpty() ? Mono.empty()
						: codes.issue(phone, purpose, purpose == SmsPurpose.RESET_PASSWORD ? account.orElse(null) : null);
				return throttle.sent(phoneIndex, ip, purpose).then(issue).thenReturn(sent);
			});
	}

	private Mono<Long> accountWithPhone(byte[] phoneIndex) {
		return db.sql("SELECT id FROM account WHERE phone_index = :phone AND state = 'ACTIVE'")
			.bind("phone", phoneIndex).map(row -> row.get(0, Long.class)).one();
	}

}
