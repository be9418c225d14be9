package org.enrolcheck.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@EnrolCheckTest
class ReferenceQueryTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	StatementCounter statements;

	@Test
	void demoInstitutionListsItsCollegesInCodeOrderWithTheirMajors() {
		graphQl.documentName("institutions").execute()
			.path("institutions.edges[0].node.code").entity(String.class).isEqualTo("10635")
			.path("institutions.edges[0].node.name").entity(String.class).isEqualTo("西南大学")
			.path("institutions.edges[0].node.colleges[*].code").entityList(String.class)
			.containsExactly("01", "02", "03", "04", "05", "06", "07", "08")
			.path("institutions.edges[0].node.colleges[0].name").entity(String.class).isEqualTo("计算机与信息科学学院")
			.path("institutions.edges[0].node.colleges[0].majors[*].catalogueCode").entityList(String.class)
			.contains("080901", "080902", "081200");
	}

	@Test
	void keysetPagingVisitsEveryCollegeOnceInOrder() {
		List<String> codes = new ArrayList<>();
		String after = null;
		boolean hasNext = true;
		int pages = 0;
		while (hasNext) {
			var response = graphQl.documentName("colleges").variable("first", 3).variable("after", after).execute();
			codes.addAll(response.path("colleges.edges[*].node.code").entityList(String.class).get());
			hasNext = response.path("colleges.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("colleges.pageInfo.endCursor").entity(String.class).get();
			pages++;
		}
		assertThat(pages).isEqualTo(3);
		assertThat(codes).containsExactly("01", "02", "03", "04", "05", "06", "07", "08");
	}

	@Test
	void cursorsAreOpaqueAndCarryNoJavaTypeNames() {
		String cursor = graphQl.documentName("colleges").variable("first", 1).execute()
			.path("colleges.pageInfo.endCursor").entity(String.class).get();
		String decoded = new String(java.util.Base64.getUrlDecoder().decode(cursor));
		assertThat(decoded).doesNotContain("java.").contains("\"code\":\"01\"");
	}

	@Test
	void collegesFilterByTextMatchesNameOrCode() {
		graphQl.documentName("colleges").variable("filter", Map.of("text", "外国语")).execute()
			.path("colleges.edges[*].node.name").entityList(String.class).containsExactly("外国语学院");
		graphQl.documentName("colleges").variable("filter", Map.of("text", "%")).execute()
			.path("colleges.edges").entityList(Object.class).hasSize(0);
	}

	@Test
	void majorsFilterByCollegeAndLevel() {
		String collegeId = graphQl.documentName("colleges").variable("filter", Map.of("text", "经济管理")).execute()
			.path("colleges.edges[0].node.id").entity(String.class).get();
		graphQl.documentName("majors").variable("filter", Map.of("collegeId", collegeId, "level", "BACHELOR_UPGRADE"))
			.execute()
			.path("majors.edges[*].node.name").entityList(String.class).containsExactly("会计学")
			.path("majors.edges[0].node.college.name").entity(String.class).isEqualTo("经济管理学院");
	}

	@Test
	void theDemoHasOneHundredClassesOverTwoCohorts() {
		var response = graphQl.documentName("classesWithRelations").variable("first", 100).execute();
		response.path("classes.edges").entityList(Object.class).hasSize(100);
		response.path("classes.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		graphQl.documentName("classesWithRelations").variable("first", 100).variable("filter", Map.of("admissionYear", 2025))
			.execute()
			.path("classes.edges").entityList(Object.class).hasSize(50);
	}

	@Test
	void relationsOfAPageAreBatchedIntoOneStatementPerField() {
		statements.reset();
		graphQl.documentName("classesWithRelations").variable("first", 5).execute()
			.path("classes.edges[0].node.major.college.code").entity(String.class).isEqualTo("01");
		int smallPage = statements.count();
		List<String> smallTexts = statements.texts();

		statements.reset();
		graphQl.documentName("classesWithRelations").variable("first", 50).execute()
			.path("classes.edges").entityList(Object.class).hasSize(50);
		int largePage = statements.count();

		// the page, SchoolClass.college, SchoolClass.major, Major.college: four statements at any size
		// (a rare fifth was seen in full runs and never alone: the message lists what ran)
		assertThat(smallPage).as("statements of the small page: %s", smallTexts).isEqualTo(4);
		assertThat(largePage).as("statements of the large page: %s", statements.texts()).isEqualTo(smallPage);
	}

	@Test
	void nodeFetchesAnyReferenceObjectByItsGlobalId() {
		String classId = graphQl.documentName("classesWithRelations").variable("first", 1).execute()
			.path("classes.edges[0].node.id").entity(String.class).get();
		graphQl.documentName("node").variable("id", classId).execute()
			.path("node.__typename").entity(String.class).isEqualTo("SchoolClass")
			.path("node.id").entity(String.class).isEqualTo(classId)
			.path("node.code").entity(String.class).isEqualTo("2024010101");
	}

	@Test
	void institutionByCodeIsNullForAnUnknownCode() {
		graphQl.document("{ institution(code: \"99999\") { name } }").execute()
			.path("institution").valueIsNull();
		graphQl.document("{ institution(code: \"10635\") { name } }").execute()
			.path("institution.name").entity(String.class).isEqualTo("西南大学");
	}

}
