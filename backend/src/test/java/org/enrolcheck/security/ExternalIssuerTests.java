package org.enrolcheck.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.enrolcheck.integrator.Calls;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campus single sign-on: with enrolcheck.security.oidc.issuer-uri set, JWTs of that issuer are
 * accepted besides the application's own, their roles claim mapped to staff roles and their
 * institution claim to the institution. The issuer here is the test itself: a discovery document
 * and a JWKS served on a random loopback port, and tokens signed with a test RSA key.
 */
@EnrolCheckTest
class ExternalIssuerTests {

	static final RSAKey SSO_KEY = rsa("sso-1");

	static final RSAKey STRANGER_KEY = rsa("sso-1");

	static final HttpServer ISSUER = start();

	static final String ISSUER_URI = "http://127.0.0.1:" + ISSUER.getAddress().getPort() + "/sso";

	@DynamicPropertySource
	static void sso(DynamicPropertyRegistry properties) {
		properties.add("enrolcheck.security.oidc.issuer-uri", () -> ISSUER_URI);
		properties.add("enrolcheck.security.oidc.roles-claim", () -> "groups");
		properties.add("enrolcheck.security.oidc.institution-claim", () -> "school");
		properties.add("enrolcheck.security.oidc.role-mapping.xjk-staff", () -> "REGISTRAR");
		properties.add("enrolcheck.security.oidc.role-mapping.student-portal", () -> "STUDENT");
	}

	@AfterAll
	static void stop() {
		ISSUER.stop(0);
	}

	static final String RECORDS = "{ records(first: 20) { edges { node { name idNumber } } } }";

	@Autowired
	WebTestClient http;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	TestTokens tokens;

	@Autowired
	DatabaseClient db;

	@Test
	void aMappedSsoRoleReadsItsInstitutionsRecordsAndOurOwnTokensStillWork() {
		fixtures.addRecords("2025010101", 2);
		Calls calls = new Calls(http);
		String sso = bearer(SSO_KEY, claims -> claims.claim("groups", List.of("xjk-staff", "library")).claim("school", "10635"));
		assertThat(calls.post(sso, RECORDS).ok().<List<?>>at("records.edges")).hasSize(2);
		assertThat(calls.post(sso, "{ staffAccounts(first: 1) { edges { node { username } } } }").ok()
			.<String>at("staffAccounts.edges.0.node.username")).isEqualTo("registrar");
		// a role name equal to a staff role maps without an entry; a space-separated claim works too
		String direct = bearer(SSO_KEY, claims -> claims.claim("groups", "ANALYST REGISTRAR").claim("school", "10635"));
		assertThat(calls.post(direct, RECORDS).ok().<List<?>>at("records.edges")).hasSize(2);
		// an SSO sign-in has no account session of ours
		assertThat(calls.post(sso, "mutation { startTotpEnrolment { __typename } }").errorCodes())
			.containsExactly("UNAUTHENTICATED");

		long institution = db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class)).one().block();
		assertThat(calls.post(tokens.staff(Role.REGISTRAR, institution, List.of(), List.of()), RECORDS).ok()
			.<List<?>>at("records.edges")).hasSize(2);
	}

	@Test
	void ssoNeverGrantsStudentOrIntegratorAndNeedsAKnownInstitution() {
		Calls calls = new Calls(http);
		String student = bearer(SSO_KEY, claims -> claims.claim("groups", List.of("student-portal", "STUDENT", "INTEGRATOR"))
			.claim("school", "10635"));
		assertThat(calls.post(student, RECORDS).errorCodes()).containsExactly("UNAUTHENTICATED");
		String noSchool = bearer(SSO_KEY, claims -> claims.claim("groups", List.of("xjk-staff")));
		assertThat(calls.post(noSchool, RECORDS).errorCodes()).containsExactly("UNAUTHENTICATED");
		String unknownSchool = bearer(SSO_KEY, claims -> claims.claim("groups", List.of("xjk-staff")).claim("school", "99999"));
		assertThat(calls.post(unknownSchool, RECORDS).errorCodes()).containsExactly("UNAUTHENTICATED");
	}

	@Test
	void forgedExpiredOrForeignTokensAreRefused() {
		Calls calls = new Calls(http);
		// same kid and issuer, another key: the signature does not verify against the issuer's JWKS
		String forged = bearer(STRANGER_KEY, claims -> claims.claim("groups", List.of("xjk-staff")).claim("school", "10635"));
		assertThat(calls.post(forged, RECORDS).status()).isEqualTo(HttpStatus.UNAUTHORIZED);
		String expired = bearer(SSO_KEY, claims -> claims.claim("groups", List.of("xjk-staff")).claim("school", "10635")
			.issueTime(Date.from(Instant.now().minusSeconds(3600))).expirationTime(Date.from(Instant.now().minusSeconds(600))));
		assertThat(calls.post(expired, RECORDS).status()).isEqualTo(HttpStatus.UNAUTHORIZED);
		String foreign = bearer(SSO_KEY, claims -> claims.issuer("http://127.0.0.1:1/elsewhere")
			.claim("groups", List.of("xjk-staff")).claim("school", "10635"));
		assertThat(calls.post(foreign, RECORDS).status()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	static String bearer(RSAKey key, Consumer<JWTClaimsSet.Builder> claims) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(ISSUER_URI)
			.subject("t20250001")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(600)));
		claims.accept(builder);
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), builder.build());
			jwt.sign(new RSASSASigner(key));
			return "Bearer " + jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey rsa(String kid) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			var pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate()).keyID(kid).build();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The test issuer: its OpenID discovery document and its public keys. */
	private static HttpServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/sso";
			serve(server, "/sso/.well-known/openid-configuration", """
					{"issuer":"%s","jwks_uri":"%s/jwks","id_token_signing_alg_values_supported":["RS256"],
					 "subject_types_supported":["public"],"response_types_supported":["code"]}""".formatted(base, base));
			serve(server, "/sso/jwks", new JWKSet(SSO_KEY.toPublicJWK()).toString());
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void serve(HttpServer server, String path, String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		server.createContext(path, exchange -> {
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
	}

}
