package org.enrolcheck.identity;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The limits on asking for SMS codes, counted in PostgreSQL so every replica agrees: one send per
 * phone per spacing, daily caps per phone and per client address (days in Asia/Shanghai), and a
 * 24-hour lock of a phone's codes when it keeps asking while told to wait (the seeds: 验证码不能频繁申请，
 * 否则会锁定 24 小时). Someone who waits for the countdown is never locked, only capped per day. Callers
 * hold the phone's advisory lock (see {@link #lockPhone}) while they check and record.
 */
@Component
class SmsThrottle {

	/** Why no code is sent now, and for how long. */
	enum Reason {
		LOCKED, TOO_SOON, DAILY_LIMIT
	}

	/** @param locksNow this ask trips the lock-out, which starts now */
	record Refusal(Reason reason, Duration retryAfter, boolean locksNow) {
	}

	private static final String SHANGHAI_DAY_START = "(date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai')";

	private final DatabaseClient db;

	private final IdentityProperties limits;

	SmsThrottle(DatabaseClient db, IdentityProperties limits) {
		this.db = db;
		this.limits = limits;
	}

	/** Serialises asks for one phone until the caller's transaction ends. */
	Mono<Void> lockPhone(byte[] phoneIndex) {
		return db.sql("SELECT pg_advisory_xact_lock(hashtextextended(encode(:phone, 'hex'), 0))")
			.bind("phone", phoneIndex).fetch().rowsUpdated().then();
	}

	/**
	 * Counts this ask and says whether a code may go out. A refused ask is recorded too: asking again
	 * and again is what the lock-out is for. Empty when a code may be sent.
	 */
	Mono<Refusal> ask(byte[] phoneIndex, @Nullable String ip, SmsPurpose purpose) {
		return db.sql("""
				SELECT (SELECT ceil(extract(epoch FROM locked_until - now())) FROM sms_lock
				        WHERE phone_index = :phone AND locked_until > now())::bigint AS locked_for,
				       (SELECT count(*) FROM sms_request WHERE phone_index = :phone AND NOT sent
				          AND requested_at > now() - make_interval(secs => :window)) AS refused,
				       (SELECT ceil(extract(epoch FROM max(requested_at) + make_interval(secs => :spacing) - now()))
				        FROM sms_request WHERE phone_index = :phone AND sent
				          AND requested_at > now() - make_interval(secs => :spacing))::bigint AS wait,
				       (SELECT count(*) FROM sms_request WHERE phone_index = :phone AND sent
				          AND requested_at >= """ + SHANGHAI_DAY_START + """
				       ) AS phone_today,
				       (SELECT count(*) FROM sms_request WHERE ip = :ip AND sent
				          AND requested_at >= """ + SHANGHAI_DAY_START + """
				       ) AS ip_today,
				       ceil(extract(epoch FROM """ + SHANGHAI_DAY_START + " + interval '1 day' - now()))::bigint AS to_midnight")
			.bind("phone", phoneIndex)
			.bind("ip", Parameter.fromOrEmpty(ip, String.class))
			.bind("window", (double) limits.smsLockWindow().toSeconds())
			.bind("spacing", (double) limits.smsSpacing().toSeconds())
			.map(row -> decide(row.get("locked_for", Long.class), row.get("refused", Long.class), row.get("wait", Long.class),
					row.get("phone_today", Long.class), row.get("ip_today", Long.class), row.get("to_midnight", Long.class)))
			.one()
			.filter(refusal -> refusal != NONE)
			.flatMap(refusal -> record(phoneIndex, ip, purpose, false)
				.then(refusal.locksNow() ? lock(phoneIndex) : Mono.empty())
				.thenReturn(refusal));
	}

	/** Records the ask that sent a code. */
	Mono<Void> sent(byte[] phoneIndex, @Nullable String ip, SmsPurpose purpose) {
		return record(phoneIndex, ip, purpose, true);
	}

	private static final Refusal NONE = new Refusal(Reason.TOO_SOON, Duration.ZERO, false);

	private Refusal decide(@Nullable Long lockedFor, long refusedRecently, @Nullable Long wait, long phoneToday,
			long ipToday, long toMidnight) {
		if (lockedFor != null && lockedFor > 0) {
			return new Refusal(Reason.LOCKED, Duration.ofSeconds(lockedFor), false);
		}
		boolean tooSoon = wait != null && wait > 0;
		boolean capped = phoneToday >= limits.smsDailyPerPhone() || ipToday >= limits.smsDailyPerIp();
		if (!tooSoon && !capped) {
			return NONE;
		}
		if (refusedRecently + 1 >= limits.smsLockAfter()) {
			return new Refusal(Reason.LOCKED, limits.smsLockDuration(), true);
		}
		return tooSoon ? new Refusal(Reason.TOO_SOON, Duration.ofSeconds(wait), false)
				: new Refusal(Reason.DAILY_LIMIT, Duration.ofSeconds(Math.max(1, toMidnight)), false);
	}

	private Mono<Void> lock(byte[] phoneIndex) {
		return db.sql("""
				INSERT INTO sms_lock (phone_index, locked_until) VALUES (:phone, now() + make_interval(secs => :lock))
				ON CONFLICT (phone_index) DO UPDATE SET locked_until = excluded.locked_until""")
			.bind("phone", phoneIndex).bind("lock", (double) limits.smsLockDuration().toSeconds()).then();
	}

	private Mono<Void> record(byte[] phoneIndex, @Nullable String ip, SmsPurpose purpose, boolean sent) {
		return db.sql("INSERT INTO sms_request (phone_index, ip, purpose, sent) VALUES (:phone, :ip, :purpose, :sent)")
			.bind("phone", phoneIndex)
			.bind("ip", Parameter.fromOrEmpty(ip, String.class))
			.bind("purpose", purpose.name())
			.bind("sent", sent)
			.then();
	}

}
