package org.enrolcheck.importing;

import java.util.List;
import java.util.Map;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.Rosters;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commit uses the dry run's parse when this instance still holds it, and reads and parses the
 * upload again when it does not (a restart, another replica): both apply the same rows.
 */
@EnrolCheckTest
class ImportCommitParseTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient http;

	@Autowired
	TestTokens tokens;

	@Autowired
	DatabaseClient db;

	@Autowired
	DryRunParses parses;

	String bearer;

	int serial;

	@BeforeEach
	void registrar() {
		long institution = db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class)).one().block();
		bearer = tokens.staff(Role.REGISTRAR, institution, List.of(), List.of());
		serial = (int) (System.nanoTime() % 900_000) + 100_000;
	}

	@Test
	void withoutTheDryRunsParseTheCommitReadsTheUploadAgain() {
		String batch = start(Rosters.csv(List.of(line(1, "王芳", 0), line(2, "张伟", 1))));
		parses.clear();
		commit(batch);
		assertThat(names()).containsExactly("王芳", "张伟");
	}

	@Test
	void withTheDryRunsParseTheCommitDoesNotNeedTheUploadsBytes() {
		String batch = start(Rosters.csv(List.of(line(1, "李娜", 2), line(2, "赵敏", 3))));
		// were the commit to read the upload again, these bytes would not even decrypt
		db.sql("UPDATE upload SET bytes_cipher = '\\x00'::bytea WHERE id = (SELECT upload_id FROM import_batch WHERE id = :id)")
			.bind("id", GlobalId.decode(batch, "ImportBatch")).fetch().rowsUpdated().block();
		commit(batch);
		assertThat(names()).containsExactly("李娜", "赵敏");
	}

	@Test
	void anExpiredUploadIsNotCommittedFromTheDryRunsParse() {
		String batch = start(Rosters.csv(List.of(line(1, "周强", 0))));
		db.sql("UPDATE upload SET expires_at = now() - interval '1 minute'"
				+ " WHERE id = (SELECT upload_id FROM import_batch WHERE id = :id)")
			.bind("id", GlobalId.decode(batch, "ImportBatch")).fetch().rowsUpdated().block();
		as(bearer).documentName("commitImport").variable("input", Map.of("batchId", batch, "version", 0)).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
		assertThat(names()).isEmpty();
		// refused before the batch was claimed: it is not left half-way as COMMITTING
		assertThat(db.sql("SELECT state FROM import_batch WHERE id = :id").bind("id", GlobalId.decode(batch, "ImportBatch"))
			.map(row -> row.get(0, String.class)).one().block()).isEqualTo("ANALYSED");
	}

	private List<String> names() {
		return db.sql("SELECT name FROM enrolment_record WHERE examinee_number LIKE :prefix ORDER BY examinee_number")
			.bind("prefix", "27" + serial + "%").map(row -> row.get(0, String.class)).all().collectList().block();
	}

	private String line(int n, String name, int id) {
		return Rosters.line("27" + serial + String.format("%06d", n), "P" + serial + n, name, RecordFixtures.IDS.get(id));
	}

	private String start(byte[] file) {
		String upload = Rosters.upload(http, bearer, "名单.csv", file);
		return as(bearer).documentName("startImport").variable("input", Map.of("uploadId", upload)).execute()
			.path("startRosterImport.batch.id").entity(String.class).get();
	}

	private void commit(String batchId) {
		as(bearer).documentName("commitImport").variable("input", Map.of("batchId", batchId, "version", 0)).execute()
			.path("commitImportBatch.batch.state").entity(String.class).isEqualTo("COMMITTED");
	}

	private HttpGraphQlTester as(String token) {
		return graphQl.mutate().header("Authorization", token).build();
	}

}
