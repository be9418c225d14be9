package org.enrolcheck.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The identity rules' numbers. Defaults are the product's rules (domain.md); tests lower
 * {@code altchaMaxNumber} only, so the proof-of-work solves quickly.
 *
 * @param altchaMaxNumber the largest secret number of a challenge: the client's work grows with it
 * @param consentVersion the version of the terms and privacy notice a registration must accept
 * @param smsDailyPerPhone codes one phone may receive per day (Asia/Shanghai)
 * @param smsDailyPerIp codes one client address may have sent per day
 * @param smsLockAfter refused asks (too soon, over the cap) for one phone within {@code smsLockWindow} that lock its codes
 * @param nameCorrections how often a student may correct their account's name
 * @param usernameLookupsPerHour forgotten-username look-ups per client address per hour
 */
@ConfigurationProperties("enrolcheck.identity")
public record IdentityProperties(@DefaultValue("100000") long altchaMaxNumber,
		@DefaultValue("10m") Duration altchaExpiry, @DefaultValue("2025-09") String consentVersion,
		@DefaultValue("5m") Duration smsCodeTtl, @DefaultValue("5") int smsCodeTries,
		@DefaultValue("60s") Duration smsSpacing, @DefaultValue("10") int smsDailyPerPhone,
		@DefaultValue("50") int smsDailyPerIp, @DefaultValue("5") int smsLockAfter,
		@DefaultValue("10m") Duration smsLockWindow, @DefaultValue("24h") Duration smsLockDuration,
		@DefaultValue("3") int nameCorrections, @DefaultValue("10") int usernameLookupsPerHour) {
}
