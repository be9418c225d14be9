package org.enrolcheck.stats;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.enrolcheck.privacy.PersonalDataCipher;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Random campaigns written straight into the tables other features own (records, accounts,
 * confirmations, tickets), as those features would leave them: statistics are defined on the rows.
 */
final class StatsFixtures {

	static final Duration WAIT = Duration.ofSeconds(30);

	static final String[] STATUSES = { "REGISTERED", "REGISTERED", "REGISTERED", "REGISTERED", "REGISTERED", "REGISTERED",
			"REGISTERED", "SUSPENDED", "ADMISSION_FORFEITED", "ADMISSION_RESERVED", "WITHDRAWN" };

	static final String[] TICKET_STATES = { "SUBMITTED", "IN_REVIEW", "NEEDS_INFO", "APPROVED", "APPLIED", "REJECTED",
			"WITHDRAWN" };

	static final String[][] FIELDS = { { "name", "IDENTITY" }, { "ethnicity", "IDENTITY" }, { "classCode", "ORGANISATIONAL" },
			{ "major", "ORGANISATIONAL" }, { "phone", "CONTACT" } };

	private static final java.util.concurrent.atomic.AtomicLong SERIAL = new java.util.concurrent.atomic.AtomicLong();

	private final DatabaseClient db;

	private final PersonalDataCipher cipher;

	StatsFixtures(DatabaseClient db, PersonalDataCipher cipher) {
		this.db = db;
		this.cipher = cipher;
	}

