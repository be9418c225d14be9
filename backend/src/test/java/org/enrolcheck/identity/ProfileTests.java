package org.enrolcheck.identity;

import java.util.List;
import java.util.Map;

import org.enrolcheck.identity.IdentityClient.Response;
import org.enrolcheck.notify.Notice;
import org.enrolcheck.notify.Notifications;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.TestTokens;
import org.enrolcheck.graphql.GlobalId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The student's own profile: new phone and e-mail, login history, inbox; and the operators' dev outbox. */
@EnrolCheckTest
@TestPropertySource(properties = "enrolcheck.identity.altcha-max-number=2000")
class ProfileTests extends IdentityTestSupport {

	@Autowired
	Notifications notifications;

	@Autowired
	TestTokens tokens;

	@Test
	void aNewPhoneProvesItselfWithACodeSentToIt() {
		String bearer = IdentityClient.bearer(client.register("13644440001", "冯一", RecordFixtures.IDS.get(0)[0]));
		client.register("13644440002", "陈二", RecordFixtures.IDS.get(1)[0]);

		Response sent = client.requestCode("13644440003", "CHANGE_PHONE");
		assertThat(sent.typename()).as(sent.field().toString()).isEqualTo("SmsCodeSent");
		String code = client.lastCode("13644440003");
		Response wrong = changePhone(bearer, "13644440003", code.equals("000000") ? "111111" : "000000");
		assertThat(wrong.get("code")).isEqualTo("SMS_CODE_WRONG");
		Response changed = changePhone(bearer, "13644440003", code);
		assertThat(changed.typename()).isEqualTo("ChangePhoneSuccess");
		assertThat(changed.field().toString()).contains("136****0003");
		assertThat(login("13644440003")).isEqualTo("LoginSuccess");
		assertThat(login("13644440001")).isEqualTo("LoginFailed");

		// a phone another account holds stays with it (a minute after its registration code)
		client.age("sms_request", "requested_at", 61);
		assertThat(client.requestCode("13644440002", "CHANGE_PHONE").typename()).isEqualTo("SmsCodeSent");
		Response taken = changePhone(bearer, "13644440002", client.lastCode("13644440002"));
		assertThat(taken.fieldErrorCodes()).containsExactly("newPhone:PHONE_TAKEN");
		// without a session nothing changes
		Response anonymous = client.call("identityChangePhone", "changePhone",
				Map.of("input", Map.of("newPhone", "13644440009", "smsCode", "123456")));
		assertThat(anonymous.errors()).singleElement().satisfies(error -> assertThat(error.get("extensions").toString())
			.contains("UNAUTHENTICATED"));
	}

	@Test
	void theSecurityEmailChangesWithTheCurrentPassword() {
		String bearer = IdentityClient.bearer(client.register("13644440011", "褚三", RecordFixtures.IDS.get(2)[0]));
		Response wrong = changeEmail(bearer, "chu@example.com", "not-my-password");
		assertThat(wrong.fieldErrorCodes()).containsExactly("currentPassword:WRONG_PASSWORD");
		Response bad = changeEmail(bearer, "chu@", IdentityClient.PASSWORD);
		assertThat(bad.fieldErrorCodes()).containsExactly("email:EMAIL_FORMAT");
		Response changed = changeEmail(bearer, "Chu@Example.com", IdentityClient.PASSWORD);
		assertThat(changed.field().toString()).contains("chu@example.com");
		assertThat(login("chu@example.com")).isEqualTo("LoginSuccess");
	}

