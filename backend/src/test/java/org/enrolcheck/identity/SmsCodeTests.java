package org.enrolcheck.identity;

import org.enrolcheck.identity.IdentityClient.Response;
import org.enrolcheck.support.EnrolCheckTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The limits on SMS codes with their real numbers: the ALTCHA check, 60 s spacing with the wait
 * returned, the daily caps, and the 24-hour lock after asking again and again.
 */
@EnrolCheckTest
@TestPropertySource(properties = "enrolcheck.identity.altcha-max-number=2000")
class SmsCodeTests extends IdentityTestSupport {

	@Test
	void aSolvedChallengeBuysOneSmsOnly() {
		String altcha = client.solvedChallenge();
		Response sent = client.requestCode("13722220001", "REGISTER", altcha);
		assertThat(sent.typename()).isEqualTo("SmsCodeSent");
		assertThat(sent.get("maskedPhone")).isEqualTo("137****0001");
		assertThat(sent.get("validForSeconds")).isEqualTo(300);
		assertThat(sent.get("resendAfterSeconds")).isEqualTo(60);

		Response replayed = client.requestCode("13722220002", "REGISTER", altcha);
		assertThat(replayed.typename()).isEqualTo("HumanCheckFailed");
		assertThat(replayed.get("code")).isEqualTo("HUMAN_CHECK_REPLAYED");
		Response forged = client.requestCode("13722220002", "REGISTER", "eyJhbGdvcml0aG0iOiJTSEEtMjU2In0=");
		assertThat(forged.get("code")).isEqualTo("HUMAN_CHECK_FAILED");
		assertThat(outboxCount("137****0002")).isZero();
	}

	@Test
	void theSecondAskWithinAMinuteIsToldHowLongToWait() {
		assertThat(client.requestCode("13722220003", "REGISTER").typename()).isEqualTo("SmsCodeSent");
		Response tooSoon = client.requestCode("13722220003", "RESET_PASSWORD");
		assertThat(tooSoon.typename()).isEqualTo("SmsThrottled");
		assertThat(tooSoon.get("reason")).isEqualTo("TOO_SOON");
		assertThat((Integer) tooSoon.get("retryAfterSeconds")).isBetween(50, 60);
		assertThat((String) tooSoon.get("message")).contains("秒后可重新获取");
		// a minute later another code goes out, and only the newest one works
		client.age("sms_request", "requested_at", 61);
		assertThat(client.requestCode("13722220003", "REGISTER").typename()).isEqualTo("SmsCodeSent");
		assertThat(outboxCount("137****0003")).isEqualTo(2);
	}

	@Test
	void askingAgainAndAgainLocksThePhonesCodesFor24Hours() {
		assertThat(client.requestCode("13722220004", "REGISTER").typename()).isEqualTo("SmsCodeSent");
		for (int ask = 0; ask < 4; ask++) {
			assertThat(client.requestCode("13722220004", "REGISTER").get("reason")).isEqualTo("TOO_SOON");
		}
		Response locked = client.requestCode("13722220004", "REGISTER");
		assertThat(locked.get("code")).isEqualTo("SMS_LOCKED");
		assertThat((Integer) locked.get("retryAfterSeconds")).isBetween(24 * 3600 - 5, 24 * 3600);
		// waiting out the spacing does not help; the lock holds for the day, another phone is unaffected
		client.age("sms_request", "requested_at", 3600);
		Response stillLocked = client.requestCode("13722220004", "REGISTER");
		assertThat(stillLocked.get("reason")).isEqualTo("LOCKED");
		assertThat((Integer) stillLocked.get("retryAfterSeconds")).isGreaterThan(23 * 3600);
		assertThat(client.requestCode("13722220005", "REGISTER").typename()).isEqualTo("SmsCodeSent");
		assertThat(outboxCount("137****0004")).isEqualTo(1);
	}