	long institution() {
		return db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class)).one().block(WAIT);
	}

	List<Long> classes(int count) {
		return db.sql("SELECT id FROM school_class WHERE institution_id = (SELECT id FROM institution WHERE code = '10635')"
				+ " ORDER BY college_id, id").map(row -> row.get(0, Long.class)).all().collectList().block(WAIT)
			.stream().filter(id -> id % 3 == 0).limit(count).toList();
	}

	long college(String code) {
		return db.sql("SELECT id FROM college WHERE code = :code AND institution_id = (SELECT id FROM institution WHERE code = '10635')")
			.bind("code", code).map(row -> row.get(0, Long.class)).one().block(WAIT);
	}

	/** The {@code nth} class (0-based, by id) of a college. */
	long classOf(long college, int nth) {
		return db.sql("SELECT id FROM school_class WHERE college_id = :college ORDER BY id OFFSET :nth LIMIT 1")
			.bind("college", college).bind("nth", nth).map(row -> row.get(0, Long.class)).one().block(WAIT);
	}

	/** A campaign for one admission year of the demo institution, open now until {@code closesAt}. */
	long campaign(int admissionYear, OffsetDateTime closesAt) {
		return db.sql("""
				INSERT INTO campaign (institution_id, name, admission_year, opens_at, closes_at, fields_to_check, created_by)
				SELECT id, :name, :year, now() - interval '10 days', :closes, '{name}', 'fixtures' FROM institution WHERE code = '10635'
				RETURNING id""")
			.bind("name", admissionYear + "级学籍自查").bind("year", admissionYear).bind("closes", closesAt)
			.map(row -> row.get(0, Long.class)).one().block(WAIT);
	}

	/** {@code count} records of {@code admissionYear} spread over {@code classes}; returns their ids. */
	List<Long> records(Random random, int admissionYear, List<Long> classes, int count, String prefix) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(record(classes.get(random.nextInt(classes.size())), admissionYear, prefix + admissionYear + String.format("%05d", i),
					"学生" + prefix + i, STATUSES[random.nextInt(STATUSES.length)], random.nextInt(3), index(random)));
		}
		return ids;
	}

	/** {@code count} REGISTERED records of one class. */
	List<Long> recordsIn(long schoolClass, int admissionYear, int count, String prefix) {
		Random random = new Random(schoolClass * 31 + admissionYear);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(record(schoolClass, admissionYear, prefix + String.format("%04d", i), "学生" + prefix + i, "REGISTERED", 0,
					index(random)));
		}
		return ids;
	}

	long record(long schoolClass, int admissionYear, String number, String name, String status, int version, byte[] index) {
		return db.sql("""
					INSERT INTO enrolment_record (institution_id, college_id, major_id, class_id, examinee_number, student_number,
					    name, gender, birth_date, id_type, id_number_cipher, id_number_index, id_number_masked, ethnicity,
					    origin_province, length_of_schooling, level, admission_year, study_mode, education_category, status, version)
					SELECT s.institution_id, s.college_id, s.major_id, s.id, :examinee, :number, :name, 'MALE', date '2007-01-01',
					       'RESIDENT_ID', '\\x00'::bytea, :index, '110***********0000', '01', '50', m.length_of_schooling, m.level,
					       :year, 'FULL_TIME', 'REGULAR', :status, :version
					FROM school_class s JOIN major m ON m.id = s.major_id WHERE s.id = :class
					RETURNING id""")
				.bind("examinee", "9" + admissionYear + String.format("%09d", SERIAL.incrementAndGet()))
				.bind("number", number).bind("name", name).bind("index", index)
				.bind("year", admissionYear).bind("status", status).bind("version", version).bind("class", schoolClass)
				.map(row -> row.get(0, Long.class)).one().block(WAIT);
	}

	/** An account holding the record's ID number: the same name (linked) or another one, active or not. */
	long account(long recordId, boolean sameName, String state, String phone) {
		return db.sql("""
				INSERT INTO account (display_name, id_type, id_number_cipher, id_number_index, id_number_masked, password_hash,
				    roles, phone_cipher, phone_index, phone_masked, state)
				SELECT CASE WHEN :same THEN r.name ELSE r.name || '某' END, 'RESIDENT_ID', '\\x00'::bytea, r.id_number_index,
				       r.id_number_masked, 'x', '{STUDENT}', :phoneCipher, :phoneIndex, :phoneMasked, :state
				FROM enrolment_record r WHERE r.id = :record
				RETURNING id""")
			.bind("same", sameName).bind("state", state).bind("record", recordId)
			.bind("phoneCipher", cipher.encryptText("account.phone", phone))
			.bind("phoneIndex", cipher.blindIndex("account.phone", phone))
			.bind("phoneMasked", phone.substring(0, 3) + "****" + phone.substring(7))
			.map(row -> row.get(0, Long.class)).one().block(WAIT);
	}

	/** A counsellor (staff account) of the given classes. */
	long counsellor(String username, String name, List<Long> classes) {
		return db.sql("""
				INSERT INTO account (username, display_name, password_hash, roles, institution_id, class_ids)
				SELECT :username, :name, 'x', '{COUNSELLOR}', id, :classes FROM institution WHERE code = '10635' RETURNING id""")
			.bind("username", username).bind("name", name).bind("classes", classes.toArray(Long[]::new))
			.map(row -> row.get(0, Long.class)).one().block(WAIT);
	}

	/** A RECORD confirmation of the record's current version ({@code stale}: of the version before). */
	void confirm(long recordId, long campaignId, boolean stale, boolean assisted, OffsetDateTime at) {
		db.sql("""
				INSERT INTO confirmation (record_id, campaign_id, subject, record_version, content_hash, assisted_by, assisted_reason,
				    confirmed_at)
				SELECT r.id, :campaign, 'RECORD', r.version - CASE WHEN :stale THEN 1 ELSE 0 END, sha256(r.id::text::bytea),
				       CASE WHEN :assisted THEN 'counsellor-1' END, CASE WHEN :assisted THEN '学生住院' END, :at
				FROM enrolment_record r WHERE r.id = :record
				ON CONFLICT DO NOTHING""")
			.bind("campaign", campaignId).bind("stale", stale).bind("assisted", assisted).bind("at", at).bind("record", recordId)
			.then().block(WAIT);
	}

	/** A ticket of the campaign on the record, filed by its (any) account, with one item per field. */
	void ticket(long recordId, long campaignId, String state, OffsetDateTime submitted, List<String[]> fields) {
		Long ticket = db.sql("""
				INSERT INTO ticket (record_id, campaign_id, institution_id, college_id, account_id, state, record_version,
				    submitted_at, decided_at, closed_at)
				SELECT r.id, :campaign, r.institution_id, r.college_id, a.id, :state, r.version, :submitted,
				       CASE WHEN :state IN ('APPROVED', 'APPLIED', 'REJECTED') THEN :submitted + interval '30 hours' END,
				       CASE WHEN :state IN ('APPLIED', 'REJECTED', 'WITHDRAWN') THEN :submitted + interval '40 hours' END
				FROM enrolment_record r JOIN account a ON a.id_number_index = r.id_number_index
				WHERE r.id = :record ORDER BY a.id LIMIT 1
				RETURNING id""")
			.bind("campaign", campaignId).bind("state", state).bind("submitted", submitted).bind("record", recordId)
			.map(row -> row.get(0, Long.class)).one().block(WAIT);
		for (String[] field : fields) {
			db.sql("""
					INSERT INTO ticket_item (ticket_id, record_id, field, tier, current_value, requested_value, reason_code, open)
					VALUES (:ticket, :record, :field, :tier, 'a', 'b', 'TYPO', :open)""")
				.bind("ticket", ticket).bind("record", recordId).bind("field", field[0]).bind("tier", field[1])
				.bind("open", List.of("SUBMITTED", "IN_REVIEW", "NEEDS_INFO", "APPROVED").contains(state))
				.then().block(WAIT);
		}
	}

	/** Fills a campaign with random registrations, confirmations and tickets. */
	void randomActivity(Random random, long campaignId, List<Long> records) {
		OffsetDateTime start = OffsetDateTime.of(2025, 10, 22, 8, 0, 0, 0, ZoneOffset.ofHours(8));
		for (long record : records) {
			int roll = random.nextInt(100);
			if (roll < 80) {
				account(record, random.nextInt(10) > 0, random.nextInt(12) == 0 ? "DISABLED" : "ACTIVE",
						"139" + String.format("%08d", record % 100_000_000));
				if (random.nextInt(100) < 15) {
					int tickets = 1 + random.nextInt(2);
					for (int t = 0; t < tickets; t++) {
						List<String[]> fields = new ArrayList<>();
						fields.add(FIELDS[(t * 2 + random.nextInt(2)) % FIELDS.length]);
						ticket(record, campaignId, TICKET_STATES[random.nextInt(TICKET_STATES.length)],
								start.plusHours(random.nextInt(24 * 20)), fields);
					}
				}
			}
			if (random.nextInt(100) < 60) {
				confirm(record, campaignId, random.nextInt(10) == 0, random.nextInt(10) == 0,
						start.plusMinutes(random.nextInt(60 * 24 * 25)));
			}
		}
	}

	private static byte[] index(Random random) {
		return ByteBuffer.allocate(16).putLong(random.nextLong()).putLong(random.nextLong()).array();
	}

}
