package org.enrolcheck.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.enrolcheck.graphql.Language;
import org.enrolcheck.graphql.ValidationFailed;
import org.enrolcheck.identity.IdentityOutcomes.TooManyAttempts;
import org.enrolcheck.validation.IdType;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Forgotten username (找回用户名): the real name and ID number together show which masked phone and
 * e-mail the account signs in with, nothing more; look-ups are throttled per client address, so
 * the form is no way to test many ID numbers.
 */
@Service
class UsernameRecovery {

	record RecoverUsernameInput(String name, IdType idType, String idNumber) {
	}

	/** @param found whether an account holds this name and ID number */
	record RecoverUsernameResult(boolean found, @Nullable String maskedPhone, @Nullable String maskedEmail, String message) {
	}

	private final DatabaseClient db;

	private final StudentIdentities identities;

	private final IdentityProperties properties;

	private final Clock clock;

	private final TransactionalOperator transaction;

	UsernameRecovery(DatabaseClient db, StudentIdentities identities, IdentityProperties properties, Clock clock,
			TransactionalOperator transaction) {
		this.db = db;
		this.identities = identities;
		this.properties = properties;
		this.clock = clock;
		this.transaction = transaction;
	}

	/** RecoverUsernameResult, ValidationFailed or TooManyAttempts. */
	Mono<Object> recover(RecoverUsernameInput input, @Nullable String ip, Locale locale) {
		RegistrationRules rules = new RegistrationRules(locale);
		String name = rules.name("name", input.name());
		String idNumber = rules.idNumber("idNumber", input.idType(), input.idNumber(), clock);
		if (!rules.ok() || name == null || idNumber == null) {
			return Mono.just(ValidationFailed.of(rules.errors, locale));
		}
		return db.sql("SELECT pg_advisory_xact_lock(hashtextextended('username_lookup/' || coalesce(:ip, ''), 0))")
			.bind("ip", Parameter.fromOrEmpty(ip, String.class)).fetch().rowsUpdated()
			.then(db.sql("""
					SELECT count(*) AS recent,
					       coalesce(ceil(extract(epoch FROM min(looked_up_at) + interval '1 hour' - now())), 0)::bigint AS wait
					FROM username_lookup WHERE ip IS NOT DISTINCT FROM :ip AND looked_up_at > now() - interval '1 hour'""")
				.bind("ip", Parameter.fromOrEmpty(ip, String.class))
				.map(row -> new long[] { row.get("recent", Long.class), row.get("wait", Long.class) })
				.one())
			.flatMap(recent -> recent[0] >= properties.usernameLookupsPerHour()
					? Mono.just((Object) TooManyAttempts.of(Duration.ofSeconds(recent[1]), locale))
					: db.sql("INSERT INTO username_lookup (ip) VALUES (:ip)").bind("ip", Parameter.fromOrEmpty(ip, String.class))
						.then()
						.then(lookUp(name, idNumber, locale)))
			.as(transaction::transactional);
	}

	private Mono<Object> lookUp(String name, String idNumber, Locale locale) {
		return db.sql("""
				SELECT phone_masked, email FROM account
				WHERE id_number_index = :idNumber AND display_name = :name AND state = 'ACTIVE'""")
			.bind("idNumber", Identities.idNumberIndex(identities.cipher(), idNumber))
			.bind("name", name)
			.map(row -> (Object) new RecoverUsernameResult(true, row.get("phone_masked", String.class),
					masked(row.get("email", String.class)), Language.pick(locale,
							"已找到您的账号：可用下面的手机号、证件号码或邮箱登录；忘记密码请用“找回密码”。",
							"Your account was found: sign in with the phone, ID number or e-mail below; use Forgotten password if needed.")))
			.one()
			.defaultIfEmpty(new RecoverUsernameResult(false, null, null, Language.pick(locale,
					"没有找到使用该姓名和证件号码的账号：请核对输入，或直接注册。",
					"No account has this name and ID number: check what you typed, or register.")));
	}

	private static @Nullable String masked(@Nullable String email) {
		if (email == null) {
			return null;
		}
		int at = email.indexOf('@');
		return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
	}

}
