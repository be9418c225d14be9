package org.enrolcheck.receipt;

import org.enrolcheck.privacy.PersonalDataCipher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The public check of a code (anyone, signed in or not). A locked address learns nothing, not even
 * whether a real code is valid; a text that cannot be a code is NOT_FOUND without counting, since no
 * guess of that shape can ever hit.
 */
@Service
class CodeVerifier {

	private final ReceiptRepository repository;

	private final GuessThrottle throttle;

	private final PersonalDataCipher cipher;

	private final TransactionalOperator transaction;

	CodeVerifier(ReceiptRepository repository, GuessThrottle throttle, PersonalDataCipher cipher,
			TransactionalOperator transaction) {
		this.repository = repository;
		this.throttle = throttle;
		this.cipher = cipher;
		this.transaction = transaction;
	}

	Mono<PublicVerification> verify(String typed, String clientIp) {
		String key = GuessThrottle.key(clientIp);
		var code = VerificationCodeText.normalise(typed);
		if (code.isEmpty()) {
			return throttle.lockedFor(key).map(seconds -> seconds > 0 ? PublicVerification.rateLimited(seconds)
					: PublicVerification.notFound());
		}
		byte[] hash = cipher.blindIndex(ReceiptService.HASH_COLUMN, code.get());
		return throttle.take(key)
			.flatMap(slot -> repository.verification(hash)
				.flatMap(found -> throttle.found(key).thenReturn(found))
				.switchIfEmpty(throttle.missed(key, slot).then(Mono.fromSupplier(PublicVerification::notFound))))
			.switchIfEmpty(throttle.lockedFor(key).map(PublicVerification::rateLimited))
			// one connection for the whole check (nested statements outside a transaction would each take
			// one, and a burst could starve the pool); the key's row stays locked until it is done
			.as(transaction::transactional);
	}

}