	@Test
	void theHolderSeesLoginHistoryAndInboxInTheirLanguage() {
		Response registered = client.register("13644440021", "卫四", RecordFixtures.IDS.get(3)[0]);
		String bearer = IdentityClient.bearer(registered);
		long accountId = GlobalId.decode((String) ((Map<?, ?>) registered.get("account")).get("id"), "Account");
		client.call("accountLogin", "login", Map.of("input", Map.of("identifier", "13644440021", "password", "wrong-pass")));
		for (int i = 1; i <= 3; i++) {
			notifications.post(Notice.inApp(accountId, "REMINDER", "提醒" + i, "Reminder " + i, "请完成自查。",
					"Please finish your check.", null)).block();
		}

		Response me = client.call("identityMyProfile", "me", Map.of("first", 2), bearer, "en");
		List<?> history = (List<?>) me.get("loginHistory");
		assertThat(history).hasSize(2);
		assertThat(history.get(0).toString()).contains("success=false").contains("userAgent=JUnit identity");
		assertThat(history.get(1).toString()).contains("success=true");
		assertThat(me.get("unreadInboxCount")).isEqualTo(3);
		Map<?, ?> inbox = (Map<?, ?>) me.get("inbox");
		List<?> edges = (List<?>) inbox.get("edges");
		assertThat(edges).hasSize(2);
		assertThat(edges.get(0).toString()).contains("title=Reminder 3").contains("read=false");
		assertThat(inbox.get("pageInfo").toString()).contains("hasNextPage=true");
		String newest = (String) ((Map<?, ?>) ((Map<?, ?>) edges.get(0)).get("node")).get("id");

		Response marked = client.call("identityMarkInboxRead", "markInboxRead", Map.of("input", Map.of("ids", List.of(newest))),
				bearer);
		assertThat(marked.field()).containsEntry("marked", 1).containsEntry("unreadInboxCount", 2);
		Response chinese = client.call("identityMyProfile", "me", Map.of("first", 1), bearer, "zh-CN");
		assertThat(chinese.get("inbox").toString()).contains("title=提醒3").contains("read=true");

		// another student cannot mark this inbox; the holder can mark everything
		String other = IdentityClient.bearer(client.register("13644440022", "蒋五", RecordFixtures.IDS.get(4)[0]));
		assertThat(client.call("identityMarkInboxRead", "markInboxRead", Map.of("input", Map.of("all", true)), other).field())
			.containsEntry("marked", 0);
		assertThat(client.call("identityMarkInboxRead", "markInboxRead", Map.of("input", Map.of("all", true)), bearer).field())
			.containsEntry("marked", 2).containsEntry("unreadInboxCount", 0);
	}

	@Test
	void supportReadsTheDevelopmentOutboxOthersDoNot() {
		client.requestCode("13644440031", "REGISTER");
		String code = client.lastCode("13644440031");
		long institution = db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class))
			.one().block();
		String support = tokens.staff(Role.SUPPORT, institution, List.of(), List.of());
		Response outboxPage = client.call("identityDevOutbox", "devOutbox", Map.of("first", 1), support);
		assertThat(outboxPage.field().toString()).contains("maskedAddress=136****0031").contains(code)
			.doesNotContain("13644440031");
		for (Role role : List.of(Role.COLLEGE_ADMIN, Role.ANALYST)) {
			Response refused = client.call("identityDevOutbox", "devOutbox", Map.of("first", 1),
					tokens.staff(role, institution, List.of(), List.of()));
			assertThat(refused.errors().toString()).as(role.name()).contains("FORBIDDEN");
		}
		Response anonymous = client.call("identityDevOutbox", "devOutbox", Map.of("first", 1));
		assertThat(anonymous.errors().toString()).contains("UNAUTHENTICATED");
	}

	private Response changePhone(String bearer, String phone, String code) {
		return client.call("identityChangePhone", "changePhone", Map.of("input", Map.of("newPhone", phone, "smsCode", code)),
				bearer);
	}

	private Response changeEmail(String bearer, String email, String password) {
		return client.call("identityChangeEmail", "changeEmail",
				Map.of("input", Map.of("email", email, "currentPassword", password)), bearer);
	}

	private String login(String identifier) {
		return client.call("accountLogin", "login",
				Map.of("input", Map.of("identifier", identifier, "password", IdentityClient.PASSWORD))).typename();
	}

}
