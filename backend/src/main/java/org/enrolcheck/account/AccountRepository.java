package org.enrolcheck.account;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.r2dbc.spi.Readable;
import org.enrolcheck.graphql.Paging;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.security.Role;
import org.enrolcheck.validation.Checked;
import org.enrolcheck.validation.MobilePhone;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** SQL of the account table. */
@Repository
class AccountRepository {

	static final String PHONE_COLUMN = org.enrolcheck.privacy.CipherLabels.ACCOUNT_PHONE;

	/** Records' label, so an account's ID number finds its records through the same blind index. */
	static final String ID_NUMBER_INDEX = org.enrolcheck.privacy.CipherLabels.ID_NUMBER;

	private static final String COLUMNS = """
			a.id, a.username, a.email, a.display_name, a.phone_masked, a.roles, a.institution_id, a.college_ids,
			a.class_ids, a.state, a.password_hash""";

	private final DatabaseClient db;

	private final PersonalDataCipher cipher;

	AccountRepository(DatabaseClient db, PersonalDataCipher cipher) {
		this.db = db;
		this.cipher = cipher;
	}

	/** An account with its password hash, for checking a password. */
	record Credential(Account account, String passwordHash) {
	}

	/**
	 * The account an identifier names: a username, e-mail, mainland phone or ID number. All forms are
	 * tried at once, so the caller learns nothing from which one matched.
	 */
	Mono<Credential> findByIdentifier(String identifier) {
		String text = identifier.strip();
		String lower = text.toLowerCase(Locale.ROOT);
		byte[] phoneIndex = MobilePhone.parse(text) instanceof Checked.Valid<MobilePhone> phone
				? cipher.blindIndex(PHONE_COLUMN, phone.value().value()) : new byte[0];
		byte[] idIndex = cipher.blindIndex(ID_NUMBER_INDEX, text.toUpperCase(Locale.ROOT));
		return db.sql("SELECT " + COLUMNS + """
				 FROM account a
				WHERE (a.username = :lower OR a.email = :lower OR a.phone_index = :phone OR a.id_number_index = :idNumber)
				  AND a.state <> 'DEACTIVATED'
				ORDER BY a.id LIMIT 1""")
			.bind("lower", lower)
			.bind("phone", phoneIndex)
			.bind("idNumber", idIndex)
			.map(AccountRepository::credential)
			.one();
	}

	Mono<Credential> findById(long id) {
		return db.sql("SELECT " + COLUMNS + " FROM account a WHERE a.id = :id").bind("id", id)
			.map(AccountRepository::credential)
			.one();
	}

	Mono<Boolean> usernameTaken(String username) {
		return db.sql("SELECT count(*) FROM account WHERE username = :u").bind("u", username)
			.map(row -> row.get(0, Long.class) > 0).one();
	}

	/** Creates a staff account; empty when the username was taken meanwhile. */
	Mono<Long> insertStaff(NewStaff staff, String passwordHash) {
		return db.sql("""
				INSERT INTO account (username, display_name, password_hash, roles, institution_id, college_ids, class_ids)
				VALUES (:username, :name, :hash, :roles, :institution, :colleges, :classes)
				ON CONFLICT (username) DO NOTHING RETURNING id""")
			.bind("username", staff.username())
			.bind("name", staff.displayName())
			.bind("hash", passwordHash)
			.bind("roles", new String[] { staff.role().name() })
			.bind("institution", Parameter.fromOrEmpty(staff.institutionId(), Long.class))
			.bind("colleges", staff.collegeIds().toArray(Long[]::new))
			.bind("classes", staff.classIds().toArray(Long[]::new))
			.map(row -> row.get(0, Long.class))
			.one();
	}

	/** A staff account to create: one role and its scope. */
	record NewStaff(String username, String displayName, Role role, @Nullable Long institutionId, List<Long> collegeIds,
			List<Long> classIds) {
	}

	Mono<Long> setState(long id, AccountState state) {
		return db.sql("UPDATE account SET state = :state, version = version + 1, updated_at = now() WHERE id = :id")
			.bind("state", state.name()).bind("id", id).fetch().rowsUpdated();
	}

	Mono<Long> setPasswordHash(long id, String hash) {
		return db.sql("UPDATE account SET password_hash = :hash, version = version + 1, updated_at = now() WHERE id = :id")
			.bind("hash", hash).bind("id", id).fetch().rowsUpdated();
	}

	/** Staff of one institution in id order, {@code limit + 1} rows for the window. */
	Flux<Account> staffPage(long institutionId, Paging paging) {
		return db.sql("SELECT " + COLUMNS + """
				 FROM account a
				WHERE a.institution_id = :institution AND a.username IS NOT NULL AND a.id > :after
				ORDER BY a.id LIMIT :limit""")
			.bind("institution", institutionId)
			.bind("after", paging.firstPage() ? 0L : paging.afterLong("id"))
			.bind("limit", paging.limit() + 1)
			.map(row -> credential(row).account())
			.all();
	}

	Mono<Void> recordAttempt(@Nullable Long accountId, ClientInfo client, boolean success) {
		return db.sql("INSERT INTO login_attempt (account_id, ip, user_agent, success) VALUES (:account, :ip, :agent, :ok)")
			.bind("account", Parameter.fromOrEmpty(accountId, Long.class))
			.bind("ip", Parameter.fromOrEmpty(client.ip(), String.class))
			.bind("agent", Parameter.fromOrEmpty(client.userAgent(), String.class))
			.bind("ok", success)
			.then();
	}

	private static Credential credential(Readable row) {
		Set<Role> roles = Arrays.stream(row.get("roles", String[].class))
			.map(Role::valueOf)
			.collect(Collectors.toUnmodifiableSet());
		Account account = new Account(row.get("id", Long.class), row.get("username", String.class),
				row.get("email", String.class), row.get("display_name", String.class), row.get("phone_masked", String.class),
				roles, row.get("institution_id", Long.class), List.of(row.get("college_ids", Long[].class)),
				List.of(row.get("class_ids", Long[].class)), AccountState.valueOf(row.get("state", String.class)), null);
		return new Credential(account, row.get("password_hash", String.class));
	}

	static Map<String, Object> cursorKeys(Account account) {
		return Map.of("id", account.id());
	}

}
