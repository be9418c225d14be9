package org.enrolcheck.importing;

import java.util.List;
import java.util.Map;

import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
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

	String bearer;

	int serial;

	@BeforeEach
	void registrar() {
		long institution = db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class)).one().block();
		bearer = tokens.staff(Role.REGISTRAR, institution, List.of(), List.of());
		serial = (int) (System.nanoTime() % 900_000) + 100_000;
	}

	@Test
	void aDryRunReportsEveryRowAndWritesNoRecord() {
		long before = records();
		var batch = start(Rosters.csv(List.of(line(1, "王芳", 0), line(2, "张伟", 1),
				line(3, "李娜", 2).replace("310104200001011239", "310104200001011230"))), false)
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
		byte[] file = Rosters.csv(List.of(line(1, "王芳", 0), line(2, "张伟", 1)));
		long before = records();
		String batchId = analysedId(start(file, false));
		commit(batchId, 0).path("commitImportBatch.batch.state").entity(String.class).isEqualTo("COMMITTED")
			.path("commitImportBatch.batch.progress.percent").entity(Integer.class).isEqualTo(100);
		assertThat(records()).isEqualTo(before + 2);
		assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'IMPORT_CREATE' AND reason LIKE 'import batch %'"))
			.isGreaterThanOrEqualTo(2);
		assertThat(name(1)).isEqualTo("王芳");
		byte[] cipher = db.sql("SELECT id_number_cipher FROM enrolment_record WHERE examinee_number = :e")
			.bind("e", examinee(1)).map(row -> row.get(0, byte[].class)).one().block();
		assertThat(new String(cipher, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("19491231");

		GraphQlTester.Response reimport = start(file, false);
		reimport.path("startRosterImport.batch.counts.unchanged").entity(Integer.class).isEqualTo(2)
			.path("startRosterImport.batch.counts.new").entity(Integer.class).isEqualTo(0);
		String again = analysedId(reimport);
		commit(again, 0).path("commitImportBatch.batch.state").entity(String.class).isEqualTo("COMMITTED");
		assertThat(records()).isEqualTo(before + 2);
		assertThat(count("SELECT max(version) FROM enrolment_record WHERE examinee_number = '" + examinee(1) + "'")).isZero();
	}

	@Test
	void aChangedRowShowsItsDiffAndARollbackRestoresIt() {
		analysedCommit(Rosters.csv(List.of(line(1, "王芳", 0))));
		GraphQlTester.Response dryRun = start(Rosters.csv(List.of(line(1, "王芳芳", 0))), false);
		dryRun.path("startRosterImport.batch.counts.changed").entity(Integer.class).isEqualTo(1)
			.path("startRosterImport.batch.changes.edges[0].node.diffs[0].field").entity(String.class).isEqualTo("name")
			.path("startRosterImport.batch.changes.edges[0].node.diffs[0].before").entity(String.class).isEqualTo("王芳")
			.path("startRosterImport.batch.changes.edges[0].node.diffs[0].after").entity(String.class).isEqualTo("王芳芳");
		String second = analysedId(dryRun);
		commit(second, 0);
		assertThat(name(1)).isEqualTo("王芳芳");
		rollback(second, "导错了文件").path("rollbackImportBatch.batch.state").entity(String.class).isEqualTo("ROLLED_BACK");
		assertThat(name(1)).isEqualTo("王芳");
		assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'IMPORT_ROLLBACK' AND reason = '导错了文件'")).isEqualTo(1);
	}

	@Test
	void aRollbackRemovesCreatedRecordsButNotOnceTheyChangedLater() {
		long before = records();
		String first = analysedCommit(Rosters.csv(List.of(line(1, "赵敏", 0), line(2, "钱进", 1))));
		String second = analysedCommit(Rosters.csv(List.of(line(1, "赵敏敏", 0))));
		rollback(first, "撤销").path("rollbackImportBatch.code").entity(String.class).isEqualTo("BATCH_RECORDS_IN_USE");
		rollback(second, "撤销第二批");
		rollback(first, "撤销").path("rollbackImportBatch.__typename").entity(String.class).isEqualTo("ImportRolledBack");
		assertThat(records()).isEqualTo(before);
		rollback(first, "again").path("rollbackImportBatch.code").entity(String.class).isEqualTo("BATCH_NOT_COMMITTED");
	}

	@Test
	void aFileWithDuplicateExamineeNumbersIsRejectedWhole() {
		long batches = count("SELECT count(*) FROM import_batch");
		start(Rosters.csv(List.of(line(1, "王芳", 0), line(1, "张伟", 1).replace(student(1), student(2)))), false)
			.path("startRosterImport.__typename").entity(String.class).isEqualTo("RosterFileRejected")
			.path("startRosterImport.code").entity(String.class).isEqualTo("DUPLICATE_EXAMINEE_NUMBER")
			.path("startRosterImport.detail").entity(String.class).isEqualTo("2, 3");
		assertThat(count("SELECT count(*) FROM import_batch")).isEqualTo(batches);
	}

	@Test
	void unknownColumnsAndNonRostersAreRejectedWithTheirCode() {
		byte[] extra = ("考生号,学号,姓名,爱好\n" + examinee(1) + ",1,王芳,篮球\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		start(extra, false).path("startRosterImport.code").entity(String.class).isEqualTo("COLUMN_UNKNOWN");
	}

	@Test
	void anUnknownClassIsReportedOrCreatedOnRequest() {
		String line = line(1, "孙悦", 0).replace("2025010101", "2025019901");
		start(Rosters.csv(List.of(line)), false)
			.path("startRosterImport.batch.invalidRows.edges[0].node.code").entity(String.class).isEqualTo("CLASS_UNKNOWN");
		GraphQlTester.Response created = start(Rosters.csv(List.of(line)), true);
		created.path("startRosterImport.batch.counts.new").entity(Integer.class).isEqualTo(1);
		String batch = analysedId(created);
		commit(batch, 0).path("commitImportBatch.batch.state").entity(String.class).isEqualTo("COMMITTED");
		assertThat(count("SELECT count(*) FROM school_class WHERE code = '2025019901'")).isEqualTo(1);
	}

	@Test
	void aStaleOrRepeatedCommitIsRefused() {
		String batch = analysedId(start(Rosters.csv(List.of(line(1, "周强", 0))), false));
		commit(batch, 7).path("commitImportBatch.currentVersion").entity(Integer.class).isEqualTo(0);
		commit(batch, 0).path("commitImportBatch.batch.state").entity(String.class).isEqualTo("COMMITTED");
		commit(batch, 0).path("commitImportBatch.code").entity(String.class).isEqualTo("BATCH_NOT_ANALYSED");
	}

	@Test
	void theErrorReportIsAnXlsxForTheBatchesOwnInstitutionOnly() {
		GraphQlTester.Response response = start(Rosters.csv(List.of(line(1, "吴昊", 0).replace("汉族", "火星族"))), false);
		String url = response.path("startRosterImport.batch.errorReportUrl").entity(String.class).get();
		byte[] xlsx = http.get().uri(url).header("Authorization", bearer).exchange()
			.expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
		assertThat(xlsx).startsWith('P', 'K');
		http.get().uri(url).header("Authorization", tokens.staff(Role.REGISTRAR, 999, List.of(), List.of())).exchange()
			.expectStatus().isNotFound();
	}

	@Test
	void onlyARegistrarMayImportAndOnlyTheirOwnUpload() {
		String upload = Rosters.upload(http, bearer, "r.csv", Rosters.csv(List.of(line(1, "王芳", 0))));
		for (Role role : List.of(Role.COLLEGE_ADMIN, Role.COUNSELLOR, Role.STUDENT, Role.ANALYST, Role.SUPPORT)) {
			as(tokens.staff(role, 1, List.of(1L), List.of(1L))).documentName("startImport")
				.variable("input", Map.of("uploadId", upload)).execute()
				.errors().satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
		}
		long institution = db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class)).one().block();
		String colleague = "Bearer " + tokens.issuer().accessToken("registrar-2", List.of(Role.REGISTRAR),
				Map.of(org.enrolcheck.security.Viewer.INSTITUTION_CLAIM, institution));
		as(colleague).documentName("startImport").variable("input", Map.of("uploadId", upload)).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
	}

	private String line(int n, String name, int id) {
		return Rosters.line(examinee(n), student(n), name, RecordFixtures.IDS.get(id));
	}

	private String examinee(int n) {
		return "25" + serial + String.format("%06d", n);
	}

	private String student(int n) {
		return "S" + serial + n;
	}

	private GraphQlTester.Response start(byte[] file, boolean createMissing) {
		String upload = Rosters.upload(http, bearer, "名单.csv", file);
		return as(bearer).documentName("startImport")
			.variable("input", Map.of("uploadId", upload, "createMissingReference", createMissing)).execute();
	}

	private GraphQlTester.Response commit(String batchId, int version) {
		return as(bearer).documentName("commitImport").variable("input", Map.of("batchId", batchId, "version", version)).execute();
	}

	private GraphQlTester.Response rollback(String batchId, String reason) {
		return as(bearer).documentName("rollbackImport").variable("input", Map.of("batchId", batchId, "reason", reason)).execute();
	}

	private String analysedCommit(byte[] file) {
		String batch = analysedId(start(file, false));
		commit(batch, 0).path("commitImportBatch.batch.state").entity(String.class).isEqualTo("COMMITTED");
		return batch;
	}

	private static String analysedId(GraphQlTester.Response response) {
		return response.path("startRosterImport.batch.id").entity(String.class).get();
	}

	private HttpGraphQlTester as(String token) {
		return graphQl.mutate().header("Authorization", token).build();
	}

	private String name(int n) {
		return db.sql("SELECT name FROM enrolment_record WHERE examinee_number = :e").bind("e", examinee(n))
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
