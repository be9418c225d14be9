package org.enrolcheck.selfcheck;

import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.ResidentIds;
import org.enrolcheck.validation.Masking;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Students, records, campaigns and photos for self-check tests. Students get a real account (name
 * and ID number equal to their record's, so the record is linked) and sign in through {@code login}
 * like the app does; campaigns are written directly so a test can place the window where it needs.
 */
final class SelfCheckFixtures {

	static final String PASSWORD = "Demo@2025";

	/** One bcrypt hash for every test student: hashing is deliberately slow. */
	private static final String PASSWORD_HASH = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);

	private static final String RECORD_ID_NUMBER = "enrolment_record.id_number";

	private final DatabaseClient db;

	private final PersonalDataCipher cipher;

	private final RecordFixtures records;

	private final WebTestClient http;

	SelfCheckFixtures(DatabaseClient db, PersonalDataCipher cipher, RecordFixtures records, WebTestClient http) {
		this.db = db;
		this.cipher = cipher;
		this.records = records;
		this.http = http;
	}

	/** A REGISTERED record of the class for person {@code n}, in the cohort of {@code year}. */
	long record(int n, String name, int year) {
		long id = records.add("2025010101", name, "SC" + year + String.format("%05d", n), ResidentIds.person(n));
		db.sql("UPDATE enrolment_record SET admission_year = :year WHERE id = :id").bind("year", year).bind("id", id)
			.then().block(Duration.ofSeconds(10));
		return id;
	}

	/** A student account for person {@code n}; returns its database id. */
	long account(int n, String name) {
		String idNumber = ResidentIds.person(n)[0];
		String phone = "139" + String.format("%08d", n);
		return db.sql("""
				INSERT INTO account (display_name, id_type, id_number_cipher, id_number_index, id_number_masked,
				                     phone_cipher, phone_index, phone_masked, password_hash, roles)
				VALUES (:name, 'RESIDENT_ID', :idCipher, :idIndex, :idMasked, :phoneCipher, :phoneIndex, :phoneMasked, :hash,
				        ARRAY['STUDENT']) RETURNING id""")
			.bind("name", name)
			.bind("idCipher", cipher.encryptText("account.id_number", idNumber))
			.bind("idIndex", cipher.blindIndex(RECORD_ID_NUMBER, idNumber))
			.bind("idMasked", Masking.idNumber(idNumber))
			.bind("phoneCipher", cipher.encryptText("account.phone", phone))
			.bind("phoneIndex", cipher.blindIndex("account.phone", phone))
			.bind("phoneMasked", phone.substring(0, 3) + "****" + phone.substring(7))
			.bind("hash", PASSWORD_HASH)
			.map(row -> row.get(0, Long.class))
			.one()
			.block(Duration.ofSeconds(10));
	}

	/** Signs person {@code n} in by phone, as the app does; returns the bearer header value. */
	@SuppressWarnings("unchecked")
	String login(int n) {
		Map<String, Object> body = http.post().uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.USER_AGENT, "SelfCheckTests/1.0")
			.bodyValue(Map.of("query", document("accountLogin"), "variables",
					Map.of("input", Map.of("identifier", "139" + String.format("%08d", n), "password", PASSWORD))))
			.exchange()
			.expectStatus().isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		Map<String, Object> login = (Map<String, Object>) ((Map<String, Object>) body.get("data")).get("login");
		return "Bearer " + login.get("accessToken");
	}

	long campaign(int year, OffsetDateTime opensAt, OffsetDateTime closesAt) {
		long institution = db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class)).one()
			.block(Duration.ofSeconds(10));
		return db.sql("""
				INSERT INTO campaign (institution_id, name, admission_year, opens_at, closes_at, fields_to_check, notice, created_by)
				VALUES (:institution, :name, :year, :opensAt, :closesAt,
				        ARRAY['name', 'idNumber', 'major', 'classCode', 'admissionPhoto'], '请认真核对。', 'registrar-test')
				RETURNING id""")
			.bind("institution", institution)
			.bind("name", year + "级学籍自查")
			.bind("year", year)
			.bind("opensAt", opensAt)
			.bind("closesAt", closesAt)
			.map(row -> row.get(0, Long.class))
			.one()
			.block(Duration.ofSeconds(10));
	}

	void extend(long campaign, long record, OffsetDateTime closesAt) {
		db.sql("INSERT INTO campaign_extension (campaign_id, record_id, closes_at, reason, granted_by)"
				+ " VALUES (:campaign, :record, :closesAt, '住院', 'registrar-test')")
			.bind("campaign", campaign).bind("record", record).bind("closesAt", closesAt)
			.then().block(Duration.ofSeconds(10));
	}

	/** Gives the record an admission photo (as a photo import would, without bumping the version: setup only). */
	void photo(long record) throws Exception {
		byte[] sha = MessageDigest.getInstance("SHA-256").digest(("photo-" + record).getBytes());
		db.sql("""
				WITH p AS (INSERT INTO photo (sha256, content_type, width, height, byte_size, bytes_cipher)
				           VALUES (:sha, 'image/jpeg', 358, 441, 1000, :bytes) RETURNING id)
				UPDATE enrolment_record SET admission_photo_id = (SELECT id FROM p) WHERE id = :record""")
			.bind("sha", sha).bind("bytes", new byte[] { 1 }).bind("record", record)
			.then().block(Duration.ofSeconds(10));
	}

	void status(long record, String status) {
		db.sql("UPDATE enrolment_record SET status = :status WHERE id = :id").bind("status", status).bind("id", record)
			.then().block(Duration.ofSeconds(10));
	}

	long count(String sql, long record) {
		return db.sql(sql).bind("record", record).map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
	}

	static String recordId(long id) {
		return GlobalId.encode("EnrolmentRecord", id);
	}

	static Map<String, Object> input(long record, int version, String key) {
		return Map.of("recordId", recordId(record), "version", version, "idempotencyKey", key);
	}

	static String document(String name) {
		try {
			return new ClassPathResource("graphql-test/" + name + ".graphql").getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
