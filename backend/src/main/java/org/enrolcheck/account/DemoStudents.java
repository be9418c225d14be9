package org.enrolcheck.account;

import java.time.Duration;
import java.util.List;

import org.enrolcheck.account.StudentAccounts.NewStudent;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.validation.MobilePhone;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Two demo students whose name and ID number equal two demo roster records (so they are linked),
 * then the demo logins table. It waits for the application to be ready because the demo roster is
 * imported by a runner that has no order relative to ours.
 */
@Component
// before identity.DemoIdentities, whose disputing student claims the first student's ID number
@Order(Ordered.LOWEST_PRECEDENCE - 10)
@ConditionalOnBooleanProperty("enrolcheck.demo")
class DemoStudents implements ApplicationListener<ApplicationReadyEvent> {

	static final List<String> PHONES = List.of("13800000001", "13800000002");

	private static final String RECORD_ID_NUMBER = org.enrolcheck.privacy.CipherLabels.ID_NUMBER;

	private final DatabaseClient db;

	private final PersonalDataCipher cipher;

	private final StudentAccounts students;

	private final Passwords passwords;

	DemoStudents(DatabaseClient db, PersonalDataCipher cipher, StudentAccounts students, Passwords passwords) {
		this.db = db;
		this.cipher = cipher;
		this.students = students;
		this.passwords = passwords;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		List<String> names = ensure().collectList().block(Duration.ofSeconds(30));
		System.out.println(DemoLogins.table(names != null ? names : List.of()));
	}

	/** Creates the students if missing; the names of the demo students that exist afterwards. */
	Flux<String> ensure() {
		return db.sql("""
				SELECT r.name, r.id_type, r.id_number_cipher FROM enrolment_record r
				JOIN institution i ON i.id = r.institution_id
				WHERE i.code = '10635' AND r.status = 'REGISTERED' AND r.id_type = 'RESIDENT_ID'
				ORDER BY r.id LIMIT 2""")
			.map(row -> List.of(row.get("name", String.class), row.get("id_type", String.class),
					cipher.decryptText(RECORD_ID_NUMBER, row.get("id_number_cipher", byte[].class))))
			.all()
			.index()
			.concatMap(indexed -> {
				List<String> found = indexed.getT2();
				NewStudent student = new NewStudent(found.get(0), found.get(1), found.get(2),
						new MobilePhone(PHONES.get(indexed.getT1().intValue())));
				return passwords.hash(DemoLogins.PASSWORD)
					.flatMap(hash -> students.insert(student, hash))
					.then(Mono.just(student.name()));
			});
	}

}
