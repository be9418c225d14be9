package org.enrolcheck.identity;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;

import org.enrolcheck.notify.Channel;
import org.enrolcheck.notify.OutboxMessage;
import org.enrolcheck.notify.SmsGateway;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.validation.MobilePhone;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Six-digit SMS codes: issued through the {@link SmsGateway}, kept only as a keyed hash, valid for
 * five minutes and five tries; the newest code of a phone and purpose is the only one that works,
 * and a code works once.
 */
@Component
class SmsCodes {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DatabaseClient db;

	private final PersonalDataCipher cipher;

	private final SmsGateway sms;

	private final IdentityProperties properties;

	SmsCodes(DatabaseClient db, PersonalDataCipher cipher, SmsGateway sms, IdentityProperties properties) {
		this.db = db;
		this.cipher = cipher;
		this.sms = sms;
		this.properties = properties;
	}

	/** Creates a code and hands its text to the gateway, in the caller's transaction. */
	Mono<Void> issue(MobilePhone phone, SmsPurpose purpose, @Nullable Long accountId) {
		String code = String.format("%06d", RANDOM.nextInt(1_000_000));
		long minutes = properties.smsCodeTtl().toMinutes();
		String text = "【学籍自查】您正在" + purpose.zh() + "，验证码 " + code + "，" + minutes
				+ " 分钟内有效。如非本人操作，请忽略本短信，切勿将验证码告诉他人。";
		return db.sql("""
				INSERT INTO sms_code (phone_index, purpose, code_hash, expires_at)
				VALUES (:phone, :purpose, :hash, now() + make_interval(secs => :ttl))""")
			.bind("phone", Identities.phoneIndex(cipher, phone))
			.bind("purpose", purpose.name())
			.bind("hash", hash(purpose, code))
			.bind("ttl", (double) properties.smsCodeTtl().toSeconds())
			.then()
			.then(sms.send(new OutboxMessage(Channel.SMS, accountId, phone.value(), "SMS_CODE", text)));
	}

	/** Why a typed code was not accepted. */
	enum Rejection {
		NO_CODE, CODE_USED, CODE_EXPIRED, TRIES_EXCEEDED, CODE_WRONG
	}

	/** A check's outcome: accepted (null rejection) or rejected, with the tries the code has left. */
	record Check(@Nullable Rejection rejection, int triesLeft) {

		boolean accepted() {
			return rejection == null;
		}

	}

	/**
	 * Checks a typed code against the phone's newest code for the purpose and spends it when right;
	 * a wrong code costs one try. Run in the transaction of what the code authorises.
	 */
	Mono<Check> check(MobilePhone phone, SmsPurpose purpose, @Nullable String typed) {
		int max = properties.smsCodeTries();
		return db.sql("""
				SELECT id, code_hash, expires_at > now() AS live, tries, used_at IS NOT NULL AS used FROM sms_code
				WHERE phone_index = :phone AND purpose = :purpose ORDER BY id DESC LIMIT 1 FOR UPDATE""")
			.bind("phone", Identities.phoneIndex(cipher, phone))
			.bind("purpose", purpose.name())
			.map(row -> new Stored(row.get("id", Long.class), row.get("code_hash", byte[].class),
					Boolean.TRUE.equals(row.get("live", Boolean.class)), row.get("tries", Integer.class),
					Boolean.TRUE.equals(row.get("used", Boolean.class))))
			.one()
			.flatMap(stored -> {
				if (stored.used()) {
					return Mono.just(new Check(Rejection.CODE_USED, 0));
				}
				if (!stored.live()) {
					return Mono.just(new Check(Rejection.CODE_EXPIRED, 0));
				}
				if (stored.tries() >= max) {
					return Mono.just(new Check(Rejection.TRIES_EXCEEDED, 0));
				}
				if (typed != null && typed.strip().matches("\\d{6}")
						&& Arrays.equals(stored.hash(), hash(purpose, typed.strip()))) {
					return update("UPDATE sms_code SET used_at = now() WHERE id = :id", stored.id())
						.thenReturn(new Check(null, max - stored.tries()));
				}
				return update("UPDATE sms_code SET tries = tries + 1 WHERE id = :id", stored.id())
					.thenReturn(new Check(Rejection.CODE_WRONG, max - stored.tries() - 1));
			})
			.defaultIfEmpty(new Check(Rejection.NO_CODE, 0));
	}

	Duration ttl() {
		return properties.smsCodeTtl();
	}

	private record Stored(long id, byte[] hash, boolean live, int tries, boolean used) {
	}

	private Mono<Void> update(String sql, long id) {
		return db.sql(sql).bind("id", id).then();
	}

	private byte[] hash(SmsPurpose purpose, String code) {
		return cipher.blindIndex("sms_code.code", purpose.name() + ":" + code);
	}


}
