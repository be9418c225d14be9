package org.enrolcheck.importing;

import java.util.List;
import java.util.Map;

import org.enrolcheck.security.Role;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.Rosters;
import org.enrolcheck.support.TestTokens;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A registrar of the demo institution driving roster imports the way the staff SPA does (upload over
 * HTTP, then GraphQL), with examinee and student numbers no other test of the run uses.
 */
final class ImportDriver {

	final String bearer;

	private final HttpGraphQlTester graphQl;

	private final WebTestClient http;

	private final String examineePrefix;

	private final String studentPrefix;

	/**
	 * @param examineeYear two digits that start this class's examinee numbers
	 * @param studentLetter the letter that starts this class's student numbers
	 */
	ImportDriver(HttpGraphQlTester graphQl, WebTestClient http, TestTokens tokens, DatabaseClient db, String examineeYear,
			String studentLetter) {
		this.graphQl = graphQl;
		this.http = http;
		long institution = db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class)).one().block();
		this.bearer = tokens.staff(Role.REGISTRAR, institution, List.of(), List.of());
		int serial = (int) (System.nanoTime() % 900_000) + 100_000;
		this.examineePrefix = examineeYear + serial;
		this.studentPrefix = studentLetter + serial;
	}

	String line(int n, String name, int id) {
		return Rosters.line(examinee(n), student(n), name, RecordFixtures.IDS.get(id));
	}

	/** What every examinee number of this driver starts with. */
	String examineePrefix() {
		return examineePrefix;
	}

	String examinee(int n) {
		return examineePrefix + String.format("%06d", n);
	}

	String student(int n) {
		return studentPrefix + n;
	}

	GraphQlTester.Response start(byte[] file, boolean createMissing) {
		String upload = Rosters.upload(http, bearer, "名单.csv", file);
		return as(bearer).documentName("startImport")
			.variable("input", Map.of("uploadId", upload, "createMissingReference", createMissing)).execute();
	}

	/** The id of the batch a dry run of {@code file} analysed. */
	String analysed(byte[] file) {
		return batchId(start(file, false));
	}

	/** Analyses and commits {@code file}, checking that it was committed; the batch's id. */
	String imported(byte[] file) {
		String batchId = analysed(file);
		committed(batchId);
		return batchId;
	}

	static String batchId(GraphQlTester.Response dryRun) {
		return dryRun.path("startRosterImport.batch.id").entity(String.class).get();
	}

	GraphQlTester.Response commit(String batchId, int version) {
		return as(bearer).documentName("commitImport").variable("input", Map.of("batchId", batchId, "version", version)).execute();
	}

	/** Commits a freshly analysed batch and checks that it was committed. */
	void committed(String batchId) {
		commit(batchId, 0).path("commitImportBatch.batch.state").entity(String.class).isEqualTo("COMMITTED");
	}

	GraphQlTester.Response rollback(String batchId, String reason) {
		return as(bearer).documentName("rollbackImport").variable("input", Map.of("batchId", batchId, "reason", reason)).execute();
	}

	HttpGraphQlTester as(String token) {
		return graphQl.mutate().header("Authorization", token).build();
	}

}
