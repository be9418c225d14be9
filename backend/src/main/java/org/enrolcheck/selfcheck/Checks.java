package org.enrolcheck.selfcheck;

import java.util.ArrayList;
import java.util.List;

import org.enrolcheck.graphql.ValidationFailed.FieldError;
import org.jspecify.annotations.Nullable;

/** Input rules of the confirmation mutations, with zh / en messages. */
final class Checks {

	private Checks() {
	}

	static List<FieldError> idempotencyKey(@Nullable String key, boolean english) {
		List<FieldError> problems = new ArrayList<>();
		if (key == null || key.length() < 8 || key.length() > 100) {
			problems.add(new FieldError("idempotencyKey", "IDEMPOTENCY_KEY",
					english ? "The idempotency key must have 8–100 characters." : "幂等键须为 8–100 个字符。"));
		}
		return problems;
	}

	static List<FieldError> assisted(@Nullable String key, @Nullable String reason, boolean english) {
		List<FieldError> problems = idempotencyKey(key, english);
		String given = reason == null ? "" : reason.strip();
		if (given.length() < 2 || given.length() > 500) {
			problems.add(new FieldError("reason", "REASON_REQUIRED",
					english ? "Say why you confirm on the student's behalf (2–500 characters)." : "请填写代确认的原因（2–500 字）。"));
		}
		return problems;
	}

}
