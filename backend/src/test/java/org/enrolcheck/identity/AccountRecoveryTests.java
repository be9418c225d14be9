package org.enrolcheck.identity;

import java.util.Map;

import org.enrolcheck.identity.IdentityClient.Response;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Forgotten password by SMS (sessions end, a code works once) and forgotten username by name + ID number. */
@EnrolCheckTest
@TestPropertySource(properties = "enrolcheck.identity.altcha-max-number=2000")
class AccountRecoveryTests extends IdentityTestSupport {

	@Test
	void aCodeToTheAccountsPhoneSetsANewPasswordAndEndsEverySession() {
		Response registered = register("13533330001", "吴一", RecordFixtures.IDS.get(0)[0]);
		String refresh = registered.setCookie().split(";")[0].split("=", 2)[1];
		client.age("sms_request", "requested_at", 61);

		assertThat(client.requestCode("13533330001", "RESET_PASSWORD").typename()).isEqualTo("SmsCodeSent");
		String code = client.lastCode("13533330001");
		Response weak = reset("13533330001", code, "111111");
		assertThat(weak.fieldErrorCodes()).containsExactly("newPassword:PASSWORD_TOO_WEAK");
		Response reset = reset("13533330001", code, "New#Pass2025");
		assertThat(reset.typename()).isEqualTo("ResetPasswordSuccess");
		assertThat(reset.get("sessionsRevoked")).isEqualTo(1);

		// the registration's session is over, the old password too; the new one works
		http.post().uri("/api/auth/refresh").cookie("enrolcheck_refresh", refresh).exchange().expectStatus().isUnauthorized();
		assertThat(login("13533330001", IdentityClient.PASSWORD)).isEqualTo("LoginFailed");
		assertThat(login("13533330001", "New#Pass2025")).isEqualTo("LoginSuccess");
		// the same code a second time is refused
		assertThat(reset("13533330001", code, "Other#Pass2025").get("code")).isEqualTo("SMS_CODE_USED");
		assertThat(db.sql("SELECT count(*) FROM inbox_message WHERE topic = 'PASSWORD_RESET'").map(row -> row.get(0, Long.class))
			.one().block()).isOne();
	}

	@Test
	void aPhoneWithoutAnAccountLooksTheSameButGetsNoCode() {
		Response sent = client.requestCode("13533330009", "RESET_PASSWORD");
		assertThat(sent.typename()).isEqualTo("SmsCodeSent");
		assertThat(db.sql("SELECT count(*) FROM outbox_message WHERE address_masked = '135****0009'")
			.map(row -> row.get(0, Long.class)).one().block()).isZero();
		assertThat(reset("13533330009", "123456", "New#Pass2025").get("code")).isEqualTo("SMS_NO_CODE");
	}

	@Test
	void nameAndIdNumberShowTheMaskedPhoneAndLookUpsAreThrottled() {
		register("13533330002", "郑二", RecordFixtures.IDS.get(1)[0]);
		Response found = recover("郑二", RecordFixtures.IDS.get(1)[0]);
		assertThat(found.field()).containsEntry("found", true).containsEntry("maskedPhone", "135****0002");
		Response otherName = recover("郑三", RecordFixtures.IDS.get(1)[0]);
		assertThat(otherName.field()).containsEntry("found", false).containsEntry("maskedPhone", null);
		assertThat(recover("郑二", "110105194912310021").fieldErrorCodes()).containsExactly("idNumber:ID_NUMBER_CHECKSUM");
		for (int lookUp = 2; lookUp < 10; lookUp++) {
			assertThat(recover("某人", RecordFixtures.IDS.get(3)[0]).typename()).isEqualTo("RecoverUsernameResult");
		}
		Response throttled = recover("郑二", RecordFixtures.IDS.get(1)[0]);
		assertThat(throttled.typename()).isEqualTo("TooManyAttempts");
		assertThat((Integer) throttled.get("retryAfterSeconds")).isBetween(3500, 3600);
	}

	private Response register(String phone, String name, String idNumber) {
		client.requestCode(phone, "REGISTER");
		Response registered = client.call("identityRegister", "register",
				Map.of("input", IdentityClient.registration(phone, client.lastCode(phone), name, idNumber)));
		assertThat(registered.typename()).isEqualTo("RegisterSuccess");
		return registered;
	}

	private Response reset(String phone, String code, String password) {
		return client.call("identityResetPassword", "resetPassword",
				Map.of("input", Map.of("phone", phone, "smsCode", code, "newPassword", password)));
	}

	private Response recover(String name, String idNumber) {
		return client.call("identityRecoverUsername", "recoverUsername",
				Map.of("input", Map.of("name", name, "idType", "RESIDENT_ID", "idNumber", idNumber)));
	}

	private String login(String identifier, String password) {
		return client.call("accountLogin", "login", Map.of("input", Map.of("identifier", identifier, "password", password)))
			.typename();
	}

}
