package org.enrolcheck.account;

import java.time.Duration;
import java.util.List;

import org.enrolcheck.account.AccountRepository.NewStaff;
import org.enrolcheck.security.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Demo staff logins of the demo institution (10635), one per role, all with {@link #PASSWORD}; their
 * table goes to stdout at every demo start. Demo mode only: the password is public.
 * Idempotent: an existing username is left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
@ConditionalOnBooleanProperty("enrolcheck.demo")
class DemoLogins implements ApplicationRunner {

	/** Public demo password; never use demo mode with real data. */
	static final String PASSWORD = "Demo@2025";

	private static final String INSTITUTION = "10635";

	/** A demo login: its role and the college or class code its scope names. */
	record DemoLogin(String username, String displayName, Role role, String collegeCode, String classCode, String note) {
	}

	static final List<DemoLogin> LOGINS = List.of(
			new DemoLogin(BootstrapRegistrar.USERNAME, "教务处学籍科管理员", Role.REGISTRAR, "", "", "whole institution 10635"),
			new DemoLogin("college-admin", "计信学院教务员", Role.COLLEGE_ADMIN, "01", "", "college 01 计算机与信息科学学院"),
			new DemoLogin("counsellor", "计科2025级1班辅导员", Role.COUNSELLOR, "", "2025010101", "class 2025010101"),
			new DemoLogin("support", "账号客服", Role.SUPPORT, "", "", "identity disputes"),
			new DemoLogin("analyst", "统计分析员", Role.ANALYST, "", "", "aggregates only"));

	private final AccountRepository accounts;

	private final Passwords passwords;

	private final DatabaseClient db;

	DemoLogins(AccountRepository accounts, Passwords passwords, DatabaseClient db) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.db = db;
	}

	@Override
	public void run(ApplicationArguments args) {
		// the table is printed by DemoStudents once the roster is in
		Flux.fromIterable(LOGINS).concatMap(this::ensure).then().block(Duration.ofSeconds(30));
	}

	private Mono<Long> ensure(DemoLogin login) {
		return accounts.usernameTaken(login.username()).flatMap(taken -> taken ? Mono.empty()
				: scopeIds(login).flatMap(scope -> passwords.hash(PASSWORD)
					.flatMap(hash -> accounts.insertStaff(new NewStaff(login.username(), login.displayName(), login.role(),
							scope.institution(), scope.colleges(), scope.classes()), hash))));
	}

	private record Scope(long institution, List<Long> colleges, List<Long> classes) {
	}

	private Mono<Scope> scopeIds(DemoLogin login) {
		return db.sql("""
				SELECT i.id,
				       (SELECT array_agg(c.id) FROM college c WHERE c.institution_id = i.id AND c.code = :college) AS colleges,
				       (SELECT array_agg(k.id) FROM school_class k WHERE k.institution_id = i.id AND k.code = :class) AS classes
				FROM institution i WHERE i.code = :institution""")
			.bind("college", login.collegeCode())
			.bind("class", login.classCode())
			.bind("institution", INSTITUTION)
			.map(row -> new Scope(row.get("id", Long.class), ids(row.get("colleges", Long[].class)),
					ids(row.get("classes", Long[].class))))
			.one();
	}

	private static List<Long> ids(Long[] values) {
		return values == null ? List.of() : List.of(values);
	}

	static String table(List<String> studentNames) {
		StringBuilder out = new StringBuilder("\nDemo logins (demo mode only; password ").append(PASSWORD)
			.append(" for all)\n");
		out.append(String.format("  %-15s %-14s %s%n", "username", "role", "scope"));
		for (DemoLogin login : LOGINS) {
			out.append(String.format("  %-15s %-14s %s%n", login.username(), login.role().name(), login.note()));
		}
		for (int i = 0; i < studentNames.size(); i++) {
			out.append(String.format("  %-15s %-14s %s%n", DemoStudents.PHONES.get(i), "STUDENT",
					"linked to the roster record of " + studentNames.get(i) + " (phone or ID number)"));
		}
		return out.toString();
	}

}
