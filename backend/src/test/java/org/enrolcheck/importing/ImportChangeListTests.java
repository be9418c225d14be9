package org.enrolcheck.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

/**
 * What a committed batch lists as its row changes (the staff import history): NEW rows with the
 * fields they were created with, CHANGED rows with their diffs, in row order, page by page, and the
 * same after a rollback removed the new records.
 */
@EnrolCheckTest
class ImportChangeListTests {

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
		imports = new ImportDriver(graphQl, http, tokens, db, "26", "C");
	}

	@Test
	void aCommittedBatchListsNewAndChangedRowsInRowOrderBeforeAndAfterItsRollback() {
		imports.imported(Rosters.csv(List.of(imports.line(2, "王芳", 1))));
		// file rows 2, 4 and 5 are new records; row 3 renames 王芳
		String batch = imports.analysed(Rosters.csv(List.of(imports.line(1, "张伟", 0), imports.line(2, "王芳芳", 1),
				imports.line(3, "李娜", 2), imports.line(4, "赵敏", 3))));
		imports.committed(batch);

		List<Map<String, Object>> listed = changes(batch);
		assertThat(listed).extracting(node -> node.get("rowNumber")).containsExactly(2, 3, 4, 5);
		assertThat(listed).extracting(node -> node.get("kind")).containsExactly("NEW", "CHANGED", "NEW", "NEW");
		assertThat(listed).extracting(node -> node.get("examineeNumber"))
			.containsExactly(imports.examinee(1), imports.examinee(2), imports.examinee(3), imports.examinee(4));
		assertThat(diffs(listed.get(0))).containsExactly("examineeNumber=null→" + imports.examinee(1),
				"studentNumber=null→" + imports.student(1), "name=null→张伟",
				"idNumber=null→" + org.enrolcheck.validation.Masking.idNumber(RecordFixtures.IDS.get(0)[0]),
				"classCode=null→2025010101", "status=null→注册学籍");
		assertThat(diffs(listed.get(1))).containsExactly("name=王芳→王芳芳");

		imports.rollback(batch, "导错了").path("rollbackImportBatch.batch.state").entity(String.class).isEqualTo("ROLLED_BACK");
		assertThat(count("SELECT count(*) FROM enrolment_record WHERE examinee_number IN ('" + imports.examinee(1) + "', '"
				+ imports.examinee(3) + "', '" + imports.examinee(4) + "')")).isZero();
		assertThat(changes(batch)).isEqualTo(listed);
		// the rollback's audit keeps what each removed record held
		assertThat(db.sql("SELECT before ->> 'name' FROM audit_event WHERE action = 'IMPORT_ROLLBACK' AND before ->> 'examineeNumber' = :e")
			.bind("e", imports.examinee(3)).map(row -> row.get(0, String.class)).all().collectList().block()).containsExactly("李娜");
	}

	@Test
	void aBatchCommittedBeforeV18WithItsNewRowsInImportRowChangeStillListsAndRollsBack() {
		String batch = imports.analysed(Rosters.csv(List.of(imports.line(1, "孙悦", 0), imports.line(2, "周强", 1))));
		imports.committed(batch);
		List<Map<String, Object>> listed = changes(batch);
		// what the import wrote before V18: a row change with its diffs per new record, no import_new_rows
		long id = org.enrolcheck.graphql.GlobalId.decode(batch, "ImportBatch");
		db.sql("""
				INSERT INTO import_row_change (batch_id, row_number, kind, examinee_number, diffs)
				SELECT n.batch_id, u.row_number, 'NEW', a.after ->> 'examineeNumber',
				       (SELECT jsonb_agg(jsonb_build_object('field', f, 'before', NULL, 'after', a.after ->> f) ORDER BY o)
				        FROM unnest(ARRAY['examineeNumber', 'studentNumber', 'name', 'idNumber', 'classCode', 'status'])
				             WITH ORDINALITY AS k(f, o))
				FROM import_new_rows n, unnest(n.row_numbers, n.record_ids) AS u(row_number, record_id)
				JOIN audit_event a ON a.entity_type = 'EnrolmentRecord' AND a.entity_id = u.record_id
				     AND a.action = 'IMPORT_CREATE'
				WHERE n.batch_id = :batch""").bind("batch", id).fetch().rowsUpdated().block();
		assertThat(db.sql("DELETE FROM import_new_rows WHERE batch_id = :batch").bind("batch", id).fetch().rowsUpdated()
			.block()).isEqualTo(1);

		assertThat(changes(batch)).isEqualTo(listed);
		imports.rollback(batch, "导错了").path("rollbackImportBatch.batch.state").entity(String.class).isEqualTo("ROLLED_BACK");
		assertThat(count("SELECT count(*) FROM enrolment_record WHERE examinee_number IN ('" + imports.examinee(1) + "', '"
				+ imports.examinee(2) + "')")).isZero();
		assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'IMPORT_ROLLBACK' AND before ->> 'examineeNumber' IN ('"
				+ imports.examinee(1) + "', '" + imports.examinee(2) + "')")).isEqualTo(2);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> changes(String batch) {
		List<Map<String, Object>> nodes = new ArrayList<>();
		String after = null;
		do {
			GraphQlTester.Response page = imports.as(imports.bearer).documentName("importChanges").variable("id", batch)
				.variable("after", after).execute();
			nodes.addAll(page.path("importBatch.changes.edges[*].node").entityList(Map.class).get().stream()
				.map(node -> (Map<String, Object>) node).toList());
			boolean more = page.path("importBatch.changes.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = more ? page.path("importBatch.changes.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		return nodes;
	}

	@SuppressWarnings("unchecked")
	private static List<String> diffs(Map<String, Object> node) {
		return ((List<Map<String, Object>>) node.get("diffs")).stream()
			.map(diff -> diff.get("field") + "=" + diff.get("before") + "→" + diff.get("after")).toList();
	}

	private long count(String sql) {
		Number value = db.sql(sql).map(row -> (Number) row.get(0)).one().block();
		return value == null ? 0 : value.longValue();
	}

}
