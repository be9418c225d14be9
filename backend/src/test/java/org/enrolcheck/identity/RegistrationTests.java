package org.enrolcheck.identity;

import java.util.List;
import java.util.Map;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.identity.IdentityClient.Response;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Real-name registration end to end: ALTCHA, SMS code from the outbox, account, consent, sign-in, records. */
@EnrolCheckTest
@TestPropertySource(properties = "enrolcheck.identity.altcha-max-number=2000")
class RegistrationTests extends IdentityTestSupport {

	@Test
	void aStudentRegistersIsSignedInAndSeesTheirRecord() {
		long record = fixtures.add("2025010101", "王小明", "202501019901", RecordFixtures.IDS.get(2));
		assertThat(client.requestCode("13911110001", "REGISTER").typename()).isEqualTo("SmsCodeSent");
		Map<String, Object> input = IdentityClient.registration("139 1111 0001", client.lastCode("13911110001"), "王小明",
				RecordFixtures.IDS.get(2)[0]);
		input.put("email", "Wang.XM@Example.com");
		Response registered = client.call("identityRegister", "register", Map.of("input", input));

		assertThat(registered.typename()).isEqualTo("RegisterSuccess");
		assertThat(registered.setCookie()).startsWith("enrolcheck_refresh=").contains("HttpOnly");
		@SuppressWarnings("unchecked")
		Map<String, Object> account = (Map<String, Object>) registered.get("account");
		assertThat(account).containsEntry("displayName", "王小明").containsEntry("maskedPhone", "139****0001")
			.containsEntry("email", "wang.xm@example.com").containsEntry("roles", List.of("STUDENT"));
		// the new token sees the record with the same name and ID number
		Response me = client.call("myRecords", "me", Map.of(), "Bearer " + registered.get("accessToken"));
		assertThat(me.get("records")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.singleElement().asString().contains(GlobalId.encode("EnrolmentRecord", record));
		long accountId = GlobalId.decode((String) account.get("id"), "Account");
		assertThat(db.sql("SELECT version || '/' || (ip IS NOT NULL) FROM account_consent WHERE account_id = :id")
			.bind("id", accountId).map(row -> row.get(0, String.class)).one().block()).isEqualTo("2025-09/true");
		// the ID number is stored encrypted and masked, never in clear
		assertThat(db.sql("SELECT id_number_masked FROM account WHERE id = :id").bind("id", accountId)
			.map(row -> row.get(0, String.class)).one().block()).isEqualTo("310***********1239");

		// the new password signs in by phone, e-mail and ID number
		for (String identifier : List.of("13911110001", "wang.xm@example.com", RecordFixtures.IDS.get(2)[0])) {
			Response login = client.call("accountLogin", "login",
					Map.of("input", Map.of("identifier", identifier, "password", IdentityClient.PASSWORD)));
			assertThat(login.typename()).as(identifier).isEqualTo("LoginSuccess");
		}
	}

	@Test
	void badInputIsRefusedFieldByFieldWithoutSpendingTheCode() {
		client.requestCode("13911110002", "REGISTER");
		String code = client.lastCode("13911110002");
		Map<String, Object> input = IdentityClient.registration("13911110002", code, "李 四", "110105194912310021");
		input.put("password", "123456");
		input.put("email", "not-an-email");
		input.remove("consentVersion");
		Response refused = client.call("identityRegister", "register", Map.of("input", input));
		assertThat(refused.typename()).isEqualTo("ValidationFailed");
		assertThat(refused.fieldErrorCodes()).contains("name:NAME_INNER_SPACE", "idNumber:ID_NUMBER_CHECKSUM",
				"password:PASSWORD_TOO_WEAK", "email:EMAIL_FORMAT", "consentVersion:CONSENT_REQUIRED");

		input.put("consentVersion", "2019-01");
		input.put("password", "abc");
		Response outdated = client.call("identityRegister", "register", Map.of("input", input));
		assertThat(outdated.fieldErrorCodes()).contains("consentVersion:CONSENT_OUTDATED", "password:PASSWORD_RULE");

		// the code is still good: nothing was tried with it
		Response fixed = client.call("identityRegister", "register",
				Map.of("input", IdentityClient.registration("13911110002", code, "李四", RecordFixtures.IDS.get(3)[0])));
		assertThat(fixed.typename()).isEqualTo("RegisterSuccess");
		assertThat(db.sql("SELECT count(*) FROM account WHERE display_name = '李 四'").map(row -> row.get(0, Long.class))
			.one().block()).isZero();
	}

	@Test
	void aPhoneOrIdNumberWithAnAccountIsRefused() {
		client.requestCode("13911110003", "REGISTER");
		assertThat(client.call("identityRegister", "register", Map.of("input", IdentityClient.registration("13911110003",
				client.lastCode("13911110003"), "赵六", RecordFixtures.IDS.get(4)[0]))).typename()).isEqualTo("RegisterSuccess");

		client.requestCode("13911110004", "REGISTER");
		Response sameId = client.call("identityRegister", "register", Map.of("input",
				IdentityClient.registration("13911110004", client.lastCode("13911110004"), "赵六", RecordFixtures.IDS.get(4)[0])));
		assertThat(sameId.fieldErrorCodes()).containsExactly("idNumber:ID_NUMBER_TAKEN");

		client.age("sms_request", "requested_at", 61);
		client.requestCode("13911110003", "REGISTER");
		Response samePhone = client.call("identityRegister", "register", Map.of("input",
				IdentityClient.registration("13911110003", client.lastCode("13911110003"), "钱七", RecordFixtures.IDS.get(1)[0])));
		assertThat(samePhone.fieldErrorCodes()).containsExactly("phone:PHONE_TAKEN");
	}

	@Test
	void fiveWrongTriesUseUpTheCode() {
		client.requestCode("13911110005", "REGISTER");
		String code = client.lastCode("13911110005");
		String wrong = code.equals("000000") ? "111111" : "000000";
		Map<String, Object> input = IdentityClient.registration("13911110005", wrong, "孙八", "110101200002291248");
		for (int left = 4; left >= 0; left--) {
			Response rejected = client.call("identityRegister", "register", Map.of("input", input));
			assertThat(rejected.typename()).isEqualTo("SmsCodeRejected");
			assertThat(rejected.get("code")).isEqualTo("SMS_CODE_WRONG");
			assertThat(rejected.get("triesLeft")).isEqualTo(left);
		}
		input.put("smsCode", code);
		Response exhausted = client.call("identityRegister", "register", Map.of("input", input));
		assertThat(exhausted.get("code")).isEqualTo("SMS_TRIES_EXCEEDED");
	}

	@Test
	void anExpiredCodeIsRefused() {
		client.requestCode("13911110006", "REGISTER");
		String code = client.lastCode("13911110006");
		client.age("sms_code", "expires_at", 5 * 60 + 1);
		Response expired = client.call("identityRegister", "register",
				Map.of("input", IdentityClient.registration("13911110006", code, "周九", "440305199511300066")));
		assertThat(expired.get("code")).isEqualTo("SMS_CODE_EXPIRED");
		Response none = client.call("identityRegister", "register",
				Map.of("input", IdentityClient.registration("13911110007", code, "周九", "440305199511300066")));
		assertThat(none.get("code")).isEqualTo("SMS_NO_CODE");
	}

	@Test
	void passwordStrengthIsReportedWhileTyping() {
		Map<String, Object> weak = client.call("identityPasswordStrength", "passwordStrength", Map.of("password", "123456")).field();
		assertThat(weak).containsEntry("level", "WEAK").containsEntry("acceptable", false);
		Map<String, Object> strong = client.call("identityPasswordStrength", "passwordStrength", Map.of("password", "Xuehao#2025"))
			.field();
		assertThat(strong).containsEntry("level", "STRONG").containsEntry("acceptable", true);
		assertThat(client.call("identityPasswordStrength", "registrationTerms", Map.of("password", "x")).field())
			.containsEntry("consentVersion", "2025-09");
	}

}
