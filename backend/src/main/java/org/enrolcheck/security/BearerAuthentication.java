package org.enrolcheck.security;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.ReactiveAuthenticationManagerResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerReactiveAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Which check a bearer token gets. An {@code ecp_…} API token (integrators) is looked up by its hash
 * and is accepted on {@code /graphql} only; it is never handed to the JWT parser. Every other token is
 * a JWT: the application's own ({@code iss = enrolcheck}), or, when
 * {@code enrolcheck.security.oidc.issuer-uri} is set, one of that external issuer, picked by the
 * token's {@code iss} ({@link JwtIssuerReactiveAuthenticationManagerResolver}), each verified with
 * its own issuer's keys.
 */
@Component
public class BearerAuthentication implements ReactiveAuthenticationManagerResolver<ServerWebExchange> {

	private final ReactiveAuthenticationManager jwts;

	private final ObjectProvider<ApiTokenVerifier> apiTokens;

	BearerAuthentication(ReactiveJwtDecoder jwtDecoder, SecurityProperties properties, DatabaseClient db,
			ObjectProvider<ApiTokenVerifier> apiTokens) {
		this.apiTokens = apiTokens;
		JwtReactiveAuthenticationManager own = new JwtReactiveAuthenticationManager(jwtDecoder);
		own.setJwtAuthenticationConverter(new RoleClaims());
		SecurityProperties.Oidc oidc = properties.oidc();
		if (!oidc.enabled()) {
			this.jwts = own;
			return;
		}
		String external = oidc.issuerUri().strip();
		// discovery (and the JWKS) are fetched on first use, over WebClient, not at start-up
		NimbusReactiveJwtDecoder externalDecoder = NimbusReactiveJwtDecoder.withIssuerLocation(external).build();
		externalDecoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(external));
		JwtReactiveAuthenticationManager sso = new JwtReactiveAuthenticationManager(externalDecoder);
		sso.setJwtAuthenticationConverter(new ExternalClaims(oidc, db));
		List<String> trusted = List.of(TokenIssuer.ISSUER, external);
		JwtIssuerReactiveAuthenticationManagerResolver byIssuer = new JwtIssuerReactiveAuthenticationManagerResolver(
				issuer -> !trusted.contains(issuer) ? Mono.empty()
						: Mono.just(issuer.equals(TokenIssuer.ISSUER) ? own : sso));
		// the resolver picks by the token's iss, not by the request: one manager serves every exchange
		this.jwts = byIssuer.resolve(null).block();
	}

	@Override
	public Mono<ReactiveAuthenticationManager> resolve(ServerWebExchange exchange) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		return Mono.just(path.equals("/graphql") ? this::graphQl : jwts);
	}

	/** The check of a token arriving on /graphql, over HTTP or in a WebSocket's connection_init. */
	public Mono<Authentication> graphQl(Authentication authentication) {
		if (authentication instanceof BearerTokenAuthenticationToken bearer
				&& bearer.getToken().startsWith(ApiTokenVerifier.PREFIX)) {
			ApiTokenVerifier verifier = apiTokens.getIfAvailable();
			return verifier == null ? Mono.error(new InvalidBearerTokenException("API tokens are not accepted"))
					: verifier.verify(bearer.getToken())
						.switchIfEmpty(Mono.error(() -> new InvalidBearerTokenException("The API token is not valid")));
		}
		return jwts.authenticate(authentication);
	}

}
