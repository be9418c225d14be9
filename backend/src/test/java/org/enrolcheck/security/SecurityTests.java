package org.enrolcheck.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Only what is explicitly public is reachable without a token; tokens are the application's own. */
@EnrolCheckTest
class SecurityTests {

	@Autowired
	WebTestClient http;

	@Autowired
	TestTokens tokens;

	@Autowired
	TokenIssuer issuer;

	@Autowired
	DatabaseClient db;

	@Test
	void publicEndpointsAnswerWithoutAToken() {
		http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("UP");
		http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		http.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk();
		graphQl(null).expectStatus().isOk().expectBody().jsonPath("$.data.__typename").isEqualTo("Query");
	}

	@Test
	void everythingElseNeedsATokenOrIsDenied() {
		http.get().uri("/api/uploads/1").exchange().expectStatus().isUnauthorized();
		http.post().uri("/api/uploads").exchange().expectStatus().isUnauthorized();
		http.get().uri("/actuator/env").exchange().expectStatus().isUnauthorized();
		http.get().uri("/actuator/heapdump").exchange().expectStatus().isUnauthorized();
		http.delete().uri("/graphql/schema").exchange().expectStatus().is4xxClientError();
	}

	@Test
	void aValidTokenIsAcceptedAndAForgedOrForeignOneIsRejected() {
		String bearer = tokens.bearer("staff-1", Role.REGISTRAR);
		graphQl(bearer).expectStatus().isOk();
		String tampered = bearer.substring(0, bearer.length() - 4) + (bearer.endsWith("AAAA") ? "BBBB" : "AAAA");
		graphQl(tampered).expectStatus().isUnauthorized();
		graphQl("Bearer not-a-jwt").expectStatus().isUnauthorized();
	}

	@Test
	void tokensLiveFifteenMinutesAndCarryRolesAndAKeyId() throws Exception {
		String token = issuer.accessToken("student-7", List.of(Role.STUDENT), Map.of("inst", "10635"));
		SignedJWT jwt = SignedJWT.parse(token);
		Instant issued = jwt.getJWTClaimsSet().getIssueTime().toInstant();
		Instant expires = jwt.getJWTClaimsSet().getExpirationTime().toInstant();
		assertThat(expires).isEqualTo(issued.plusSeconds(15 * 60));
		assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("STUDENT");
		assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("enrolcheck");
		assertThat(jwt.getHeader().getKeyID()).isNotBlank();
	}

	@Test
	void thePublishedJwksVerifiesIssuedTokensAndHoldsNoPrivatePart() throws Exception {
		String json = http.get().uri("/.well-known/jwks.json").exchange().expectBody(String.class).returnResult()
			.getResponseBody();
		JWKSet published = JWKSet.parse(json);
		SignedJWT jwt = SignedJWT.parse(issuer.accessToken("x", List.of(Role.ANALYST), Map.of()));
		RSAKey key = (RSAKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());
		assertThat(key).isNotNull();
		assertThat(key.isPrivate()).isFalse();
		assertThat(json).doesNotContain("\"d\"");
		assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
	}

	@Test
	void theSigningKeyIsStoredOnceAndReusedByTheNextStart() {
		Long keys = db.sql("SELECT count(*) FROM signing_key").map(row -> row.get(0, Long.class)).one().block();
		assertThat(keys).isEqualTo(1);
		SigningKeys again = new SigningKeys(db);
		assertThat(again.current().getKeyID()).isEqualTo(issuer.currentKeyId());
	}

	private WebTestClient.ResponseSpec graphQl(String bearer) {
		var request = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON);
		if (bearer != null) {
			request = request.header("Authorization", bearer);
		}
		return request.bodyValue(Map.of("query", "{ __typename }")).exchange();
	}

}
