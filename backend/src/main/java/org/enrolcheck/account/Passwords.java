package org.enrolcheck.account;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Hashes and checks passwords with Spring Security's delegating encoder (bcrypt today, upgradable
 * by prefix). Hashing is deliberately slow CPU work, so it runs off the event loops.
 */
@Component
class Passwords {

	/** 6–30 letters, digits and ASCII symbols (domain.md). */
	static final Pattern RULE = Pattern.compile("^[\\x21-\\x7E]{6,30}$");

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	/** Checked against when no account matched, so an unknown user costs the same time as a wrong password. */
	private final String decoy = encoder.encode("decoy-password-never-matches");

	static boolean acceptable(@Nullable String password) {
		return password != null && RULE.matcher(password).matches();
	}

	Mono<String> hash(String password) {
		return Mono.fromCallable(() -> encoder.encode(password)).subscribeOn(Schedulers.boundedElastic());
	}

	Mono<Boolean> matches(String password, @Nullable String hash) {
		return Mono.fromCallable(() -> encoder.matches(password, hash != null ? hash : decoy) && hash != null)
			.subscribeOn(Schedulers.boundedElastic());
	}

}
