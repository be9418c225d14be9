package org.enrolcheck.security;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import reactor.core.publisher.Flux;

/**
 * Only what is explicitly public is reachable anonymously: the SPA's files and routes, the GraphQL
 * endpoint (each field then checks the caller), the SDL, GraphiQL, health probes and the JWKS.
 * Everything under {@code /api} needs a token; anything else is denied.
 */
@Configuration(proxyBeanMethods = false)
@EnableReactiveMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, BearerAuthentication bearer) {
		return http
			// Bearer tokens, not cookies, authorise API calls, so there is no ambient credential to forge.
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			// Stateless: every request carries its token. The stock session-backed context and request
			// cache also made the server drop a WebSocket's first frame now and then (connection_init
			// sent the instant the socket opens never got its ack).
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.authorizeExchange(exchanges -> exchanges
				.pathMatchers("/graphql", "/graphql/schema", "/graphiql", "/graphiql/**", "/.well-known/jwks.json",
						"/actuator/health", "/actuator/health/**")
				.permitAll()
				// the refresh cookie, not a bearer token, authenticates these two (accounts feature)
				.pathMatchers(HttpMethod.POST, "/api/auth/refresh", "/api/auth/logout")
				.permitAll()
				// QR codes of public verification pages (receipts feature): they look nothing up
				.pathMatchers(HttpMethod.GET, "/api/verify/**")
				.permitAll()
				.pathMatchers("/api/**")
				.authenticated()
				.matchers(spaPages())
				.permitAll()
				.anyExchange()
				.denyAll())
			// our JWTs, an external OIDC issuer's JWTs, and integrators' ecp_ tokens (BearerAuthentication)
			.oauth2ResourceServer(server -> server.authenticationManagerResolver(bearer))
			.build();
	}

	@Bean
	ReactiveJwtDecoder jwtDecoder(SigningKeys keys, SecurityProperties properties, Clock clock) {
		// Every unretired key verifies (matched by kid), so tokens signed before a rotation stay valid.
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
			.withJwkSource(jwt -> Flux.fromIterable(keys.publicJwks().getKeys()))
			.build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(TokenIssuer.ISSUER)));
		SecurityProperties.TokenCache cache = properties.tokenCache();
		return cache.enabled() ? new VerifiedTokenCache(decoder, clock, cache.maxEntries(), cache.maxAge()) : decoder;
	}

	/** GETs of the single-page app: its files and its client-side routes (deep links). */
	private static ServerWebExchangeMatcher spaPages() {
		return exchange -> {
			String path = exchange.getRequest().getPath().pathWithinApplication().value();
			boolean page = exchange.getRequest().getMethod() == HttpMethod.GET && !path.startsWith("/api/")
					&& !path.startsWith("/actuator");
			return page ? MatchResult.match() : MatchResult.notMatch();
		};
	}

}
