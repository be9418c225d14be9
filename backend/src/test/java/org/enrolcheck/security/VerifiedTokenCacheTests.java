package org.enrolcheck.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The verified-token cache skips a repeated check only while the entry lives, and never remembers a failure. */
class VerifiedTokenCacheTests {

	final AtomicInteger verifications = new AtomicInteger();

	final Instant issued = Instant.parse("2025-10-22T08:00:00Z");

	final Instant expiry = issued.plusSeconds(900);

	Instant now = issued;

	/** Counts real verifications; "bad" fails like a bad signature. */
	final ReactiveJwtDecoder verifier = token -> {
		verifications.incrementAndGet();
		if (token.equals("bad")) {
			return Mono.error(new BadJwtException("bad signature"));
		}
		return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject(token).issuedAt(issued).expiresAt(expiry).build());
	};

	VerifiedTokenCache cache(int maxEntries) {
		Clock clock = new Clock() {
			@Override
			public Instant instant() {
				return now;
			}

			@Override
			public java.time.ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}
		};
		return new VerifiedTokenCache(verifier, clock, maxEntries, Duration.ofSeconds(60));
	}

	@Test
	void aSeenTokenIsNotVerifiedAgainUntilItsEntryExpires() {
		VerifiedTokenCache cache = cache(100);
		assertThat(cache.decode("a").block().getSubject()).isEqualTo("a");
		assertThat(cache.decode("a").block().getSubject()).isEqualTo("a");
		assertThat(verifications).hasValue(1);
		now = now.plusSeconds(61);
		cache.decode("a").block();
		assertThat(verifications).hasValue(2);
	}

	@Test
	void anEntryNeverOutlivesTheTokensExpiry() {
		VerifiedTokenCache cache = cache(100);
		now = expiry.minusSeconds(10);
		cache.decode("a").block();
		now = expiry.plusSeconds(1);
		cache.decode("a").block();
		assertThat(verifications).hasValue(2);
	}

	@Test
	void failuresAreNotRememberedAndTheCacheIsBounded() {
		VerifiedTokenCache cache = cache(2);
		assertThatThrownBy(() -> cache.decode("bad").block()).isInstanceOf(BadJwtException.class);
		assertThatThrownBy(() -> cache.decode("bad").block()).isInstanceOf(BadJwtException.class);
		assertThat(verifications).hasValue(2);
		cache.decode("a").block();
		cache.decode("b").block();
		cache.decode("c").block();
		assertThat(cache.size()).isEqualTo(2);
		cache.decode("a").block();
		assertThat(verifications).hasValue(6);
	}

}
