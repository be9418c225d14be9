package org.enrolcheck.receipt;

import java.util.Optional;

import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.ValidationFailed.FieldError;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/** Who may hold codes (a signed-in student, by account) and how long a code may last. */
final class Students {

	private Students() {
	}

	/** The signed-in student's account id; staff, integrators and anonymous callers are refused. */
	static Mono<Long> current() {
		return Viewer.current().flatMap(viewer -> {
			Long account = accountOf(viewer);
			return account != null ? Mono.just(account) : Mono.error(viewer.refusal());
		});
	}

	static @Nullable Long accountOf(Viewer viewer) {
		if (!viewer.has(Role.STUDENT)) {
			return null;
		}
		try {
			GlobalId subject = GlobalId.decode(viewer.subject());
			return "Account".equals(subject.typeName()) ? subject.id() : null;
		}
		catch (ApiException ex) {
			return null;
		}
	}

	/** The validity a student may choose: 1 to 6 months. */
	static Optional<FieldError> validMonths(@Nullable Integer months, boolean english) {
		if (months != null && months >= 1 && months <= 6) {
			return Optional.empty();
		}
		return Optional.of(new FieldError("validMonths", "VALID_MONTHS_RANGE",
				english ? "Choose a validity of 1 to 6 months." : "有效期须为 1 至 6 个月。"));
	}

}
