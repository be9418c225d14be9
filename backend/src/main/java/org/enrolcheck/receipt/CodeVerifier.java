package org.enrolcheck.receipt;

import org.enrolcheck.privacy.PersonalDataCipher;
import org.springframework.stereotype.Service;
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

	CodeVerifier(ReceiptRepository repository, GuessThrottle throttle, PersonalDataCipher cipher) {
		this.repository = repository;
		this.throttle = throttle;
		this.cipher = cipher;
	}

	Mono<PublicVerification> verify(String typed, String clientIp) {
		String key = GuessThrottle.key(clientIp);
		return throttle.lockedFor(key).flatMap(seconds -> {
			if (seconds > 0) {
				return Mono.just(PublicVerification.rateLimited(seconds));
			}
			return VerificationCodeText.normalise(typed)
				.map(code -> repository.verification(cipher.blindIndex(ReceiptService.HASH_COLUMN, code))
					.switchIfEmpty(throttle.wrong(key).then(Mono.fromSupplier(PublicVerification::notFound))))
				.orElseGet(() -> Mono.just(PublicVerification.notFound()));
		});
	}

}
