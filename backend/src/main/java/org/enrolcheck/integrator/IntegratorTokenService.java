package org.enrolcheck.integrator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.enrolcheck.audit.AuditEvent;
import org.enrolcheck.audit.AuditLog;
import org.enrolcheck.db.IdempotencyKeys;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.Paging;
import org.enrolcheck.graphql.ValidationFailed.FieldError;
import org.enrolcheck.security.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A registrar's API tokens for other systems of their institution: created with scopes and an
 * expiry (idempotent by key), listed, revoked. Every change is audited in its transaction; the
 * audit never holds the secret.
 */
@Service
class IntegratorTokenService {

	static final Duration LONGEST = Duration.ofDays(366);

	private static final String OPERATION = "createIntegratorToken";

	private final IntegratorTokenRepository tokens;

	private final IdempotencyKeys idempotency;

	private final AuditLog audit;

	private final TransactionalOperator transaction;

	private final Clock clock;

	IntegratorTokenService(IntegratorTokenRepository tokens, IdempotencyKeys idempotency, AuditLog audit,
			TransactionalOperator transaction, Clock clock) {
		this.tokens = tokens;
		this.idempotency = idempotency;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	record Draft(String name, List<IntegratorScope> scopes, OffsetDateTime expiresAt) {
	}

	sealed interface Outcome {

		/** Created; {@code secret} is null when a retry with the same key replays the first answer. */
		record Created(IntegratorToken token, @Nullable String secret) implements Outcome {
		}

		record Invalid(List<FieldError> errors) implements Outcome {
		}

		record KeyReused() implements Outcome {
		}

	}

	Mono<Outcome> create(@Nullable String key, Draft draft, boolean english) {
		return Viewer.registrar().flatMap(viewer -> {
			List<FieldError> problems = problems(key, draft, english);
			if (!problems.isEmpty()) {
				return Mono.just((Outcome) new Outcome.Invalid(problems));
			}
			long institution = viewer.institutionId();
			Draft clean = new Draft(draft.name().strip(), draft.scopes().stream().distinct().sorted().toList(),
					draft.expiresAt());
			byte[] fingerprint = IdempotencyKeys.fingerprint(clean);
			return idempotency.claim(viewer.subject(), key, OPERATION, fingerprint)
				.flatMap(claim -> switch (claim) {
					case IdempotencyKeys.Claim.Reused ignored -> Mono.just((Outcome) new Outcome.KeyReused());
					case IdempotencyKeys.Claim.Replay replay -> tokens.find(replay.resultId(), institution)
						.map(token -> (Outcome) new Outcome.Created(token, null));
					case IdempotencyKeys.Claim.Fresh ignored -> {
						String secret = ApiTokenSecrets.newSecret();
						yield tokens.insert(institution, clean.name(), secret, clean.scopes(), clean.expiresAt().toInstant(),
								viewer.subject())
							.flatMap(id -> idempotency.remember(viewer.subject(), key, OPERATION, fingerprint, id)
								.then(audit.write(new AuditEvent(viewer.subject(), "integrator.token.create",
										IntegratorToken.TYPE, id, institution, null,
										Map.of("name", clean.name(), "scopes", clean.scopes().stream().map(IntegratorScope::scope).toList(),
												"expiresAt", clean.expiresAt().toInstant().toString(), "prefix",
												secret.substring(0, ApiTokenSecrets.PREFIX_LENGTH)),
										null)))
								.then(tokens.find(id, institution)))
							.map(token -> (Outcome) new Outcome.Created(token, secret));
					}
				})
				.as(transaction::transactional);
		});
	}

	/** Revoking twice is harmless: the second call changes and audits nothing. */
	Mono<IntegratorToken> revoke(long id) {
		return Viewer.registrar().flatMap(viewer -> tokens.find(id, viewer.institutionId())
			.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)))
			.flatMap(token -> tokens.revoke(id, viewer.subject())
				.flatMap(rows -> rows == 0 ? Mono.<Void>empty()
						: audit.write(new AuditEvent(viewer.subject(), "integrator.token.revoke", IntegratorToken.TYPE, id,
								viewer.institutionId(), Map.of("revoked", false), Map.of("revoked", true), null)))
				.then(tokens.find(id, viewer.institutionId())))
			.as(transaction::transactional));
	}

	Mono<Window<IntegratorToken>> page(Paging paging) {
		return Viewer.registrar().flatMap(viewer -> tokens.page(viewer.institutionId(), paging).collectList()
			.map(rows -> paging.window(rows, IntegratorToken::cursorKeys)));
	}

	Instant now() {
		return clock.instant();
	}

	private List<FieldError> problems(@Nullable String key, Draft draft, boolean english) {
		List<FieldError> problems = new ArrayList<>();
		if (key == null || key.length() < 8 || key.length() > 100) {
			problems.add(new FieldError("idempotencyKey", "IDEMPOTENCY_KEY",
					english ? "The idempotency key must have 8–100 characters." : "幂等键须为 8–100 个字符。"));
		}
		String name = draft.name() == null ? "" : draft.name().strip();
		if (name.length() < 2 || name.length() > 80) {
			problems.add(new FieldError("name", "NAME_LENGTH",
					english ? "Name the token in 2–80 characters." : "令牌名称须为 2–80 个字符。"));
		}
		if (draft.scopes() == null || draft.scopes().isEmpty()) {
			problems.add(new FieldError("scopes", "SCOPE_REQUIRED",
					english ? "Choose at least one scope." : "请至少选择一项权限。"));
		}
		Instant now = clock.instant();
		if (draft.expiresAt() == null || !draft.expiresAt().toInstant().isAfter(now)) {
			problems.add(new FieldError("expiresAt", "EXPIRY_NOT_IN_FUTURE",
					english ? "The expiry must be in the future." : "有效期须晚于当前时间。"));
		}
		else if (draft.expiresAt().toInstant().isAfter(now.plus(LONGEST))) {
			problems.add(new FieldError("expiresAt", "EXPIRY_TOO_FAR",
					english ? "A token may live at most 366 days." : "令牌有效期最长 366 天。"));
		}
		return problems;
	}

}