	@Test
	void onePhoneGetsTenCodesADay() throws InterruptedException {
		clearOfShanghaiMidnight();
		for (int send = 0; send < 10; send++) {
			assertThat(client.requestCode("13722220006", "REGISTER").typename()).as("send " + send).isEqualTo("SmsCodeSent");
			moveLastMinuteToShanghaiDayStart();
		}
		Response capped = client.requestCode("13722220006", "REGISTER");
		assertThat(capped.get("reason")).isEqualTo("DAILY_LIMIT");
		// the wait runs to the next Shanghai midnight
		assertThat((Integer) capped.get("retryAfterSeconds")).isBetween(1, 24 * 3600)
			.isCloseTo((int) (DAY_SECONDS - secondsIntoShanghaiDay()), within(10));
		assertThat(outboxCount("137****0006")).isEqualTo(10);
	}

	@Test
	void oneNetworkAddressGetsFiftyCodesADay() throws InterruptedException {
		clearOfShanghaiMidnight(); // fifty asks straddling midnight would count in two days
		db.sql("DELETE FROM sms_request").fetch().rowsUpdated().block();
		for (int phone = 0; phone < 50; phone++) {
			assertThat(client.requestCode("1366666%04d".formatted(phone), "REGISTER").typename()).isEqualTo("SmsCodeSent");
		}
		Response capped = client.requestCode("13677779999", "REGISTER");
		assertThat(capped.get("reason")).isEqualTo("DAILY_LIMIT");
		assertThat(outboxCount("136****9999")).isZero();
		// the other tests of this class share the address
		db.sql("DELETE FROM sms_request").fetch().rowsUpdated().block();
	}

	@Test
	void aMalformedPhoneIsAFieldError() {
		Response invalid = client.requestCode("12345", "REGISTER");
		assertThat(invalid.fieldErrorCodes()).containsExactly("phone:PHONE_FORMAT");
	}

	@Test
	void countersOlderThanTheirRulesArePurged(@Autowired IdentityHousekeeping housekeeping) {
		client.requestCode("13722220007", "REGISTER");
		client.age("sms_request", "requested_at", 3 * 24 * 3600);
		client.age("altcha_spent", "spent_at", 2 * 24 * 3600);
		client.requestCode("13722220008", "REGISTER");
		housekeeping.purge().block();
		assertThat(count("SELECT count(*) FROM sms_request")).isOne();
		assertThat(count("SELECT count(*) FROM altcha_spent")).isOne();
	}

	private long count(String sql) {
		return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
	}

	/** The start of the current day in Asia/Shanghai by the database's clock (the throttle's own day). */
	private static final String SHANGHAI_DAY_START = "(date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai')";

	private static final long DAY_SECONDS = 24 * 3600;

	private long secondsIntoShanghaiDay() {
		return count("SELECT floor(extract(epoch FROM now() - " + SHANGHAI_DAY_START + "))::bigint");
	}

	/**
	 * The asks are placed at the start of today, so they must be more than the 60 s spacing behind the
	 * clock and the test must end before midnight: in the two minutes around Shanghai midnight
	 * (16:00 UTC) it waits until the new day is two minutes old. Any other time it runs at once.
	 */
	private void clearOfShanghaiMidnight() throws InterruptedException {
		long into = secondsIntoShanghaiDay();
		long wait = into < 120 ? 120 - into : DAY_SECONDS - into < 60 ? DAY_SECONDS - into + 120 : 0;
		Thread.sleep(wait * 1000);
	}

	/** Only the spacing passes: the asks of the last minute move to the first second of today (Shanghai). */
	private void moveLastMinuteToShanghaiDayStart() {
		db.sql("UPDATE sms_request SET requested_at = " + SHANGHAI_DAY_START
				+ " WHERE requested_at > now() - interval '61 seconds'").fetch().rowsUpdated().block();
	}

	private long outboxCount(String maskedPhone) {
		return db.sql("SELECT count(*) FROM outbox_message WHERE address_masked = :masked").bind("masked", maskedPhone)
			.map(row -> row.get(0, Long.class)).one().block();
	}

}
