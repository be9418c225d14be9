package org.enrolcheck.account;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.enrolcheck.account.AccountRepository.NewStaff;
import org.enrolcheck.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The first registrar, so someone can sign in on a new installation: username {@code registrar} of
 * the first institution, with the password from {@code ENROLCHECK_BOOTSTRAP_PASSWORD}, the demo
 * password in demo mode, or else a generated one printed to stdout once, when the account is made.
 * It runs after the demo reference data, and never again once a {@code registrar} exists.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BootstrapRegistrar implements ApplicationRunner {

	static final String USERNAME = "registrar";

	private static final Log log = LogFactory.getLog(BootstrapRegistrar.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789@#%+=";

	private final AccountRepository accounts;

	private final DatabaseClient db;

	private final Passwords passwords;

	private final String configuredPassword;

	private final boolean demo;

	BootstrapRegistrar(AccountRepository accounts, DatabaseClient db, Passwords passwords,
			@Value("${enrolcheck.bootstrap-password:${ENROLCHECK_BOOTSTRAP_PASSWORD:}}") String configuredPassword,
			@Value("${enrolcheck.demo:false}") boolean demo) {
		this.accounts = accounts;
		this.db = db;
		this.passwords = passwords;
		this.configuredPassword = configuredPassword;
		this.demo = demo;
		if (!configuredPassword.isEmpty() && !Passwords.acceptable(configuredPassword)) {
			throw new IllegalStateException("ENROLCHECK_BOOTSTRAP_PASSWORD must be 6–30 letters, digits or symbols");
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		ensure().block(Duration.ofSeconds(30));
	}

	/** True when this call created the account. */
	Mono<Boolean> ensure() {
		return accounts.usernameTaken(USERNAME).flatMap(taken -> taken ? Mono.just(false) : firstInstitution()
			.flatMap(institution -> {
				String password = !configuredPassword.isEmpty() ? configuredPassword
						: demo ? DemoLogins.PASSWORD : generate();
				NewStaff registrar = new NewStaff(USERNAME, "教务处学籍科管理员", Role.REGISTRAR, institution, List.of(), List.of());
				return passwords.hash(password)
					.flatMap(hash -> accounts.insertStaff(registrar, hash))
					.map(id -> {
						announce(password);
						return true;
					})
					.defaultIfEmpty(false);
			})
			.switchIfEmpty(Mono.fromCallable(() -> {
				log.warn("No institution yet: the bootstrap registrar is created on the first start after one exists");
				return false;
			})));
	}

	private void announce(String password) {
		// stdout, not the log: the operator reads it once; log files are kept and shipped elsewhere
		if (!configuredPassword.isEmpty()) {
			System.out.println("Bootstrap registrar created: username '" + USERNAME
					+ "', password from ENROLCHECK_BOOTSTRAP_PASSWORD.");
		}
		else if (!demo) {
			System.out.println("Bootstrap registrar created: username '" + USERNAME + "', password '" + password
					+ "'. It is shown only this once: sign in and change it.");
		}
	}

	private Mono<Long> firstInstitution() {
		return db.sql("SELECT id FROM institution ORDER BY id LIMIT 1").map(row -> row.get(0, Long.class)).one();
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
