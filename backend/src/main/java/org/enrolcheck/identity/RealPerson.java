package org.enrolcheck.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

import org.enrolcheck.account.AccountSessions;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * REAL_PERSON through the {@link FaceVerificationProvider} port. Offered only when a provider bean
 * exists; otherwise both steps answer REAL_PERSON_UNAVAILABLE. Only a hash of the provider's token is
 * kept, and a verdict is asked of the provider itself, never taken from the client.
 */
@Service
class RealPerson {

	record StartRealPersonVerificationInput(String returnUrl) {
	}

	record RealPersonVerificationStarted(String verificationUrl, String verificationToken) {
	}

	record CompleteRealPersonVerificationInput(String verificationToken) {
	}

	private record Claim(long disputeId, String name, String idType, byte[] idNumber) {
	}

	private final ObjectProvider<FaceVerificationProvider> providers;

	private final DatabaseClient db;

	private final AccountSessions sessions;

	private final IdentityDisputes disputes;

	private final PersonalDataCipher cipher;

	private final TransactionalOperator transaction;

	RealPerson(ObjectProvider<FaceVerificationProvider> providers, DatabaseClient db, AccountSessions sessions,
			IdentityDisputes disputes, PersonalDataCipher cipher, TransactionalOperator transaction) {
		this.providers = providers;
		this.db = db;
		this.sessions = sessions;
		this.disputes = disputes;
		this.cipher = cipher;
		this.transaction = transaction;
	}

	boolean available() {
		return providers.getIfUnique() != null;
	}

	/** RealPersonVerificationStarted or DisputeStepRefused. */
	Mono<Object> start(StartRealPersonVerificationInput input, Locale locale) {
		return caller().flatMap(claimant -> {
			FaceVerificationProvider provider = providers.getIfUnique();
			if (provider == null) {
				return Mono.just(unavailable(locale));
			}
			return db.sql("""
					SELECT d.id, a.display_name, d.id_type, d.id_number_cipher FROM identity_dispute d
					JOIN account a ON a.id = d.claimant_id WHERE d.claimant_id = :claimant AND d.state = 'OPEN'""")
				.bind("claimant", claimant)
				.map(row -> new Claim(row.get("id", Long.class), row.get("display_name", String.class),
						row.get("id_type", String.class), row.get("id_number_cipher", byte[].class)))
				.one()
				.flatMap(claim -> provider.start(claim.name(), claim.idType(),
						cipher.decryptText(Identities.ID_NUMBER_CIPHER, claim.idNumber()), input.returnUrl())
					.flatMap(session -> db.sql("INSERT INTO real_person_check (dispute_id, token_hash) VALUES (:dispute, :hash)")
						.bind("dispute", claim.disputeId()).bind("hash", hash(session.token())).then()
						.thenReturn((Object) new RealPersonVerificationStarted(session.verificationUrl(), session.token()))))
				.defaultIfEmpty(DisputeStepRefused.noOpenDispute(locale));
		});
	}

	/** IdentityDisputeResolved or DisputeStepRefused. */
	Mono<Object> complete(CompleteRealPersonVerificationInput input, Locale locale) {
		return caller().flatMap(claimant -> {
			FaceVerificationProvider provider = providers.getIfUnique();
			if (provider == null) {
				return Mono.just(unavailable(locale));
			}
			return db.sql("""
					SELECT d.id, d.holder_id FROM real_person_check c JOIN identity_dispute d ON d.id = c.dispute_id
					WHERE c.token_hash = :hash AND c.completed_at IS NULL AND d.claimant_id = :claimant AND d.state = 'OPEN'
					FOR UPDATE OF c, d""")
				.bind("hash", hash(input.verificationToken())).bind("claimant", claimant)
				.map(row -> new long[] { row.get("id", Long.class), row.get("holder_id", Long.class) })
				.one()
				.flatMap(open -> provider.passed(input.verificationToken()).flatMap(passed -> !passed
						? Mono.just((Object) DisputeStepRefused.of("REAL_PERSON_NOT_PASSED", "人脸核身未通过，可重新核身或选择其他核验方式。",
								"The face verification did not pass; try again or choose another way.", locale))
						: db.sql("UPDATE real_person_check SET completed_at = now() WHERE token_hash = :hash")
							.bind("hash", hash(input.verificationToken())).then()
							.then(disputes.resolve(open[0], open[1], "REAL_PERSON", GlobalId.encode("Account", claimant)))
							.then(sessions.callerAccount())
							.map(account -> (Object) new IdentityDisputes.IdentityDisputeResolved(account))))
				.defaultIfEmpty(DisputeStepRefused.noOpenDispute(locale))
				.as(transaction::transactional);
		});
	}

	static DisputeStepRefused unavailable(@Nullable Locale locale) {
		return DisputeStepRefused.of("REAL_PERSON_UNAVAILABLE", "本平台未接入人脸核身服务，请选择其他核验方式。",
				"Face verification is not available here; choose another way.", locale);
	}

	private Mono<Long> caller() {
		return sessions.callerAccountId().switchIfEmpty(Mono.error(new ApiException(ErrorCode.UNAUTHENTICATED)));
	}

	private static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
