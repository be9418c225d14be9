package org.enrolcheck.identity;

import java.time.Duration;
import java.util.Locale;

import org.enrolcheck.graphql.Language;

/** The payload members shared by the identity mutations, with their messages. */
final class IdentityOutcomes {

	private IdentityOutcomes() {
	}

	/** A typed SMS code was not accepted (SmsCodeRejected). */
	record SmsCodeRejected(String code, String message, int triesLeft) {

		static SmsCodeRejected of(SmsCodes.Check check, Locale locale) {
			SmsCodes.Rejection rejection = check.rejection();
			String[] text = switch (rejection == null ? SmsCodes.Rejection.CODE_WRONG : rejection) {
				case NO_CODE -> new String[] { "请先获取短信验证码。", "Ask for an SMS code first." };
				case CODE_USED -> new String[] { "该验证码已使用，请重新获取。", "This code was already used; ask for a new one." };
				case CODE_EXPIRED -> new String[] { "验证码已过期，请重新获取。", "The code has expired; ask for a new one." };
				case TRIES_EXCEEDED -> new String[] { "验证码输错次数过多，请重新获取。",
						"Too many wrong tries for this code; ask for a new one." };
				case CODE_WRONG -> check.triesLeft() > 0
						? new String[] { "验证码不正确，还可以再试 " + check.triesLeft() + " 次。",
								"The code is wrong; " + check.triesLeft() + " tries left." }
						: new String[] { "验证码不正确，已无剩余次数，请重新获取。", "The code is wrong and has no tries left; ask for a new one." };
			};
			String code = "SMS_" + (rejection == null ? "CODE_WRONG" : rejection.name());
			return new SmsCodeRejected(code, Language.pick(locale, text[0], text[1]), check.triesLeft());
		}

	}

	/** No code now (SmsThrottled): the phone is locked, asked too soon, or reached a daily cap. */
	record SmsThrottled(String code, String message, SmsThrottle.Reason reason, int retryAfterSeconds) {

		static SmsThrottled of(SmsThrottle.Reason reason, Duration retryAfter, Locale locale) {
			int seconds = (int) Math.max(1, retryAfter.toSeconds());
			String[] text = switch (reason) {
				case LOCKED -> new String[] {
						"验证码申请过于频繁，该手机号的验证码已锁定，" + hours(seconds) + " 小时后可再申请；也可以通过学籍信息（学校、学号、入学年份、层次）核验身份。",
						"Codes were asked for too often: this phone's codes are locked for " + hours(seconds)
								+ " more hours. You can also prove your identity with your enrolment facts." };
				case TOO_SOON -> new String[] { seconds + " 秒后可重新获取验证码。", "You can ask for a new code in " + seconds + " s." };
				case DAILY_LIMIT -> new String[] { "今日获取验证码次数已达上限，请明天再试。",
						"Today's limit of codes is reached; try again tomorrow." };
			};
			return new SmsThrottled("SMS_" + reason.name(), Language.pick(locale, text[0], text[1]), reason, seconds);
		}

		private static long hours(int seconds) {
			return (seconds + 3599) / 3600;
		}

	}

	/** The ALTCHA solution was missing, wrong, expired or already used (HumanCheckFailed). */
	record HumanCheckFailed(String code, String message) {

		static HumanCheckFailed of(boolean replayed, Locale locale) {
			return replayed
					? new HumanCheckFailed("HUMAN_CHECK_REPLAYED", Language.pick(locale, "人机验证已使用过，请重新验证。",
							"This human check was already used; solve a new one."))
					: new HumanCheckFailed("HUMAN_CHECK_FAILED", Language.pick(locale, "人机验证未通过或已过期，请重新验证。",
							"The human check failed or expired; solve a new one."));
		}

	}

	/** Too many look-ups or attempts from one place (TooManyAttempts). */
	record TooManyAttempts(String code, String message, int retryAfterSeconds) {

		static TooManyAttempts of(Duration retryAfter, Locale locale) {
			return new TooManyAttempts("TOO_MANY_ATTEMPTS", Language.pick(locale, "操作过于频繁，请稍后再试。",
					"Too many attempts; try again later."), (int) Math.max(1, retryAfter.toSeconds()));
		}

	}

}
