package org.enrolcheck.receipt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind a proxy the configured public origin wins; otherwise the origin the client called. */
class VerificationLinksTests {

	@Test
	void theConfiguredPublicUrlWinsOverTheRequestsOrigin() {
		assertThat(new VerificationLinks("https://xj.example.edu.cn/").pageUrl("http://10.0.0.5:8080", "ABCD-EFGH-JKMN-PQRS"))
			.isEqualTo("https://xj.example.edu.cn/verify/ABCD-EFGH-JKMN-PQRS");
		assertThat(new VerificationLinks("").pageUrl("http://localhost:8080", "ABCD-EFGH-JKMN-PQRS"))
			.isEqualTo("http://localhost:8080/verify/ABCD-EFGH-JKMN-PQRS");
		assertThat(VerificationLinks.qrPath("ABCD-EFGH-JKMN-PQRS")).isEqualTo("/api/verify/ABCD-EFGH-JKMN-PQRS.svg");
	}

	@Test
	void aQrCodeHoldsExactlyThePageUrl() {
		var matrix = QrCodeController.matrix("https://xj.example.edu.cn/verify/ABCD-EFGH-JKMN-PQRS");
		// a small symbol (at most version 5, 37 modules) plus the 4-module quiet zone on each side: prints small
		assertThat(matrix.getWidth()).isEqualTo(matrix.getHeight()).isLessThanOrEqualTo(45);
	}

}
