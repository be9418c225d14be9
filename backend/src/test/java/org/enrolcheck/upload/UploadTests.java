package org.enrolcheck.upload;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads over real multipart HTTP: typed by content, size-limited while reading, stored encrypted. */
@EnrolCheckTest
@TestPropertySource(properties = "enrolcheck.uploads.max-roster=2KB")
class UploadTests {

	private static final byte[] ROSTER = "考生号,学号,姓名\n25500101000001,2025010101,张三\n".getBytes(StandardCharsets.UTF_8);

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	@Autowired
	WebTestClient http;

	@Autowired
	TestTokens tokens;

	@Autowired
	DatabaseClient db;

	@Test
	void aRosterIsStoredEncryptedAndDescribedByItsContent() {
		long before = uploads();
		http.post().uri("/api/uploads").header("Authorization", registrar())
			.body(BodyInserters.fromMultipartData(form("ROSTER", "名单.csv", ROSTER)))
			.exchange()
			.expectStatus().isCreated()
			.expectBody()
			.jsonPath("$.id").isNotEmpty()
			.jsonPath("$.contentType").isEqualTo("text/csv")
			.jsonPath("$.fileName").isEqualTo("名单.csv")
			.jsonPath("$.byteSize").isEqualTo(ROSTER.length)
			.jsonPath("$.sha256").isEqualTo(HexFormat.of().formatHex(UploadStore.sha256(ROSTER)));
		assertThat(uploads()).isEqualTo(before + 1);
		byte[] stored = db.sql("SELECT bytes_cipher FROM upload ORDER BY id DESC LIMIT 1").map(row -> row.get(0, byte[].class))
			.one().block();
		assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("张三").doesNotContain("25500101000001");
	}

	@Test
	void aWorkbookIsRecognisedAsXlsxWhateverItsName() throws Exception {
		http.post().uri("/api/uploads").header("Authorization", registrar())
			.body(BodyInserters.fromMultipartData(form("ROSTER", "roster.csv", workbook())))
			.exchange()
			.expectStatus().isCreated()
			.expectBody().jsonPath("$.contentType").isEqualTo(FileKind.XLSX.contentType());
	}

	@Test
	void aPictureNamedLikeARosterIsRefusedAndNothingIsStored() {
		long before = uploads();
		http.post().uri("/api/uploads").header("Authorization", registrar()).header("Accept-Language", "en")
			.body(BodyInserters.fromMultipartData(form("ROSTER", "roster.csv", PNG)))
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.expectBody()
			.jsonPath("$.code").isEqualTo("FILE_TYPE_UNSUPPORTED")
			.jsonPath("$.message").isEqualTo("This kind of file is not accepted here (judged by its content, not its name).")
			.jsonPath("$.messages['zh-CN']").isNotEmpty();
		assertThat(uploads()).isEqualTo(before);
	}

	@Test
	void aFileOverTheLimitIsRefusedWhileReading() {
		long before = uploads();
		byte[] large = new byte[3 * 1024];
		java.util.Arrays.fill(large, (byte) 'a');
		http.post().uri("/api/uploads").header("Authorization", registrar())
			.body(BodyInserters.fromMultipartData(form("ROSTER", "big.csv", large)))
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
			.expectBody().jsonPath("$.code").isEqualTo("FILE_TOO_LARGE");
		assertThat(uploads()).isEqualTo(before);
	}

	@Test
	void evidenceAboveOneMegabyteIsRefused() {
		byte[] photo = new byte[1024 * 1024 + 1];
		photo[0] = (byte) 0xFF;
		photo[1] = (byte) 0xD8;
		photo[2] = (byte) 0xFF;
		http.post().uri("/api/uploads").header("Authorization", registrar())
			.body(BodyInserters.fromMultipartData(form("EVIDENCE", "id.jpg", photo)))
			.exchange()
			.expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
	}

	@Test
	void emptyFilesMissingPartsAndUnknownPurposesAreExplained() {
		http.post().uri("/api/uploads").header("Authorization", registrar())
			.body(BodyInserters.fromMultipartData(form("ROSTER", "empty.csv", new byte[0])))
			.exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("FILE_EMPTY");
		MultipartBodyBuilder noFile = new MultipartBodyBuilder();
		noFile.part("purpose", "ROSTER");
		http.post().uri("/api/uploads").header("Authorization", registrar())
			.body(BodyInserters.fromMultipartData(noFile.build()))
			.exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("FILE_MISSING");
		http.post().uri("/api/uploads").header("Authorization", registrar())
			.body(BodyInserters.fromMultipartData(form("SELFIE", "a.csv", ROSTER)))
			.exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("PURPOSE_UNKNOWN");
	}

	@Test
	void anonymousUploadsAreRefused() {
		http.post().uri("/api/uploads").contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(form("ROSTER", "r.csv", ROSTER)))
			.exchange().expectStatus().isUnauthorized();
	}

	private String registrar() {
		return tokens.staff(Role.REGISTRAR, 1, java.util.List.of(), java.util.List.of());
	}

	private long uploads() {
		return db.sql("SELECT count(*) FROM upload").map(row -> row.get(0, Long.class)).one().block();
	}

	private static org.springframework.util.MultiValueMap<String, org.springframework.http.HttpEntity<?>> form(
			String purpose, String fileName, byte[] bytes) {
		MultipartBodyBuilder builder = new MultipartBodyBuilder();
		builder.part("purpose", purpose);
		builder.part("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return fileName;
			}
		}).contentType(MediaType.APPLICATION_OCTET_STREAM);
		return builder.build();
	}

	private static byte[] workbook() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

}
