package org.enrolcheck.notify;

import java.util.List;

import org.enrolcheck.privacy.PersonalDataCipher;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Posts notices: always to the inbox, and to SMS / e-mail when asked. Call it inside the
 * transaction of the change it reports. Texts sent outside the app are in Chinese, signed with the
 * product's name as Chinese SMS rules require.
 */
@Component
public class Notifications {

	/** The account table's phone column label, shared with the accounts feature's cipher use. */
	static final String ACCOUNT_PHONE_COLUMN = org.enrolcheck.privacy.CipherLabels.ACCOUNT_PHONE;

	static final String SIGNATURE = "【学籍自查】";

	private final DatabaseClient db;

	private final PersonalDataCipher cipher;

	private final SmsGateway sms;

	private final Outbox outbox;

	Notifications(DatabaseClient db, PersonalDataCipher cipher, SmsGateway sms, Outbox outbox) {
		this.db = db;
		this.cipher = cipher;
		this.sms = sms;
		this.outbox = outbox;
	}

	public Mono<Void> post(Notice notice) {
		Mono<Void> inbox = db.sql("""
				INSERT INTO inbox_message (account_id, topic, title_zh, title_en, body_zh, body_en, subject_id)
				VALUES (:account, :topic, :titleZh, :titleEn, :bodyZh, :bodyEn, :subject)""")
			.bind("account", notice.accountId())
			.bind("topic", notice.topic())
			.bind("titleZh", notice.titleZh())
			.bind("titleEn", notice.titleEn())
			.bind("bodyZh", notice.bodyZh())
			.bind("bodyEn", notice.bodyEn())
			.bind("subject", Parameter.fromOrEmpty(notice.subjectId(), String.class))
			.then();
		if (notice.channels().isEmpty()) {
			return inbox;
		}
		return inbox.then(addresses(notice.accountId()).flatMap(address -> deliver(notice, address)));
	}

	/** Posts many notices one after another in the caller's transaction. */
	public Mono<Void> postAll(List<Notice> notices) {
		return Flux.fromIterable(notices).concatMap(this::post).then();
	}

	private Mono<Void> deliver(Notice notice, Addresses address) {
		String text = SIGNATURE + notice.titleZh() + "：" + notice.bodyZh();
		Mono<Void> phone = notice.channels().contains(Channel.SMS) && address.phone() != null
				? sms.send(new OutboxMessage(Channel.SMS, notice.accountId(), address.phone(), notice.topic(), text))
				: Mono.empty();
		Mono<Void> mail = notice.channels().contains(Channel.EMAIL) && address.email() != null
				? outbox.store(new OutboxMessage(Channel.EMAIL, notice.accountId(), address.email(), notice.topic(), text))
					.then()
				: Mono.empty();
		return phone.then(mail);
	}

	private Mono<Addresses> addresses(long accountId) {
		return db.sql("SELECT phone_cipher, email FROM account WHERE id = :id AND state = 'ACTIVE'")
			.bind("id", accountId)
			.map(row -> {
				byte[] phone = row.get("phone_cipher", byte[].class);
				return new Addresses(phone == null ? null : cipher.decryptText(ACCOUNT_PHONE_COLUMN, phone),
						row.get("email", String.class));
			})
			.one();
	}

	private record Addresses(@org.jspecify.annotations.Nullable String phone,
			@org.jspecify.annotations.Nullable String email) {
	}

}
