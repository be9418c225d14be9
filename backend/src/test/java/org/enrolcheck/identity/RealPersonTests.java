package org.enrolcheck.identity;

import java.util.Map;

import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.ResidentIds;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** REAL_PERSON without a provider: not offered, and both steps say so with a stable code. */
@EnrolCheckTest
@TestPropertySource(properties = "enrolcheck.identity.altcha-max-number=2000")
class RealPersonTests extends DisputeTestSupport {

	@Test
	void withoutAProviderFaceVerificationIsUnavailable() {
		String claimant = claim("13812150001", "13812150002", "韩梅梅", ResidentIds.person(501)[0]);
		assertThat(dispute(claimant)).extractingByKey("methods").asList().doesNotContain("REAL_PERSON");
		assertThat(client.call("disputesStartRealPerson", "startRealPersonVerification",
				Map.of("input", Map.of("returnUrl", "https://enrolcheck.example/dispute")), claimant).field())
			.containsEntry("__typename", "DisputeStepRefused").containsEntry("code", "REAL_PERSON_UNAVAILABLE");
		assertThat(client.call("disputesCompleteRealPerson", "completeRealPersonVerification",
				Map.of("input", Map.of("verificationToken", "anything")), claimant).get("code"))
			.isEqualTo("REAL_PERSON_UNAVAILABLE");
		assertThat(dispute(claimant)).containsEntry("state", "OPEN");
	}

}
