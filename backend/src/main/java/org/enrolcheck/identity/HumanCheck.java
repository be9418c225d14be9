package org.enrolcheck.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.altcha.altcha.Altcha;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The human check before any SMS: an ALTCHA proof-of-work. The client (the ALTCHA widget) finds the
 * secret number behind a signed SHA-256 challenge and sends back the base64 payload; a solution
 * buys one SMS, so its signature is spent in PostgreSQL. The HMAC key derives from the data key,
 * so every replica signs and verifies alike.
 */
@Component
class HumanCheck {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final IdentityProperties properties;

	private final DatabaseClient db;

	private final String hmacKey;

	HumanCheck(IdentityProperties properties, DatabaseClient db, PersonalDataCipher cipher) {
		this.properties = properties;
		this.db = db;
		this.hmacKey = HexFormat.of().formatHex(cipher.blindIndex("altcha.hmac-key", "v1"));
	}

	/** A new challenge as the widget's {@code challengeurl} answers it (JSON). */
	String challenge() {
		try {
			Altcha.ChallengeOptions options = new Altcha.ChallengeOptions().setAlgorithm(Altcha.Algorithm.SHA256)
				.setMaxNumber(properties.altchaMaxNumber())
				.setSecureRandomNumber(true)
				.setHmacKey(hmacKey)
				.setExpiresInSeconds(properties.altchaExpiry().toSeconds());
			Altcha.Challenge challenge = Altcha.createChallenge(options);
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("algorithm", challenge.algorithm);
			fields.put("challenge", challenge.challenge);
			fields.put("maxnumber", challenge.maxnumber);
			fields.put("salt", challenge.salt);
			fields.put("signature", challenge.signature);
			return json.writeValueAsString(fields);
		}
		catch (Exception ex) {
			throw new IllegalStateException("ALTCHA challenge could not be created", ex);
		}
	}

	enum Verdict {
		PASSED, FAILED, REPLAYED
	}

	/** Checks a solution and spends it; run inside the SMS request's transaction. */
	Mono<Verdict> spend(String payload) {
		return Mono.fromCallable(() -> verified(payload))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap(signature -> signature.isEmpty() ? Mono.just(Verdict.FAILED)
					: db.sql("INSERT INTO altcha_spent (signature) VALUES (:signature) ON CONFLICT DO NOTHING")
						.bind("signature", signature)
						.fetch().rowsUpdated()
						.map(inserted -> inserted > 0 ? Verdict.PASSED : Verdict.REPLAYED));
	}

	/** The challenge's signature when the solution holds and has not expired; empty otherwise. */
	private String verified(String base64) {
		if (base64.isBlank() || base64.length() > 2000) {
			return "";
		}
		try {
			JsonNode fields = json.readTree(new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8));
			Altcha.Payload payload = new Altcha.Payload();
			payload.algorithm = fields.path("algorithm").asString();
			payload.challenge = fields.path("challenge").asString();
			payload.number = fields.path("number").asLong();
			payload.salt = fields.path("salt").asString();
			payload.signature = fields.path("signature").asString();
			return Altcha.verifySolution(payload, hmacKey, true) ? payload.signature : "";
		}
		catch (Exception malformed) {
			return "";
		}
	}

}
