package org.enrolcheck.correction;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.TestTokens;
import org.enrolcheck.validation.Masking;
import org.enrolcheck.validation.ResidentIdNumber;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Students with linked records and evidence uploads, as the correction tests need them. */
final class CorrectionFixtures {

	private final DatabaseClient db;

	private final PersonalDataCipher cipher;

	private final RecordFixtures records;

	private final TestTokens tokens;

	private final WebTestClient http;

	private final HttpGraphQlTester graphQl;

	private int sequence;

	CorrectionFixtures(DatabaseClient db, PersonalDataCipher cipher, RecordFixtures records, TestTokens tokens,
			WebTestClient http, HttpGraphQlTester graphQl) {
		this.db = db;
		this.cipher = cipher;
		this.records = records;
		this.tokens = tokens;
		this.http = http;
		this.graphQl = graphQl;
	}

	/** A student: a record in {@code classCode} and an account with the same name and ID number. */
	record Student(long recordId, long accountId, String bearer, String idNumber, String name) {

		String record() {
			return GlobalId.encode("EnrolmentRecord", recordId);
		}

	}

	Student student(String classCode, String name, int seed) {
		int serial = seed % 1000;
		String first17 = "11010120000101" + String.format("%03d", serial);
		String idNumber = first17 + ResidentIdNumber.checkCharacter(first17);
		String gender = (serial % 2 == 1) ? "MALE" : "FEMALE";
		long record = records.add(classCode, name, classCode + String.format("%03d", serial),
				new String[] { idNumber, gender, "2000-01-01" });
		String phone = "139" + String.format("%08d", seed);
		long account = db.sql("""
				INSERT INTO account (display_name, id_type, id_number_cipher, id_number_index, id_number_masked,
				    phone_cipher, phone_index, phone_masked, password_hash, roles)
				VALUES (:name, 'RESIDENT_ID', :idCipher, :idIndex, :idMasked, :phoneCipher, :phoneIndex, :phoneMasked, 'x',
				    ARRAY['STUDENT']) RETURNING id""")
			.bind("name", name)
			.bind("idCipher", cipher.encryptText("account.id_number", idNumber))
			.bind("idIndex", cipher.blindIndex("enrolment_record.id_number", idNumber))
			.bind("idMasked", Masking.idNumber(idNumber))
			.bind("phoneCipher", cipher.encryptText("account.phone", phone))
			.bind("phoneIndex", cipher.blindIndex("account.phone", phone))
			.bind("phoneMasked", Masking.phone(phone))
			.map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
		return new Student(record, account, tokens.bearer(GlobalId.encode("Account", account), Role.STUDENT), idNumber, name);
	}

	/** Uploads {@code bytes} as EVIDENCE for the student; returns the upload's global id. */
	String evidence(Student student, String fileName, byte[] bytes) {
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		form.part("purpose", "EVIDENCE");
		form.part("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		Map<?, ?> body = http.post().uri("/api/uploads").header("Authorization", student.bearer())
			.body(BodyInserters.fromMultipartData(form.build())).exchange()
			.expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
		return (String) body.get("id");
	}

	/** A small real PNG carrying a text chunk (metadata) that re-encoding must drop. */
	static byte[] pngWithMetadata(String secret) {
		try {
			BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
			image.setRGB(3, 3, 0xFF0000);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			byte[] png = out.toByteArray();
			// insert a tEXt chunk right after IHDR (8-byte signature + 25-byte IHDR chunk)
			byte[] data = ("Comment\0" + secret).getBytes(StandardCharsets.ISO_8859_1);
			java.util.zip.CRC32 crc = new java.util.zip.CRC32();
			crc.update("tEXt".getBytes(StandardCharsets.ISO_8859_1));
			crc.update(data);
			ByteArrayOutputStream chunk = new ByteArrayOutputStream();
			chunk.write(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
			chunk.write("tEXt".getBytes(StandardCharsets.ISO_8859_1));
			chunk.write(data);
			chunk.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
			ByteArrayOutputStream result = new ByteArrayOutputStream();
			result.write(png, 0, 33);
			result.write(chunk.toByteArray());
			result.write(png, 33, png.length - 33);
			return result.toByteArray();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

	HttpGraphQlTester as(String bearer) {
		return graphQl.mutate().header("Authorization", bearer).build();
	}

	/** One item as the input map of `fileCorrectionTicket`. */
	static Map<String, Object> item(String field, String value, String reason, String... evidence) {
		return Map.of("field", field, "requestedValue", value, "reasonCode", reason, "evidenceIds", List.of(evidence));
	}

	static Map<String, Object> filing(String key, Student student, List<Map<String, Object>> items) {
		return Map.of("idempotencyKey", key, "recordId", student.record(), "items", items);
	}

	long id(String sql) {
		return db.sql(sql).map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
	}

	long institution() {
		return id("SELECT id FROM institution WHERE code = '10635'");
	}

	long college(String code) {
		return id("SELECT id FROM college WHERE code = '" + code + "'");
	}

	long classId(String code) {
		return id("SELECT id FROM school_class WHERE code = '" + code + "'");
	}

	/** A campaign over the class's cohort with the given window. */
	long campaign(String classCode, OffsetDateTime opens, OffsetDateTime closes) {
		return db.sql("""
				INSERT INTO campaign (institution_id, name, admission_year, opens_at, closes_at, fields_to_check, created_by)
				SELECT institution_id, '自查', admission_year, :opens, :closes, ARRAY['name'], 'test' FROM school_class WHERE code = :code
				RETURNING id""")
			.bind("opens", opens).bind("closes", closes).bind("code", classCode)
			.map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
	}

}
