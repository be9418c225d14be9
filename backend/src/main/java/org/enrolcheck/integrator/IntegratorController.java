package org.enrolcheck.integrator;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Language;
import org.enrolcheck.graphql.Paging;
import org.enrolcheck.graphql.QueryLimitsProperties;
import org.enrolcheck.graphql.ValidationFailed;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** The registrar's API tokens; rules live in {@link IntegratorTokenService}. */
@Controller
class IntegratorController {

	private final IntegratorTokenService service;

	private final QueryLimitsProperties limits;

	IntegratorController(IntegratorTokenService service, QueryLimitsProperties limits) {
		this.service = service;
		this.limits = limits;
	}

	@QueryMapping
	Mono<Window<IntegratorToken>> integratorTokens(ScrollSubrange subrange) {
		return service.page(Paging.of(subrange, limits));
	}

	record CreateIntegratorTokenInput(String name, List<IntegratorScope> scopes, OffsetDateTime expiresAt,
			String idempotencyKey) {
	}

	@MutationMapping
	Mono<Object> createIntegratorToken(@Argument CreateIntegratorTokenInput input, Locale locale) {
		boolean english = Language.english(locale);
		IntegratorTokenService.Draft draft = new IntegratorTokenService.Draft(input.name(), input.scopes(),
				input.expiresAt());
		return service.create(input.idempotencyKey(), draft, english).map(outcome -> switch (outcome) {
			case IntegratorTokenService.Outcome.Created created -> new IntegratorTokenCreated(created.token(),
					created.secret());
			case IntegratorTokenService.Outcome.Invalid invalid -> ValidationFailed.of(invalid.errors(), locale);
			case IntegratorTokenService.Outcome.KeyReused reused -> new IdempotencyKeyReused("IDEMPOTENCY_KEY_REUSED",
					english ? "This idempotency key was used for a different request." : "该幂等键已用于另一个不同的请求。");
		});
	}

	record RevokeIntegratorTokenInput(String id) {
	}

	@MutationMapping
	Mono<IntegratorTokenRevoked> revokeIntegratorToken(@Argument RevokeIntegratorTokenInput input) {
		return service.revoke(GlobalId.decode(input.id(), IntegratorToken.TYPE)).map(IntegratorTokenRevoked::new);
	}

	@SchemaMapping(typeName = "IntegratorToken", field = "id")
	String id(IntegratorToken token) {
		return token.globalId();
	}

	@SchemaMapping(typeName = "IntegratorToken", field = "expiresAt")
	OffsetDateTime expiresAt(IntegratorToken token) {
		return IntegratorToken.utc(token.expiresAt());
	}

	@SchemaMapping(typeName = "IntegratorToken", field = "createdAt")
	OffsetDateTime createdAt(IntegratorToken token) {
		return IntegratorToken.utc(token.createdAt());
	}

	@SchemaMapping(typeName = "IntegratorToken", field = "revokedAt")
	OffsetDateTime revokedAt(IntegratorToken token) {
		return IntegratorToken.utc(token.revokedAt());
	}

	@SchemaMapping(typeName = "IntegratorToken", field = "lastUsedAt")
	OffsetDateTime lastUsedAt(IntegratorToken token) {
		return IntegratorToken.utc(token.lastUsedAt());
	}

	@SchemaMapping(typeName = "IntegratorToken", field = "active")
	boolean active(IntegratorToken token) {
		return token.activeAt(service.now());
	}

	record IntegratorTokenCreated(IntegratorToken token, String secret) {
	}

	record IntegratorTokenRevoked(IntegratorToken token) {
	}

	record IdempotencyKeyReused(String code, String message) {
	}

}
