package org.enrolcheck.record;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The roster export as a registrar or college opens it in Excel. */
@EnrolCheckTest
class RecordExportTests {

	@Autowired
	WebTestClient http;

	@Autowired
	TestTokens tokens;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	DatabaseClient db;

	@Test
	void aCsvExportIsUtf8WithBomMaskedAndSafeFromFormulas() {
		fixtures.add("2025040101", "=HYPERLINK(\"http://x\")", "E1" + System.nanoTime() % 100000, RecordFixtures.IDS.get(0));
		byte[] csv = export("csv", registrar());
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).contains("考生号,学号,姓名").contains("110***********002X").doesNotContain("11010519491231002X");
		assertThat(text).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").doesNotContain(",\"=HYPERLINK");
	}

	@Test
	void anXlsxExportHoldsTheScopedRecordsInRosterOrder() throws Exception {
		fixtures.addRecords("2024030101", 3);
		fixtures.addRecords("2024050101", 2);
		long college = db.sql("SELECT id FROM college WHERE code = '03'").map(row -> row.get(0, Long.class)).one().block();
		byte[] xlsx = export("xlsx", tokens.staff(Role.COLLEGE_ADMIN, institution(), List.of(college), List.of()));
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("考生号");
			assertThat(rows).hasSize(4);
			assertThat(rows.subList(1, 4)).allSatisfy(row -> assertThat(row.getCellText(11)).isEqualTo("经济管理学院"));
		}
	}

	@Test
	void studentsAndAnonymousCallersGetNoExport() {
		http.get().uri("/api/records/export.csv").exchange().expectStatus().isUnauthorized();
		http.get().uri("/api/records/export.csv").header("Authorization", tokens.bearer("s", Role.STUDENT)).exchange()
			.expectStatus().isForbidden();
	}

	private byte[] export(String format, String bearer) {
		return http.get().uri("/api/records/export." + format).header("Authorization", bearer).exchange()
			.expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
	}

	private String registrar() {
		return tokens.staff(Role.REGISTRAR, institution(), List.of(), List.of());
	}

	private long institution() {
		return db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class)).one().block();
	}

}
