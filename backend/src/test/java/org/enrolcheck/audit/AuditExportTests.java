package org.enrolcheck.audit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log export as a registrar opens it in Excel; the export is audited itself. */
@EnrolCheckTest
class AuditExportTests {

	@Autowired
	WebTestClient http;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TestTokens tokens;

	@Autowired
	DatabaseClient db;

	@Autowired
	AuditLog audit;

	AuditFixtures fixtures;

	String action;

	@BeforeEach
	void setUp() {
		fixtures = new AuditFixtures(db, audit, tokens);
		action = "TEST_" + System.nanoTime();
	}

	@Test
	void aCsvExportIsFilteredReadableMaskedAndSafeFromFormulas() {
		String staff = fixtures.staffAccount("exporter" + System.nanoTime() % 100_000);
		fixtures.write(staff, action, "Campaign", 1L, Map.of("title", "旧"), Map.of("title", "=HYPERLINK(\"http://x\")"),
				"@SUM(1+1) 11010519491231002X");
		fixtures.write("system", "OTHER_" + action, "Campaign", 2L, null, null, null);
		String csv = new String(export("csv", "?action=" + action), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF时间,操作人,操作人标识,操作,对象类型,对象编号,变更,原因");
		assertThat(csv.lines().count()).isEqualTo(2);
		assertThat(csv).contains(",exporter").contains("title: 旧 → =HYPERLINK").contains(action)
			.contains("'@SUM(1+1) 110***********002X").doesNotContain("11010519491231002X")
			.doesNotContain(",@SUM").doesNotContain("OTHER_");
	}

	@Test
	void anXlsxExportHoldsTheRowsNewestFirstAndTheExportIsAudited() throws Exception {
		for (int i = 1; i <= 3; i++) {
			fixtures.write("system", action, "Campaign", (long) i, null, Map.of("step", i), null);
		}
		byte[] xlsx = export("xlsx", "?action=" + action);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(4);
			assertThat(rows.get(1).getCellText(6)).isEqualTo("step: ∅ → 3");
			assertThat(rows.get(3).getCellText(6)).isEqualTo("step: ∅ → 1");
		}
		graphQl.mutate().header("Authorization", registrar()).build().documentName("auditEvents")
			.variable("filter", Map.of("action", "EXPORT_AUDIT_LOG")).execute()
			.path("auditEvents.edges[0].node.after").entity(String.class).satisfies(after -> assertThat(after).contains(action));
	}

	@Test
	void onlyARegistrarExports() {
		long exportsBefore = exports();
		http.get().uri("/api/audit/export.csv").exchange().expectStatus().isUnauthorized();
		for (Role role : List.of(Role.COLLEGE_ADMIN, Role.COUNSELLOR, Role.ANALYST, Role.STUDENT)) {
			http.get().uri("/api/audit/export.csv").header("Authorization", fixtures.staff(role, List.of(fixtures.college("03"))))
				.exchange().expectStatus().isForbidden();
		}
		http.get().uri("/api/audit/export.csv?from=yesterday").header("Authorization", registrar()).exchange()
			.expectStatus().isBadRequest();
		assertThat(exports()).isEqualTo(exportsBefore);
	}

	private long exports() {
		return db.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT_AUDIT_LOG'").map(row -> row.get(0, Long.class))
			.one().block();
	}

	private byte[] export(String format, String query) {
		return http.get().uri("/api/audit/export." + format + query).header("Authorization", registrar()).exchange()
			.expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
	}

	private String registrar() {
		return fixtures.staff(Role.REGISTRAR, List.of());
	}

}
