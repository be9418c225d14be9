package org.enrolcheck.importing;

import java.util.List;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.support.EnrolCheckTest;
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

	ImportDriver imports;

	@BeforeEach
	void registrar() {
		imports = new ImportDriver(graphQl, http, tokens, db, "27", "P");
	}

	@Test
	void withoutTheDryRunsParseTheCommitReadsTheUploadAgain() {
		String batch = imports.analysed(Rosters.csv(List.of(imports.line(1, "王芳", 0), imports.line(2, "张伟", 1))));
		parses.clear();
		imports.committed(batch);
		assertThat(names()).containsExactly("王芳", "张伟");
	}

	@Test
	void withTheDryRunsParseTheCommitDoesNotNeedTheUploadsBytes() {
		String batch = imports.analysed(Rosters.csv(List.of(imports.line(1, "李娜", 2), imports.line(2, "赵敏", 3))));
		// were the commit to read the upload again, these bytes would not even decrypt
		db.sql("UPDATE upload SET bytes_cipher = '\\x00'::bytea WHERE id = (SELECT upload_id FROM import_batch WHERE id = :id)")
			.bind("id", GlobalId.decode(batch, "ImportBatch")).fetch().rowsUpdated().block();
		imports.committed(batch);
		assertThat(names()).containsExactly("李娜", "赵敏");
	}

	@Test
	void anExpiredUploadIsNotCommittedFromTheDryRunsParse() {
		String batch = imports.analysed(Rosters.csv(List.of(imports.line(1, "周强", 0))));
		db.sql("UPDATE upload SET expires_at = now() - interval '1 minute'"
				+ " WHERE id = (SELECT upload_id FROM import_batch WHERE id = :id)")
			.bind("id", GlobalId.decode(batch, "ImportBatch")).fetch().rowsUpdated().block();
		imports.commit(batch, 0)
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "NOT_FOUND")));
		assertThat(names()).isEmpty();
		// refused before the batch was claimed: it is not left half-way as COMMITTING
		assertThat(db.sql("SELECT state FROM import_batch WHERE id = :id").bind("id", GlobalId.decode(batch, "ImportBatch"))
			.map(row -> row.get(0, String.class)).one().block()).isEqualTo("ANALYSED");
	}

	private List<String> names() {
		return db.sql("SELECT name FROM enrolment_record WHERE examinee_number LIKE :prefix ORDER BY examinee_number")
			.bind("prefix", imports.examineePrefix() + "%").map(row -> row.get(0, String.class)).all().collectList().block();
	}

}
