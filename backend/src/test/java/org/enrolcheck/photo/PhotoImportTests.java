package org.enrolcheck.photo;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A registrar's admission photo import through the real upload endpoint, GraphQL, download and database. */
@EnrolCheckTest
class PhotoImportTests {

	private static final String CLASS = "2025010101";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient http;

	@Autowired
	TestTokens tokens;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	DatabaseClient db;

	long institution;

	String bearer;

	int serial;

	@BeforeEach
	void registrar() {
		institution = number("SELECT id FROM institution WHERE code = '10635'");
		bearer = tokens.staff(Role.REGISTRAR, institution, List.of(), List.of());
		serial = (int) (System.nanoTime() % 900_000) + 100_000;
	}

	@Test
	void photosNamedByExamineeOrStudentNumberInAnyFolderAreStoredWithoutMetadata() throws Exception {
		long a = record(1);
		long b = record(2);
		long c = record(3);
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put(examinee(a) + ".jpg", PhotoFiles.withExif(PhotoFiles.jpeg(240, 320, Color.BLUE)));
		files.put("计算机学院/2025级/" + student(b) + ".PNG", PhotoFiles.withText(PhotoFiles.png(120, 160, Color.WHITE)));
		files.put("补拍/" + examinee(c) + ".jpeg", PhotoFiles.jpeg(300, 400, Color.RED));
		files.put("__MACOSX/._" + examinee(a) + ".jpg", new byte[] { 0, 5, 22, 7 });
		files.put(".DS_Store", new byte[] { 0, 0, 0, 1 });
		files.put("名单.txt", "照片说明".getBytes(StandardCharsets.UTF_8));

		importPhotos(PhotoFiles.zip(files))
			.path("importAdmissionPhotos.__typename").entity(String.class).isEqualTo("AdmissionPhotosImported")
			.path("importAdmissionPhotos.matched").entity(Integer.class).isEqualTo(3)
			.path("importAdmissionPhotos.replaced").entity(Integer.class).isEqualTo(0)
			.path("importAdmissionPhotos.unchanged").entity(Integer.class).isEqualTo(0)
			.path("importAdmissionPhotos.unmatched").entityList(Object.class).hasSize(0);

		GraphQlTester.Response recordA = as(bearer).documentName("photoRecord").variable("id", globalId(a)).execute();
		recordA.path("record.version").entity(Integer.class).isEqualTo(1)
			.path("record.admissionPhoto.contentType").entity(String.class).isEqualTo("image/jpeg")
			.path("record.admissionPhoto.width").entity(Integer.class).isEqualTo(240)
			.path("record.admissionPhoto.height").entity(Integer.class).isEqualTo(320);
		String sha = recordA.path("record.admissionPhoto.sha256").entity(String.class).get();

		byte[] jpeg = download(a, "image/jpeg");
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg))).isEqualTo(sha);
		assertThat(PhotoFiles.decode(jpeg).getHeight()).isEqualTo(320);
		assertThat(PhotoFiles.jpegMarkers(jpeg)).doesNotContain(0xE1);
		assertThat(new String(jpeg, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain(PhotoFiles.SECRET);
		byte[] png = download(b, "image/png");
		assertThat(PhotoFiles.pngChunks(png)).doesNotContain("tEXt");
		assertThat(PhotoFiles.decode(download(c, "image/jpeg")).getWidth()).isEqualTo(300);

		byte[] cipher = db.sql("SELECT p.bytes_cipher FROM photo p JOIN enrolment_record r ON r.admission_photo_id = p.id WHERE r.id = :id")
			.bind("id", a).map(row -> row.get(0, byte[].class)).one().block();
		assertThat(new String(cipher, StandardCharsets.ISO_8859_1)).doesNotContain("JFIF");
		assertThat(number("SELECT count(*) FROM audit_event WHERE action = 'PHOTO_IMPORT' AND entity_id IN (" + a + "," + b + ","
				+ c + ")")).isEqualTo(3);
		assertThat(db.sql("SELECT after ->> 'admissionPhotoSha256' FROM audit_event WHERE action = 'PHOTO_IMPORT' AND entity_id = :id")
			.bind("id", a).map(row -> row.get(0, String.class)).one().block()).isEqualTo(sha);
	}

	@Test
	void filesThatCannotBeUsedAreReportedWithTheirReasonAndTheRestIsImported() {
		long text = record(1);
		long broken = record(2);
		long twice = record(3);
		long good = record(4);
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("99999999999999.jpg", PhotoFiles.jpeg(24, 32, Color.BLUE));
		files.put("张三.jpg", PhotoFiles.jpeg(24, 32, Color.BLUE));
		files.put(examinee(text) + ".jpg", "not a photo, just text\n".getBytes(StandardCharsets.UTF_8));
		files.put(examinee(broken) + ".jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3, 4 });
		files.put(examinee(twice) + ".jpg", PhotoFiles.jpeg(24, 32, Color.BLUE));
		files.put("重复/" + student(twice) + ".png", PhotoFiles.png(24, 32, Color.BLUE));
		files.put("../" + examinee(good) + ".jpg", PhotoFiles.jpeg(24, 32, Color.BLACK));
		files.put("ok/" + examinee(good) + ".jpg", PhotoFiles.jpeg(24, 32, Color.GREEN));

		GraphQlTester.Response response = importPhotos(PhotoFiles.zip(files));

		response.path("importAdmissionPhotos.matched").entity(Integer.class).isEqualTo(1)
			.path("importAdmissionPhotos.unmatched[*].fileName").entityList(String.class).containsExactly(
					"../" + examinee(good) + ".jpg", examinee(text) + ".jpg", examinee(broken) + ".jpg",
					examinee(twice) + ".jpg", "99999999999999.jpg", "张三.jpg", "重复/" + student(twice) + ".png")
			.path("importAdmissionPhotos.unmatched[*].reason").entityList(String.class).containsExactly("UNSAFE_NAME",
					"NOT_AN_IMAGE", "UNDECODABLE", "DUPLICATE_NAME", "NO_SUCH_RECORD", "NO_SUCH_RECORD", "DUPLICATE_NAME")
			.path("importAdmissionPhotos.unmatched[1].message").entity(String.class).satisfies(message -> assertThat(message).contains("JPEG"));
		assertThat(photoId(text)).isNull();
		assertThat(photoId(broken)).isNull();
		assertThat(photoId(twice)).isNull();
		assertThat(photoId(good)).isNotNull();
	}

	@Test
	void aZipBombIsRefusedWholeAndWritesNothing() {
		long a = record(1);
		long photos = number("SELECT count(*) FROM photo");
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put(examinee(a) + ".jpg", PhotoFiles.jpeg(24, 32, Color.BLUE));
		files.put("padding.bin", new byte[30 * 1024 * 1024]);

		importPhotos(PhotoFiles.zip(files)).path("importAdmissionPhotos.__typename").entity(String.class).isEqualTo("PhotoArchiveRejected")
			.path("importAdmissionPhotos.code").entity(String.class).isEqualTo("ZIP_BOMB");

		assertThat(number("SELECT count(*) FROM photo")).isEqualTo(photos);
		assertThat(photoId(a)).isNull();
		assertThat(version(a)).isZero();
		importPhotos(PhotoFiles.zip(Map.of("说明.txt", new byte[] { 'x' }))).path("importAdmissionPhotos.code").entity(String.class)
			.isEqualTo("ZIP_EMPTY");
	}

	@Test
	void importingTheSameZipAgainChangesNothingAndANewPhotoReplacesTheOld() {
		long a = record(1);
		long b = record(2);
		byte[] zip = PhotoFiles.zip(Map.of(examinee(a) + ".jpg", PhotoFiles.withExif(PhotoFiles.jpeg(60, 80, Color.BLUE)),
				student(b) + ".png", PhotoFiles.png(60, 80, Color.WHITE)));
		importPhotos(zip).path("importAdmissionPhotos.matched").entity(Integer.class).isEqualTo(2);
		Long firstPhoto = photoId(a);
		long photos = number("SELECT count(*) FROM photo");
		long audits = number("SELECT count(*) FROM audit_event WHERE action = 'PHOTO_IMPORT'");

		importPhotos(zip).path("importAdmissionPhotos.matched").entity(Integer.class).isEqualTo(2)
			.path("importAdmissionPhotos.unchanged").entity(Integer.class).isEqualTo(2)
			.path("importAdmissionPhotos.replaced").entity(Integer.class).isEqualTo(0);
		assertThat(version(a)).isEqualTo(1);
		assertThat(version(b)).isEqualTo(1);
		assertThat(photoId(a)).isEqualTo(firstPhoto);
		assertThat(number("SELECT count(*) FROM photo")).isEqualTo(photos);
		assertThat(number("SELECT count(*) FROM audit_event WHERE action = 'PHOTO_IMPORT'")).isEqualTo(audits);

		importPhotos(PhotoFiles.zip(Map.of(examinee(a) + ".jpg", PhotoFiles.jpeg(60, 80, Color.ORANGE),
				student(b) + ".png", PhotoFiles.png(60, 80, Color.WHITE))))
			.path("importAdmissionPhotos.matched").entity(Integer.class).isEqualTo(2)
			.path("importAdmissionPhotos.replaced").entity(Integer.class).isEqualTo(1)
			.path("importAdmissionPhotos.unchanged").entity(Integer.class).isEqualTo(1);
		assertThat(version(a)).isEqualTo(2);
		assertThat(version(b)).isEqualTo(1);
		assertThat(db.sql("SELECT before ->> 'admissionPhotoSha256' FROM audit_event WHERE action = 'PHOTO_IMPORT'"
				+ " AND entity_id = :id ORDER BY id DESC LIMIT 1").bind("id", a).map(row -> row.get(0, String.class)).one().block())
			.isEqualTo(db.sql("SELECT encode(sha256, 'hex') FROM photo WHERE id = :id").bind("id", firstPhoto)
				.map(row -> row.get(0, String.class)).one().block());
	}

	private GraphQlTester.Response importPhotos(byte[] zip) {
		String upload = PhotoFiles.upload(http, bearer, zip);
		return as(bearer).documentName("photoImport").variable("input", Map.of("uploadId", upload)).execute();
	}

	private byte[] download(long record, String contentType) {
		return http.get().uri("/api/records/{id}/admission-photo", globalId(record)).header("Authorization", bearer).exchange()
			.expectStatus().isOk()
			.expectHeader().contentType(contentType)
			.expectHeader().valueEquals("Cache-Control", "private, no-store")
			.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
			.expectBody(byte[].class).returnResult().getResponseBody();
	}

	private long record(int n) {
		return fixtures.add(CLASS, "照片" + "甲乙丙丁戊".charAt(n % 5), "P" + serial + String.format("%02d", n), RecordFixtures.IDS.get(n % 5));
	}

	private String examinee(long record) {
		return text("SELECT examinee_number FROM enrolment_record WHERE id = " + record);
	}

	private String student(long record) {
		return text("SELECT student_number FROM enrolment_record WHERE id = " + record);
	}

	private int version(long record) {
		return (int) number("SELECT version FROM enrolment_record WHERE id = " + record);
	}

	private Long photoId(long record) {
		return db.sql("SELECT admission_photo_id FROM enrolment_record WHERE id = :id").bind("id", record)
			.map(row -> java.util.Optional.ofNullable(row.get(0, Long.class))).one().block().orElse(null);
	}

	private static String globalId(long record) {
		return GlobalId.encode("EnrolmentRecord", record);
	}

	private String text(String sql) {
		return db.sql(sql).map(row -> row.get(0, String.class)).one().block();
	}

	private long number(String sql) {
		return db.sql(sql).map(row -> ((Number) row.get(0)).longValue()).one().block();
	}

	private HttpGraphQlTester as(String bearer) {
		return graphQl.mutate().header("Authorization", bearer).build();
	}

}
