package org.enrolcheck.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Issues the application's access tokens (RS256, signed by {@link SigningKeys#current()}). Access
 * tokens are short-lived; refresh happens through a rotating cookie (accounts feature).
 */
@Component
public class TokenIssuer {

	public static final String ISSUER = "enrolcheck";

	public static final Duration ACCESS_TOKEN_TTL = Duration.ofMinutes(15);

	private final SigningKeys keys;

	private final NimbusJwtEncoder encoder;

	private final Clock clock;

	TokenIssuer(SigningKeys keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
		this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.current())));
	}

	/** The key id new tokens are signed with. */
	public String currentKeyId() {
		return keys.current().getKeyID();
	}

	/** A signed access token for {@code subject} with its roles and any further claims. */
	public String accessToken(String subject, Collection<Role> roles, Map<String, Object> claims) {
		Instant now = clock.instant();
		JwtClaimsSet.Builder set = JwtClaimsSet.builder()
			.issuer(ISSUER)
			.subject(subject)
			.issuedAt(now)
			.expiresAt(now.plus(ACCESS_TOKEN_TTL))
			.claim(RoleClaims.ROLES, roles.stream().map(Enum::name).toList());
		claims.forEach(set::claim);
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keys.current().getKeyID()).build();
		return encoder.encode(JwtEncoderParameters.from(header, set.build())).getTokenValue();
	}

}
