package org.enrolcheck.graphql;

import java.util.Map;

import org.enrolcheck.support.EnrolCheckTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every failure a client can cause gets a stable code and both messages, over plain HTTP as any
 * client sends it.
 */
@EnrolCheckTest
class GraphQlErrorsTests {

	@Autowired
	WebTestClient http;

	@Autowired
	DocumentCache documents;

	@Test
	void aSyntaxErrorIsCodedAndExplainedInChineseByDefault() {
		post("{ colleges(first: 3 { edges }", null, "zh-CN")
			.jsonPath("$.errors[0].extensions.code").isEqualTo("GRAPHQL_PARSE_FAILED")
			.jsonPath("$.errors[0].message").value(message -> org.assertj.core.api.Assertions
				.assertThat((String) message).startsWith("GraphQL 查询语句有语法错误"))
			.jsonPath("$.errors[0].extensions.messages.en").isEqualTo("The GraphQL document has a syntax error.")
			.jsonPath("$.data").doesNotExist();
	}

	@Test
	void withoutAcceptLanguageTheMessageIsChineseWhateverTheServersLocale() {
		http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("query", "{ colleges(first: 101) { edges { node { code } } } }"))
			.exchange()
			.expectBody()
			.jsonPath("$.errors[0].message").isEqualTo("每页条数必须在 0 到 100 之间。");
	}

	@Test
	void theMessageFollowsAcceptLanguage() {
		post("{ nope }", null, "en-US")
			.jsonPath("$.errors[0].extensions.code").isEqualTo("GRAPHQL_VALIDATION_FAILED")
			.jsonPath("$.errors[0].extensions.classification").isEqualTo("ValidationError")
			.jsonPath("$.errors[0].message").value(message -> org.assertj.core.api.Assertions
				.assertThat((String) message).startsWith("The GraphQL document does not match the schema"))
			.jsonPath("$.errors[0].extensions.messages['zh-CN']").isEqualTo("GraphQL 查询与接口定义不符（字段、参数或类型错误）。");
	}

	@Test
	void aVariableOfTheWrongTypeIsAValidationError() {
		post("query($n: Int) { colleges(first: $n) { edges { node { code } } } }", Map.of("n", "three"), "zh-CN")
			.jsonPath("$.errors[0].extensions.code").isEqualTo("GRAPHQL_VALIDATION_FAILED")
			.jsonPath("$.data").doesNotExist();
	}

	@Test
	void pageSizeAboveTheCapIsRefused() {
		post("{ colleges(first: 101) { edges { node { code } } } }", null, "en")
			.jsonPath("$.errors[0].extensions.code").isEqualTo("PAGE_SIZE_OUT_OF_RANGE")
			.jsonPath("$.errors[0].path[0]").isEqualTo("colleges")
			.jsonPath("$.errors[0].message").isEqualTo("The page size (first) must be between 0 and 100.");
	}

	@Test
	void aForgedCursorIsRefusedNotAnInternalError() {
		String typed = java.util.Base64.getUrlEncoder().encodeToString("{\"id\":[\"java.net.URL\",\"x\"]}".getBytes());
		post("{ colleges(first: 3, after: \"%%%\") { edges { node { code } } } }", null, "en")
			.jsonPath("$.errors[0].extensions.code").isEqualTo("INVALID_CURSOR");
		post("{ colleges(first: 3, after: \"" + typed + "\") { edges { node { code } } } }", null, "en")
			.jsonPath("$.errors[0].extensions.code").isEqualTo("INVALID_CURSOR");
	}

	@Test
	void anIdOfTheWrongTypeIsInvalid() {
		String institutionId = GlobalId.encode("Institution", 1);
		post("query($f: MajorFilter) { majors(filter: $f) { edges { node { name } } } }",
				Map.of("f", Map.of("collegeId", institutionId)), "zh-CN")
			.jsonPath("$.errors[0].extensions.code").isEqualTo("INVALID_ID")
			.jsonPath("$.errors[0].message").isEqualTo("对象编号无效。");
		post("{ node(id: \"bm90LWEtbm9kZQ\") { id } }", null, "zh-CN")
			.jsonPath("$.errors[0].extensions.code").isEqualTo("INVALID_ID");
	}

	@Test
	void tooManyAliasesAreRefusedBeforeAnyDataIsFetched() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 31; i++) {
			query.append(" c").append(i).append(": colleges(first: 1) { edges { node { code } } }");
		}
		post(query.append(" }").toString(), null, "en")
			.jsonPath("$.errors[0].extensions.code").isEqualTo("TOO_MANY_ALIASES")
			.jsonPath("$.data").doesNotExist();
	}

	@Test
	void thirtyAliasesAreStillFine() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 30; i++) {
			query.append(" t").append(i).append(": __typename");
		}
		post(query.append(" }").toString(), null, "en").jsonPath("$.data.t29").isEqualTo("Query");
	}

	@Test
	void aDeeplyNestedQueryIsRefused() {
		// 3 levels of connection, then 14 of college/majors: depth 17 against a limit of 15
		String deep = "{ colleges(first: 1) { edges { node { " + "majors { college { ".repeat(7) + "name"
				+ " } }".repeat(7) + " } } } }";
		post(deep, null, "en").jsonPath("$.errors[0].extensions.code").isEqualTo("QUERY_TOO_DEEP");
	}

	@Test
	void aQueryAskingForTooManyItemsIsTooComplex() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 10; i++) {
			query.append(" c").append(i).append(": classes(first: 100) { edges { node { code name major { name } } } }");
		}
		post(query.append(" }").toString(), null, "en").jsonPath("$.errors[0].extensions.code").isEqualTo("QUERY_TOO_COMPLEX");
	}

	@Test
	void theLimitsHoldForADocumentServedFromTheCache() {
		String heavy = "query($n: Int) { a: classes(first: $n) { edges { node { code name major { name } } } } }";
		// a valid document is parsed once; the complexity of each request depends on its variables
		post(heavy, Map.of("n", 5), "en").jsonPath("$.data.a.edges.length()").isEqualTo(5);
		int cached = documents.size();
		post(heavy, Map.of("n", 5), "en").jsonPath("$.data.a.edges.length()").isEqualTo(5);
		org.assertj.core.api.Assertions.assertThat(documents.size()).isEqualTo(cached);
		String deep = "{ colleges(first: 1) { edges { node { " + "majors { college { ".repeat(7) + "code"
				+ " } }".repeat(7) + " } } } }";
		for (int i = 0; i < 2; i++) {
			post(deep, null, "en").jsonPath("$.errors[0].extensions.code").isEqualTo("QUERY_TOO_DEEP")
				.jsonPath("$.data").doesNotExist();
		}
	}

	@Test
	void anInvalidDocumentIsNotKept() {
		int before = documents.size();
		for (int i = 0; i < 2; i++) {
			post("{ nope" + " }", null, "en").jsonPath("$.errors[0].extensions.code").isEqualTo("GRAPHQL_VALIDATION_FAILED");
		}
		org.assertj.core.api.Assertions.assertThat(documents.size()).isLessThanOrEqualTo(before);
	}

	@Test
	void anOversizedDocumentIsRefusedByTheTokenLimit() {
		StringBuilder query = new StringBuilder("{ __typename ");
		for (int i = 0; i < 6000; i++) {
			query.append(" __typename");
		}
		post(query.append(" }").toString(), null, "en").jsonPath("$.errors[0].extensions.code").isEqualTo("GRAPHQL_PARSE_FAILED");
	}

	private WebTestClient.BodyContentSpec post(String query, Map<String, Object> variables, String language) {
		Map<String, Object> body = variables == null ? Map.of("query", query) : Map.of("query", query, "variables", variables);
		return http.post().uri("/graphql")
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.header("Accept-Language", language)
			.bodyValue(body)
			.exchange()
			.expectBody();
	}

}
