package org.enrolcheck.record;

import java.util.List;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.StatementCounter;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Who sees which records: one test per role, against records in two colleges. */
@EnrolCheckTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordAccessTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TestTokens tokens;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	DatabaseClient db;

	@Autowired
	StatementCounter statements;

	long institution;

	long computing;

	long computingClass;

	List<Long> computingRecords;

	List<Long> electronicsRecords;

	@BeforeAll
	void roster() {
		computingRecords = new java.util.ArrayList<>(fixtures.addRecords("2024010101", 30));
		computingRecords.addAll(fixtures.addRecords("2024010102", 30));
		electronicsRecords = fixtures.addRecords("2024020101", 20);
		institution = id("SELECT id FROM institution WHERE code = '10635'");
		computing = id("SELECT id FROM college WHERE code = '01'");
		computingClass = id("SELECT id FROM school_class WHERE code = '2024010101'");
	}

	@Test
	void aRegistrarPagesThroughTheWholeInstitutionInClassOrder() {
		HttpGraphQlTester registrar = as(tokens.staff(Role.REGISTRAR, institution, List.of(), List.of()));
		var first = registrar.documentName("records").variable("first", 50).execute();
		first.path("records.edges").entityList(Object.class).hasSize(50);
		first.path("records.edges[0].node.schoolClass.code").entity(String.class).isEqualTo("2024010101");
		String after = first.path("records.pageInfo.endCursor").entity(String.class).get();
		registrar.documentName("records").variable("first", 50).variable("after", after).execute()
			.path("records.edges").entityList(Object.class).hasSize(30)
			.path("records.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void aPageOfFiftyWithItsRelationsCostsAtMostThreeStatements() {
		HttpGraphQlTester registrar = as(tokens.staff(Role.REGISTRAR, institution, List.of(), List.of()));
		statements.reset();
		registrar.documentName("records").variable("first", 50).execute()
			.path("records.edges[49].node.major.name").entity(String.class).isNotEqualTo("");
		assertThat(statements.count()).isLessThanOrEqualTo(3);
	}

	@Test
	void aCollegeAdminSeesOnlyTheirCollege() {
		HttpGraphQlTester admin = as(tokens.staff(Role.COLLEGE_ADMIN, institution, List.of(computing), List.of()));
		admin.documentName("records").variable("first", 100).execute()
			.path("records.edges").entityList(Object.class).hasSize(60)
			.path("records.edges[*].node.college.name").entityList(String.class)
			.satisfies(names -> assertThat(names).containsOnly("计算机与信息科学学院"));
		admin.documentName("record").variable("id", recordId(electronicsRecords.get(0))).execute()
			.path("record").valueIsNull();
	}

	@Test
	void aCounsellorSeesOnlyTheirClasses() {
		HttpGraphQlTester counsellor = as(tokens.staff(Role.COUNSELLOR, institution, List.of(), List.of(computingClass)));
		counsellor.documentName("records").variable("first", 100).execute()
			.path("records.edges").entityList(Object.class).hasSize(30)
			.path("records.edges[*].node.schoolClass.code").entityList(String.class)
			.satisfies(codes -> assertThat(codes).containsOnly("2024010101"));
	}

	@Test
	void studentsAnalystsSupportAndIntegratorsSeeNoRecords() {
		for (Role role : List.of(Role.STUDENT, Role.ANALYST, Role.SUPPORT, Role.INTEGRATOR)) {
			as(tokens.staff(role, institution, List.of(computing), List.of(computingClass))).documentName("records")
				.variable("first", 10).execute()
				.errors().satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN")));
		}
	}

	@Test
	void anonymousCallersAreAskedToSignIn() {
		graphQl.documentName("records").variable("first", 10).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "UNAUTHENTICATED")));
	}

	@Test
	void aRegistrarOfAnotherInstitutionSeesNothingOfThisOne() {
		as(tokens.staff(Role.REGISTRAR, institution + 1000, List.of(), List.of())).documentName("records")
			.variable("first", 10).execute()
			.path("records.edges").entityList(Object.class).hasSize(0);
	}

	@Test
	void filtersNarrowByTextClassAndStatus() {
		HttpGraphQlTester registrar = as(tokens.staff(Role.REGISTRAR, institution, List.of(), List.of()));
		registrar.documentName("records").variable("first", 100)
			.variable("filter", java.util.Map.of("text", "202402010105")).execute()
			.path("records.edges[*].node.studentNumber").entityList(String.class).containsExactly("202402010105");
		registrar.documentName("records").variable("first", 100)
			.variable("filter", java.util.Map.of("classId", GlobalId.encode("SchoolClass", computingClass))).execute()
			.path("records.edges").entityList(Object.class).hasSize(30);
		registrar.documentName("records").variable("first", 100)
			.variable("filter", java.util.Map.of("status", "WITHDRAWN")).execute()
			.path("records.edges").entityList(Object.class).hasSize(0);
	}

	private HttpGraphQlTester as(String bearer) {
		return graphQl.mutate().header("Authorization", bearer).build();
	}

	private static String recordId(long id) {
		return GlobalId.encode("EnrolmentRecord", id);
	}

	private long id(String sql) {
		return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
	}

}
