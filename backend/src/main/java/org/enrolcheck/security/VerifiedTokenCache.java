package org.enrolcheck.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers JWTs that passed verification, keyed by the SHA-256 of the token text, so a client that
 * sends the same token again skips the RSA signature check. An entry lives until the token's
 * {@code exp} or {@code maxAge}, whichever comes first; at most {@code maxEntries} are kept (the
 * oldest go first). Only the application's own tokens pass through here; failures are never
 * remembered, so a bad token costs the full check every time.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

	private record Verified(Jwt jwt, Instant until) {
	}

	private final ReactiveJwtDecoder verifier;

	private final Clock clock;

	private final Duration maxAge;

	private final Map<String, Verified> entries;

	VerifiedTokenCache(ReactiveJwtDecoder verifier, Clock clock, int maxEntries, Duration maxAge) {
		this.verifier = verifier;
		this.clock = clock;
		this.maxAge = maxAge;
		this.entries = new LinkedHashMap<>(256, 0.75f, false) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
				return size() > maxEntries;
			}
		};
	}

	@Override
	public Mono<Jwt> decode(String token) throws JwtException {
		String key = sha256(token);
		Instant now = clock.instant();
		Verified seen;
		synchronized (entries) {
			seen = entries.get(key);
		}
		if (seen != null && seen.until().isAfter(now)) {
			return Mono.just(seen.jwt());
		}
		return verifier.decode(token).doOnNext(jwt -> remember(key, jwt));
	}

	int size() {
		synchronized (entries) {
			return entries.size();
		}
	}

	private void remember(String key, Jwt jwt) {
		Instant now = clock.instant();
		Instant until = now.plus(maxAge);
		if (jwt.getExpiresAt() != null && jwt.getExpiresAt().isBefore(until)) {
			until = jwt.getExpiresAt();
		}
		if (until.isAfter(now)) {
			synchronized (entries) {
				entries.put(key, new Verified(jwt, until));
			}
		}
	}

	private static String sha256(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
