package org.enrolcheck.importing;

import java.util.List;
import java.util.Map;

import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.Rosters;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A registrar's roster import through the real upload endpoint, GraphQL and database. */
@EnrolCheckTest
class RosterImportTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient http;

	@Autowired
	TestTokens tokens;

	@Autowired
	DatabaseClient db;

	ImportDriver imports;

	@BeforeEach
	void registrar() {
		imports = new ImportDriver(graphQl, http, tokens, db, "25", "S");
	}

	@Test
	void aDryRunReportsEveryRowAndWritesNoRecord() {
		long before = records();
		var batch = imports.start(Rosters.csv(List.of(imports.line(1, "王芳", 0), imports.line(2, "张伟", 1),
				imports.line(3, "李娜", 2).replace("310104200001011239", "310104200001011230"))), false)
			.path("startRosterImport.__typename").entity(String.class).isEqualTo("RosterImportAnalysed");
		batch.path("startRosterImport.batch.state").entity(String.class).isEqualTo("ANALYSED")
			.path("startRosterImport.batch.counts.total").entity(Integer.class).isEqualTo(3)
			.path("startRosterImport.batch.counts.new").entity(Integer.class).isEqualTo(2)
			.path("startRosterImport.batch.counts.invalid").entity(Integer.class).isEqualTo(1)
			.path("startRosterImport.batch.invalidRows.edges[0].node.rowNumber").entity(Integer.class).isEqualTo(4)
			.path("startRosterImport.batch.invalidRows.edges[0].node.column").entity(String.class).isEqualTo("身份证号")
			.path("startRosterImport.batch.invalidRows.edges[0].node.code").entity(String.class).isEqualTo("ID_NUMBER_CHECKSUM");
		assertThat(records()).isEqualTo(before);
	}

	@Test
	void aCommitAppliesValidRowsAndReimportingTheSameFileChangesNothing() {
		byte[] file = Rosters.csv(List.of(imports.line(1, "王芳", 0), imports.line(2, "张伟", 1)));
		long before = records();
		String batchId = imports.analysed(file);
		imports.commit(batchId, 0).path("commitImportBatch.batch.state").entity(String.class).isEqualTo("COMMITTED")
			.path("commitImportBatch.batch.progress.percent").entity(Integer.class).isEqualTo(100);
		assertThat(records()).isEqualTo(before + 2);
		assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'IMPORT_CREATE' AND reason LIKE 'import batch %'"))
			.isGreaterThanOrEqualTo(2);
		assertThat(name(1)).isEqualTo("王芳");
		byte[] cipher = db.sql("SELECT id_number_cipher FROM enrolment_record WHERE examinee_number = :e")
			.bind("e", imports.examinee(1)).map(row -> row.get(0, byte[].class)).one().block();
		assertThat(new String(cipher, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("19491231");

		GraphQlTester.Response reimport = imports.start(file, false);
		reimport.path("startRosterImport.batch.counts.unchanged").entity(Integer.class).isEqualTo(2)
			.path("startRosterImport.batch.counts.new").entity(Integer.class).isEqualTo(0);
		String again = ImportDriver.batchId(reimport);
		imports.commit(again, 0).path("commitImportBatch.batch.state").entity(String.class).isEqualTo("COMMITTED");
		assertThat(records()).isEqualTo(before + 2);
		assertThat(count("SELECT max(version) FROM enrolment_record WHERE examinee_number = '" + imports.examinee(1) + "'")).isZero();
	}

	@Test
	void aChangedRowShowsItsDiffAndARollbackRestoresIt() {
		imports.imported(Rosters.csv(List.of(imports.line(1, "王芳", 0))));
		GraphQlTester.Response dryRun = imports.start(Rosters.csv(List.of(imports.line(1, "王芳芳", 0))), false);
		dryRun.path("startRosterImport.batch.counts.changed").entity(Integer.class).isEqualTo(1)
			.path("startRosterImport.batch.changes.edges[0].node.diffs[0].field").entity(String.class).isEqualTo("name")
			.path("startRosterImport.batch.changes.edges[0].node.diffs[0].before").entity(String.class).isEqualTo("王芳")
			.path("startRosterImport.batch.changes.edges[0].node.diffs[0].after").entity(String.class).isEqualTo("王芳芳");
		String second = ImportDriver.batchId(dryRun);
		imports.commit(second, 0);
		assertThat(name(1)).isEqualTo("王芳芳");
		imports.rollback(second, "导错了文件").path("rollbackImportBatch.batch.state").entity(String.class).isEqualTo("ROLLED_BACK");
		assertThat(name(1)).isEqualTo("王芳");
		assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'IMPORT_ROLLBACK' AND reason = '导错了文件'")).isEqualTo(1);
	}

	@Test
	void aRollbackRemovesCreatedRecordsButNotOnceTheyChangedLater() {
		long before = records();
		String first = imports.imported(Rosters.csv(List.of(imports.line(1, "赵敏", 0), imports.line(2, "钱进", 1))));
		String second = imports.imported(Rosters.csv(List.of(imports.line(1, "赵敏敏", 0))));
		imports.rollback(first, "撤销").path("rollbackImportBatch.code").entity(String.class).isEqualTo("BATCH_RECORDS_IN_USE");
		imports.rollback(second, "撤销第二批");
		imports.rollback(first, "撤销").path("rollbackImportBatch.__typename").entity(String.class).isEqualTo("ImportRolledBack");
		assertThat(records()).isEqualTo(before);
		imports.rollback(first, "again").path("rollbackImportBatch.code").entity(String.class).isEqualTo("BATCH_NOT_COMMITTED");
	}

	@Test
	void aFileWithDuplicateExamineeNumbersIsRejectedWhole() {
		long batches = count("SELECT count(*) FROM import_batch");
		imports.start(Rosters.csv(List.of(imports.line(1, "王芳", 0),
				imports.line(1, "张伟", 1).replace(imports.student(1), imports.student(2)))), false)
			.path("startRosterImport.__typename").entity(String.class).isEqualTo("RosterFileRejected")
			.path("startRosterImport.code").entity(String.class).isEqualTo("DUPLICATE_EXAMINEE_NUMBER")
			.path("startRosterImport.detail").entity(String.class).isEqualTo("2, 3");
		assertThat(count("SELECT count(*) FROM import_batch")).isEqualTo(batches);
	}

	@Test
	void unknownColumnsAndNonRostersAreRejectedWithTheirCode() {
		byte[] extra = ("考生号,学号,姓名,爱好\n" + imports.examinee(1) + ",1,王芳,篮球\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		imports.start(extra, false).path("startRosterImport.code").entity(String.class).isEqualTo("COLUMN_UNKNOWN");
	}

	@Test
	void anUnknownClassIsReportedOrCreatedOnRequest() {
		String line = imports.line(1, "孙悦", 0).replace("2025010101", "2025019901");
		imports.start(Rosters.csv(List.of(line)), false)
			.path("startRosterImport.batch.invalidRows.edges[0].node.code").entity(String.class).isEqualTo("CLASS_UNKNOWN");
		GraphQlTester.Response created = imports.start(Rosters.csv(List.of(line)), true);
		created.path("startRosterImport.batch.counts.new").entity(Integer.class).isEqualTo(1);
		String batch = ImportDriver.batchId(created);
		imports.commit(batch, 0).path("commitImportBatch.batch.state").entity(String.class).isEqualTo("COMMITTED");
		assertThat(count("SELECT count(*) FROM school_class WHERE code = '2025019901'")).isEqualTo(1);
	}

	@Test
	void aStaleOrRepeatedCommitIsRefused() {
		String batch = imports.analysed(Rosters.csv(List.of(imports.line(1, "周强", 0))));
		imports.commit(batch, 7).path("commitImportBatch.currentVersion").entity(Integer.class).isEqualTo(0);
		imports.commit(batch, 0).path("commitImportBatch.batch.state").entity(String.class).isEqualTo("COMMITTED");
		imports.commit(batch, 0).path("commitImportBatch.code").entity(String.class).isEqualTo("BATCH_NOT_ANALYSED");
	}

	@Test
	void theErrorReportIsAnXlsxForTheBatchesOwnInstitutionOnly() {
		GraphQlTester.Response response = imports.start(Rosters.csv(List.of(imports.line(1, "吴昊", 0).replace("汉族", "火星族"))), false);
		String url = response.path("startRosterImport.batch.errorReportUrl").entity(String.class).get();
		byte[] xlsx = http.get().uri(url).header("Authorization", imports.bearer).exchange()
			.expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
		assertThat(xlsx).startsWith('P', 'K');
		http.get().uri(url).header("Authorization", tokens.staff(Role.REGISTRAR, 999, List.of(), List.of())).exchange()
			.expectStatus().isNotFound();
	}

	@Test
	void onlyARegistrarMayImportAndOnlyTheirOwnUpload() {
		String upload = Rosters.upload(http, imports.bearer, "r.csv", Rosters.csv(List.of(imports.line(1, "王芳", 0))));
		for (Role role : List.of(Role.COLLEGE_ADMIN, Role.COUNSELLOR, Role.STUDENT, Role.ANALYST, Role.SUPPORT)) {
			imports.as(tokens.staff(role, 1, List.of(1L), List.of(1L))).documentName("startImport")
				.variable("input", Map.of("uploadId", upload)).execute()
				.errors().satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
		}
		long institution = db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class)).one().block();
		String colleague = "Bearer " + tokens.issuer().accessToken("registrar-2", List.of(Role.REGISTRAR),
				Map.of(org.enrolcheck.security.Viewer.INSTITUTION_CLAIM, institution));
		imports.as(colleague).documentName("startImport").variable("input", Map.of("uploadId", upload)).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
	}

	private String name(int n) {
		return db.sql("SELECT name FROM enrolment_record WHERE examinee_number = :e").bind("e", imports.examinee(n))
			.map(row -> row.get(0, String.class)).one().block();
	}

	private long records() {
		return count("SELECT count(*) FROM enrolment_record");
	}

	private long count(String sql) {
		Number value = db.sql(sql).map(row -> (Number) row.get(0)).one().block();
		return value == null ? 0 : value.longValue();
	}

}
