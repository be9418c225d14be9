package org.enrolcheck.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.enrolcheck.account.AccountSessions;
import org.enrolcheck.validation.IdType;
import org.enrolcheck.validation.Masking;
import org.enrolcheck.validation.MobilePhone;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Demo students in the states the linked demo students (account.DemoStudents) do not show: one whose
 * account name differs from the record with its ID number (not linked; can correct the name), and one
 * who claimed the first demo student's ID number (an open identity dispute). Runs after DemoStudents,
 * whose first student holds that number, and prints its lines below the demo logins table.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnBooleanProperty("enrolcheck.demo")
class DemoIdentities implements ApplicationListener<ApplicationReadyEvent> {

	static final String NOT_LINKED_PHONE = "13800000003";

	static final String DISPUTING_PHONE = "13800000004";

	/** The demo password (account.DemoLogins); demo mode only. */
	private static final String PASSWORD = "Demo@2025";

	private final DatabaseClient db;

	private final StudentIdentities identities;

	private final IdentityDisputes disputes;

	private final AccountSessions sessions;

	DemoIdentities(DatabaseClient db, StudentIdentities identities, IdentityDisputes disputes, AccountSessions sessions) {
		this.db = db;
		this.identities = identities;
		this.disputes = disputes;
		this.sessions = sessions;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		List<String> lines = ensure().block(Duration.ofSeconds(30));
		if (lines != null && !lines.isEmpty()) {
			System.out.println(String.join("\n", lines) + "\n");
		}
	}

	private record Roster(String name, String idNumber) {
	}

	/** Creates the two students when missing; one table line per student that exists afterwards. */
	Mono<List<String>> ensure() {
		return db.sql("""
				SELECT r.name, r.id_number_cipher FROM enrolment_record r JOIN institution i ON i.id = r.institution_id
				WHERE i.code = '10635' AND r.status = 'REGISTERED' AND r.id_type = 'RESIDENT_ID'
				ORDER BY r.id LIMIT 3""")
			.map(row -> new Roster(row.get("name", String.class),
					identities.cipher().decryptText(Identities.ID_NUMBER_INDEX, row.get("id_number_cipher", byte[].class))))
			.all()
			.collectList()
			.filter(roster -> roster.size() == 3)
			.flatMap(roster -> sessions.hashPassword(PASSWORD).flatMap(hash -> {
				List<String> lines = new ArrayList<>();
				Roster third = roster.get(2);
				String misspelt = third.name().substring(0, third.name().length() - 1) + (third.name().endsWith("明") ? "民" : "明");
				Mono<Void> notLinked = identities.insert(new StudentIdentities.NewStudent(misspelt, IdType.RESIDENT_ID,
						third.idNumber(), new MobilePhone(NOT_LINKED_PHONE), null), hash).then()
					.then(exists(NOT_LINKED_PHONE, lines, "not linked: account name " + misspelt
							+ " differs from the record's (correctAccountName fixes it)"));
				Roster first = roster.get(0);
				Mono<Void> disputing = identities.holderOf(first.idNumber())
					.flatMap(holder -> identities.insertClaimant(new StudentIdentities.NewStudent(first.name(), IdType.RESIDENT_ID,
							first.idNumber(), new MobilePhone(DISPUTING_PHONE), null), hash)
						.flatMap(claimant -> disputes.open(claimant, holder, IdType.RESIDENT_ID.name(),
								identities.cipher().encryptText(Identities.ID_NUMBER_CIPHER, first.idNumber()),
								Identities.idNumberIndex(identities.cipher(), first.idNumber()), Masking.idNumber(first.idNumber()))))
					.then(exists(DISPUTING_PHONE, lines, "disputed: claims the ID number of " + first.name()
							+ " (13800000001); proveEnrolmentFacts with that record's facts resolves it"));
				return notLinked.then(disputing).thenReturn(lines);
			}))
			.defaultIfEmpty(List.of());
	}

	/** Adds the student's line when the account exists (created now or on an earlier start). */
	private Mono<Void> exists(String phone, List<String> lines, String note) {
		return identities.accountWithPhone(new MobilePhone(phone))
			.doOnNext(id -> lines.add(line(phone, note)))
			.then();
	}

	private static String line(String phone, String note) {
		return String.format("  %-15s %-14s %s", phone, "STUDENT", note);
	}

}
