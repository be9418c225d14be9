package org.enrolcheck.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.enrolcheck.integrator.Calls;
import org.enrolcheck.integrator.Calls.Answer;
import org.enrolcheck.integrator.TestTotp;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff member enrols an authenticator app and from then on signs in with password and code: a
 * missing, wrong or reused code does not sign in.
 */
@EnrolCheckTest
class TotpLoginTests {

	static final String START = """
			mutation { startTotpEnrolment {
			  __typename ... on TotpEnrolmentStarted { secret otpauthUri } ... on ValidationFailed { fieldErrors { code } }
			} }""";

	static final String CONFIRM = """
			mutation($code: String!) { confirmTotpEnrolment(input: { code: $code }) {
			  __typename ... on TotpEnrolled { enabled } ... on ValidationFailed { fieldErrors { code message } }
			} }""";

	@Autowired
	WebTestClient http;

	@Autowired
	DatabaseClient db;

	@Autowired
	TestTokens tokens;

	@Test
	void enrolmentThenSignInNeedsAFreshCodeEveryTime() {
		Calls calls = new Calls(http);
		String analyst = calls.signIn("analyst", Calls.DEMO_PASSWORD);
		Answer started = calls.post(analyst, START).ok();
		String secret = started.at("startTotpEnrolment.secret");
		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat((String) started.at("startTotpEnrolment.otpauthUri"))
			.startsWith("otpauth://totp/EnrolCheck:analyst?secret=" + secret + "&issuer=EnrolCheck");

		// not active until confirmed: the password alone still signs in
		calls.signIn("analyst", Calls.DEMO_PASSWORD);
		long step = TestTotp.step();
		String wrong = TestTotp.code(secret, step).equals("000000") ? "111111" : "000000";
		assertThat(calls.post(analyst, CONFIRM, Map.of("code", wrong)).ok()
			.<String>at("confirmTotpEnrolment.fieldErrors.0.code")).isEqualTo("TOTP_INVALID");
		assertThat((Boolean) calls.post(analyst, CONFIRM, Map.of("code", TestTotp.code(secret, step))).ok()
			.at("confirmTotpEnrolment.enabled")).isTrue();

		// the secret is encrypted at rest
		byte[] stored = db.sql("SELECT secret_cipher FROM staff_totp t JOIN account a ON a.id = t.account_id WHERE a.username = 'analyst'")
			.map(row -> row.get(0, byte[].class)).one().block();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
		assertThat(indexOf(stored, decodeBase32(secret))).isEqualTo(-1);

		long sessions = sessions();
		assertCode(calls.login("analyst", Calls.DEMO_PASSWORD, null), "LoginTotpRequired", "TOTP_REQUIRED");
		assertCode(calls.login("analyst", Calls.DEMO_PASSWORD, wrong), "LoginTotpRequired", "TOTP_INVALID");
		// the code that confirmed the enrolment was spent: replaying it within its window fails
		assertCode(calls.login("analyst", Calls.DEMO_PASSWORD, TestTotp.code(secret, step)), "LoginTotpRequired", "TOTP_INVALID");
		assertThat(sessions()).isEqualTo(sessions);

		String next = TestTotp.code(secret, step + 1);
		Answer signedIn = calls.login("analyst", Calls.DEMO_PASSWORD, next).ok();
		assertThat((String) signedIn.at("login.__typename")).isEqualTo("LoginSuccess");
		assertThat(sessions()).isEqualTo(sessions + 1);
		assertCode(calls.login("analyst", Calls.DEMO_PASSWORD, next), "LoginTotpRequired", "TOTP_INVALID");
		// a right code never rescues a wrong password, and says nothing about the code
		assertCode(calls.login("analyst", "Wrong#Pass1", TestTotp.code(secret, step + 1)), "LoginFailed", "LOGIN_FAILED");

		assertThat(calls.post("Bearer " + signedIn.at("login.accessToken"), START).ok()
			.<String>at("startTotpEnrolment.fieldErrors.0.code")).isEqualTo("TOTP_ALREADY_ENROLLED");
		assertThat(db.sql("SELECT count(*) FROM audit_event WHERE action = 'account.totp.enrol'")
			.map(row -> row.get(0, Long.class)).one().block()).isEqualTo(1L);

		// a lost phone: only a registrar of the institution removes it, with a reason; then the password suffices
		String analystId = (String) calls.post("Bearer " + signedIn.at("login.accessToken"), "{ me { id } }").ok().at("me.id");
		String reset = """
				mutation($id: ID!, $reason: String!) { resetStaffTotp(input: { accountId: $id, reason: $reason }) {
				  __typename ... on StaffTotpReset { removed } ... on ValidationFailed { fieldErrors { code } }
				} }""";
		long institution = db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class)).one().block();
		assertThat(calls.post(tokens.staff(Role.SUPPORT, institution, java.util.List.of(), java.util.List.of()), reset,
				Map.of("id", analystId, "reason", "手机丢失")).errorCodes()).containsExactly("FORBIDDEN");
		String registrar = calls.signIn("registrar", Calls.DEMO_PASSWORD);
		assertThat(calls.post(registrar, reset, Map.of("id", analystId, "reason", "x")).ok()
			.<String>at("resetStaffTotp.fieldErrors.0.code")).isEqualTo("REASON_REQUIRED");
		assertCode(calls.login("analyst", Calls.DEMO_PASSWORD, null), "LoginTotpRequired", "TOTP_REQUIRED");
		assertThat((Boolean) calls.post(registrar, reset, Map.of("id", analystId, "reason", "手机丢失")).ok()
			.at("resetStaffTotp.removed")).isTrue();
		assertThat((String) calls.login("analyst", Calls.DEMO_PASSWORD, null).ok().at("login.__typename")).isEqualTo("LoginSuccess");
		assertThat(db.sql("SELECT reason FROM audit_event WHERE action = 'account.totp.reset'")
			.map(row -> row.get(0, String.class)).one().block()).isEqualTo("手机丢失");
	}

	@Test
	void accountsWithoutTotpSignInWithThePasswordAlone() {
		Calls calls = new Calls(http);
		assertThat((String) calls.login("counsellor", Calls.DEMO_PASSWORD, null).ok().at("login.__typename"))
			.isEqualTo("LoginSuccess");
		// a code sent by an account without TOTP is ignored
		assertThat((String) calls.login("counsellor", Calls.DEMO_PASSWORD, "123456").ok().at("login.__typename"))
			.isEqualTo("LoginSuccess");
	}

	private long sessions() {
		return db.sql("SELECT count(*) FROM account_session s JOIN account a ON a.id = s.account_id WHERE a.username = 'analyst'")
			.map(row -> row.get(0, Long.class)).one().block();
	}

	static void assertCode(Answer login, String typename, String code) {
		login.ok();
		assertThat((String) login.at("login.__typename")).isEqualTo(typename);
		assertThat((String) login.at("login.code")).isEqualTo(code);
		assertThat((String) login.at("login.message")).isNotBlank();
	}

	static byte[] decodeBase32(String base32) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		byte[] out = new byte[base32.length() * 5 / 8];
		long buffer = 0;
		int bits = 0;
		int at = 0;
		for (char c : base32.toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				out[at++] = (byte) (buffer >> (bits - 8));
				bits -= 8;
			}
		}
		return out;
	}

	static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
