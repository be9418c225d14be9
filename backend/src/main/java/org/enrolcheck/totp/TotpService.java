package org.enrolcheck.totp;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;

import org.enrolcheck.audit.AuditEvent;
import org.enrolcheck.audit.AuditLog;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.SecurityProperties;
import org.enrolcheck.security.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Staff TOTP (两步验证): enrolment (a secret, shown once as an otpauth URI, activated by a first
 * correct code) and the second step of sign-in. Secrets are encrypted at rest; every accepted code
 * spends its time step, so a code cannot be used twice, not even within its 30 seconds.
 */
@Service
public class TotpService {

	static final String SECRET_COLUMN = "staff_totp.secret";

	static final String ISSUER = "EnrolCheck";

	private final TotpRepository repository;

	private final PersonalDataCipher cipher;

	private final SecurityProperties properties;

	private final AuditLog audit;

	private final TransactionalOperator transaction;

	private final Clock clock;

	TotpService(TotpRepository repository, PersonalDataCipher cipher, SecurityProperties properties, AuditLog audit,
			TransactionalOperator transaction, Clock clock) {
		this.repository = repository;
		this.cipher = cipher;
		this.properties = properties;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** What the second step of a sign-in decides, after the password was right. */
	public sealed interface Gate {

		/** No TOTP applies, or the code was right (and is now spent). */
		record Pass() implements Gate {
		}

		/** The account has TOTP: a code is needed. */
		record Required() implements Gate {
		}

		/** The code was wrong, out of its window, or already used. */
		record Invalid() implements Gate {
		}

		/** The role must use TOTP and the account has none yet: enrol with this secret, then sign in with a code. */
		record EnrolmentRequired(String secret, String otpauthUri) implements Gate {
		}

	}

	/**
	 * The second step of sign-in. Students ({@code username} null) have none. A staff member whose
	 * role is in {@code enrolcheck.security.require-totp-for} and who has not enrolled gets a secret
	 * to enrol with; signing in with a correct code of it then activates it.
	 */
	public Mono<Gate> check(long accountId, @Nullable String username, Collection<Role> roles, @Nullable String code) {
		if (username == null) {
			return Mono.just(new Gate.Pass());
		}
		boolean given = code != null && !code.isBlank();
		boolean forced = roles.stream().anyMatch(properties.requireTotpFor()::contains);
		return repository.find(accountId).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty())
			.flatMap(stored -> {
				if (stored.isPresent() && stored.get().confirmed()) {
					return given ? spend(accountId, stored.get(), code) : Mono.<Gate>just(new Gate.Required());
				}
				if (!forced) {
					return Mono.<Gate>just(new Gate.Pass());
				}
				if (stored.isPresent() && given) {
					return confirm(accountId, stored.get(), code).map(ok -> ok ? (Gate) new Gate.Pass() : new Gate.Invalid());
				}
				if (stored.isPresent()) {
					byte[] secret = cipher.decrypt(SECRET_COLUMN, stored.get().secretCipher());
					return Mono.<Gate>just(new Gate.EnrolmentRequired(Totp.base32(secret), Totp.uri(ISSUER, username, secret)));
				}
				return start(accountId, username).map(started -> started
						.<Gate>map(enrolment -> new Gate.EnrolmentRequired(enrolment.secret(), enrolment.otpauthUri()))
						.orElseGet(Gate.Invalid::new));
			});
	}

	/** A fresh secret to enrol with. */
	record Enrolment(String secret, String otpauthUri) {
	}

	/** Starts an enrolment; empty when the account already has a confirmed secret. */
	Mono<java.util.Optional<Enrolment>> start(long accountId, String username) {
		byte[] secret = Totp.newSecret();
		return repository.start(accountId, cipher.encrypt(SECRET_COLUMN, secret))
			.map(rows -> rows == 0 ? java.util.Optional.<Enrolment>empty()
					: java.util.Optional.of(new Enrolment(Totp.base32(secret), Totp.uri(ISSUER, username, secret))));
	}

	/** Activates a pending enrolment with a correct code; false when the code is wrong or nothing is pending. */
	Mono<Boolean> confirm(long accountId, @Nullable String code) {
		return repository.find(accountId)
			.flatMap(stored -> stored.confirmed() ? Mono.just(false) : confirm(accountId, stored, code))
			.defaultIfEmpty(false);
	}

	private Mono<Boolean> confirm(long accountId, TotpRepository.Stored stored, @Nullable String code) {
		OptionalLong step = Totp.matchingStep(cipher.decrypt(SECRET_COLUMN, stored.secretCipher()), code, clock.instant());
		if (step.isEmpty()) {
			return Mono.just(false);
		}
		String actor = GlobalId.encode("Account", accountId);
		return repository.confirm(accountId, step.getAsLong())
			.flatMap(rows -> rows == 0 ? Mono.just(false)
					: audit.write(new AuditEvent(actor, "account.totp.enrol", "Account", accountId, null, null, null, null))
						.thenReturn(true))
			.as(transaction::transactional);
	}

	private Mono<Gate> spend(long accountId, TotpRepository.Stored stored, String code) {
		OptionalLong step = Totp.matchingStep(cipher.decrypt(SECRET_COLUMN, stored.secretCipher()), code, clock.instant());
		if (step.isEmpty()) {
			return Mono.just(new Gate.Invalid());
		}
		return repository.spend(accountId, step.getAsLong()).map(rows -> rows == 1 ? (Gate) new Gate.Pass() : new Gate.Invalid());
	}

	/**
	 * A registrar removes a staff member's TOTP (a lost phone), audited with the reason; the member
	 * then signs in with the password alone, or enrols again when their role requires it.
	 */
	Mono<Boolean> reset(long accountId, String reason) {
		return Viewer.registrar().flatMap(viewer -> repository.staffOf(accountId, viewer.institutionId())
			.flatMap(known -> !known ? Mono.<Boolean>error(new ApiException(ErrorCode.NOT_FOUND))
					: repository.remove(accountId)
						.flatMap(rows -> audit.write(new AuditEvent(viewer.subject(), "account.totp.reset", "Account", accountId,
								viewer.institutionId(), Map.of("totp", rows > 0), Map.of("totp", false), reason))
							.thenReturn(rows > 0))
						.as(transaction::transactional)));
	}

	Mono<TotpRepository.StaffAccount> staff(long accountId) {
		return repository.staff(accountId);
	}

}
