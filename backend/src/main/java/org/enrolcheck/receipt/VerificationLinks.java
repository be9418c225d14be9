package org.enrolcheck.receipt;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public page a code opens, {@code <origin>/verify/<code>}: the origin is ENROLCHECK_PUBLIC_URL
 * when set (behind a proxy the server cannot see the public host), else the one the client called.
 */
@Component
class VerificationLinks {

	private final String publicUrl;

	VerificationLinks(@Value("${enrolcheck.public-url:}") String publicUrl) {
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	String pageUrl(@Nullable String requestOrigin, String groupedCode) {
		String origin = !publicUrl.isEmpty() || requestOrigin == null ? publicUrl : requestOrigin;
		return origin + "/verify/" + groupedCode;
	}

	/** The QR image of the page, relative to the API's origin. */
	static String qrPath(String groupedCode) {
		return "/api/verify/" + groupedCode + ".svg";
	}

}
