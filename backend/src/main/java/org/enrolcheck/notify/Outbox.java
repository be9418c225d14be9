package org.enrolcheck.notify;

import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.validation.Masking;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Stores gateway messages with the address and text encrypted; the masked address stays readable. */
@Component
public class Outbox {

	static final String ADDRESS_COLUMN = "outbox_message.address";

	static final String BODY_COLUMN = "outbox_message.body";

	private final DatabaseClient db;

	private final PersonalDataCipher cipher;

	Outbox(DatabaseClient db, PersonalDataCipher cipher) {
		this.db = db;
		this.cipher = cipher;
	}

	/** Inserts the message and returns its id. */
	public Mono<Long> store(OutboxMessage message) {
		String masked = message.channel() == Channel.SMS ? Masking.phone(message.address()) : maskedEmail(message.address());
		return db.sql("""
				INSERT INTO outbox_message (channel, account_id, address_cipher, address_masked, template, body_cipher)
				VALUES (:channel, :account, :address, :masked, :template, :body) RETURNING id""")
			.bind("channel", message.channel().name())
			.bind("account", Parameter.fromOrEmpty(message.accountId(), Long.class))
			.bind("address", cipher.encryptText(ADDRESS_COLUMN, message.address()))
			.bind("masked", masked)
			.bind("template", message.template())
			.bind("body", cipher.encryptText(BODY_COLUMN, message.body()))
			.map(row -> row.get(0, Long.class))
			.one();
	}

	/** The plain text of a stored message, for the development outbox view and real gateways. */
	public String body(byte[] stored) {
		return cipher.decryptText(BODY_COLUMN, stored);
	}

	/** The plain address of a stored message, for real gateways. */
	public String address(byte[] stored) {
		return cipher.decryptText(ADDRESS_COLUMN, stored);
	}

	static String maskedEmail(String email) {
		int at = email.indexOf('@');
		return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
	}

}
