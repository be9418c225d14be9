package org.enrolcheck.identity;

import java.util.List;
import java.util.Map;

import org.enrolcheck.identity.IdentityClient.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** Disputes as a user makes them: someone registered with another's ID number, who then claims it. */
abstract class DisputeTestSupport extends IdentityTestSupport {

	/** Registers the squatter (holder) and the claimant of {@code idNumber}; the claimant's bearer. */
	String claim(String holderPhone, String claimantPhone, String name, String idNumber) {
		client.register(holderPhone, name.substring(0, name.length() - 1), idNumber);
		client.requestCode(claimantPhone, "REGISTER");
		Map<String, Object> input = IdentityClient.registration(claimantPhone, client.lastCode(claimantPhone), name, idNumber);
		input.put("claimIdentity", true);
		Response claimant = client.call("identityRegister", "register", Map.of("input", input));
		assertThat(claimant.typename()).isEqualTo("RegisterSuccess");
		return IdentityClient.bearer(claimant);
	}

	Response me(String bearer) {
		return client.call("disputesMe", "me", Map.of(), bearer);
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> dispute(String bearer) {
		return (Map<String, Object>) me(bearer).get("identityDispute");
	}

	/** Topics and subject ids of the account's inbox, newest first. */
	@SuppressWarnings("unchecked")
	List<Map<String, Object>> inbox(String bearer) {
		Map<String, Object> inbox = (Map<String, Object>) me(bearer).get("inbox");
		return ((List<Map<String, Object>>) inbox.get("edges")).stream().map(edge -> (Map<String, Object>) edge.get("node")).toList();
	}

	String login(String identifier) {
		return client.call("accountLogin", "login",
				Map.of("input", Map.of("identifier", identifier, "password", IdentityClient.PASSWORD))).typename();
	}

	String accountState(String maskedPhone) {
		return db.sql("SELECT state FROM account WHERE phone_masked = :phone").bind("phone", maskedPhone)
			.map(row -> row.get(0, String.class)).one().block();
	}

}
