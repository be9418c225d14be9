package org.enrolcheck.security;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * The RS256 keys that sign the application's JWTs. They live in PostgreSQL so every replica signs
 * and verifies with the same keys; the newest unretired key signs, all unretired keys verify, which
 * is what makes rotation possible. The first start creates one ({@code ON CONFLICT} keeps two
 * replicas starting together from making two).
 */
@Component
public class SigningKeys {

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);

	private final List<RSAKey> keys;

	SigningKeys(DatabaseClient db) {
		List<RSAKey> loaded = load(db);
		if (loaded.isEmpty()) {
			KeyPair pair = generate();
			db.sql("INSERT INTO signing_key (kid, public_key, private_key) VALUES (:kid, :pub, :priv) ON CONFLICT DO NOTHING")
				.bind("kid", "k-" + UUID.randomUUID())
				.bind("pub", pair.getPublic().getEncoded())
				.bind("priv", pair.getPrivate().getEncoded())
				.then()
				.block(STARTUP_TIMEOUT);
			loaded = load(db);
		}
		this.keys = loaded;
	}

	/** The key that signs new tokens. */
	public RSAKey current() {
		return keys.getFirst();
	}

	/** The public halves, as published at {@code /.well-known/jwks.json}. */
	public JWKSet publicJwks() {
		return new JWKSet(keys.stream().map(key -> (com.nimbusds.jose.jwk.JWK) key.toPublicJWK()).toList());
	}

	private static List<RSAKey> load(DatabaseClient db) {
		return db.sql("SELECT kid, public_key, private_key FROM signing_key WHERE retired_at IS NULL ORDER BY created_at DESC, kid")
			.map((row, meta) -> toJwk(row.get("kid", String.class), row.get("public_key", byte[].class),
					row.get("private_key", byte[].class)))
			.all()
			.collectList()
			.block(STARTUP_TIMEOUT);
	}

	private static RSAKey toJwk(String kid, byte[] publicKey, byte[] privateKey) {
		try {
			KeyFactory rsa = KeyFactory.getInstance("RSA");
			return new RSAKey.Builder((RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(publicKey)))
				.privateKey((RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(privateKey)))
				.keyID(kid)
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.build();
		}
		catch (NoSuchAlgorithmException | InvalidKeySpecException ex) {
			throw new IllegalStateException("A stored signing key cannot be read: " + kid, ex);
		}
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
