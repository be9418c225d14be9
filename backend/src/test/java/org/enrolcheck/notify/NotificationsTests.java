package org.enrolcheck.notify;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.support.EnrolCheckTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A notice with SMS lands in the inbox and, encrypted, in the outbox; the log names only the masked number. */
@EnrolCheckTest
@ExtendWith(OutputCaptureExtension.class)
class NotificationsTests {

	@Autowired
	Notifications notifications;

	@Autowired
	Outbox outbox;

	@Autowired
	DatabaseClient db;

	@Autowired
	PersonalDataCipher cipher;

	@Test
	void anSmsNoticeGoesToTheInboxAndEncryptedToTheOutbox(CapturedOutput output) {
		long accountId = db.sql("""
				INSERT INTO account (display_name, phone_cipher, phone_index, phone_masked, password_hash, roles)
				VALUES ('通知测试', :cipher, :index, '137****4321', 'x', ARRAY['STUDENT']) RETURNING id""")
			.bind("cipher", cipher.encryptText("account.phone", "13712344321"))
			.bind("index", cipher.blindIndex("account.phone", "13712344321"))
			.map(row -> row.get(0, Long.class)).one().block();

		notifications.post(new Notice(accountId, "TICKET_APPROVED", "更正申请已通过", "Correction approved", "您的姓名更正已通过。",
				"Your name correction was approved.", null, Set.of(Channel.SMS))).block();

		assertThat(db.sql("SELECT title_en FROM inbox_message WHERE account_id = :id").bind("id", accountId)
			.map(row -> row.get(0, String.class)).one().block()).isEqualTo("Correction approved");
		Object[] stored = db.sql("SELECT address_cipher, address_masked, body_cipher FROM outbox_message WHERE account_id = :id")
			.bind("id", accountId)
			.map(row -> new Object[] { row.get(0, byte[].class), row.get(1, String.class), row.get(2, byte[].class) })
			.one().block();
		byte[] address = (byte[]) stored[0];
		byte[] body = (byte[]) stored[2];
		assertThat(new String(address, StandardCharsets.ISO_8859_1)).doesNotContain("13712344321");
		assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("姓名更正");
		assertThat(outbox.address(address)).isEqualTo("13712344321");
		assertThat(outbox.body(body)).isEqualTo("【学籍自查】更正申请已通过：您的姓名更正已通过。");
		assertThat(stored[1]).isEqualTo("137****4321");
		assertThat(output.getAll()).contains("137****4321").doesNotContain("13712344321");
	}

}
