package org.enrolcheck.receipt;

import java.time.Duration;
import java.util.Map;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.TestTokens;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;

/** Students with linked records, and confirmations written as the self-check writes them. */
record ReceiptFixtures(DatabaseClient db, PersonalDataCipher cipher, RecordFixtures records, TestTokens tokens,
		HttpGraphQlTester graphQl) {

	/** A record and a student account with the same name and ID number (so linked); returns {record, account}. */
	long[] student(String classCode, String name, String studentNumber, String[] id) {
		long record = records.add(classCode, name, studentNumber, id);
		Long account = db.sql("""
				INSERT INTO account (display_name, id_type, id_number_index, password_hash, roles)
				VALUES (:name, 'RESIDENT_ID', :index, 'not-a-hash', ARRAY['STUDENT'])
				ON CONFLICT DO NOTHING RETURNING id""")
			.bind("name", name).bind("index", cipher.blindIndex("enrolment_record.id_number", id[0]))
			.map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
		return new long[] { record, account == null ? -1 : account };
	}

	HttpGraphQlTester as(long account) {
		return graphQl.mutate()
			.header("Authorization", tokens.bearer(GlobalId.encode("Account", account), Role.STUDENT))
			.build();
	}

	void confirm(long record, String subject) {
		db.sql("""
				INSERT INTO confirmation (record_id, subject, record_version, content_hash)
				SELECT id, :subject, version, :hash FROM enrolment_record WHERE id = :id
				ON CONFLICT DO NOTHING""")
			.bind("subject", subject).bind("hash", new byte[32]).bind("id", record)
			.fetch().rowsUpdated().block(Duration.ofSeconds(10));
	}

	/** Gives the record an admission photo (the bytes do not matter here). */
	void addPhoto(long record) {
		db.sql("""
				WITH p AS (INSERT INTO photo (sha256, content_type, width, height, byte_size, bytes_cipher)
				           VALUES (:sha, 'image/jpeg', 1, 1, 1, :bytes) RETURNING id)
				UPDATE enrolment_record SET admission_photo_id = (SELECT id FROM p) WHERE id = :id""")
			.bind("sha", new byte[32]).bind("bytes", new byte[] { 1 }).bind("id", record)
			.fetch().rowsUpdated().block(Duration.ofSeconds(10));
	}

	void sql(String sql, Map<String, Object> parameters) {
		var spec = db.sql(sql);
		for (var parameter : parameters.entrySet()) {
			spec = spec.bind(parameter.getKey(), parameter.getValue());
		}
		spec.fetch().rowsUpdated().block(Duration.ofSeconds(10));
	}

	long count(String sql, Map<String, Object> parameters) {
		var spec = db.sql(sql);
		for (var parameter : parameters.entrySet()) {
			spec = spec.bind(parameter.getKey(), parameter.getValue());
		}
		return spec.map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
	}

	static Map<String, Object> input(String key, long record, int months) {
		return Map.of("idempotencyKey", key, "recordId", GlobalId.encode("EnrolmentRecord", record), "validMonths", months);
	}

}
