package org.enrolcheck.graphql;

import java.util.ArrayList;
import java.util.List;

import java.util.HashMap;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import org.enrolcheck.support.EnrolCheckTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaMappingInspector;
import org.springframework.graphql.execution.SchemaReport;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema in schema/ keeps its promises: every field is wired and everything is described. */
@EnrolCheckTest
class SchemaConventionsTests {

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	WebTestClient http;

	@Test
	void everySchemaFieldHasADataFetcherAndEveryArgumentIsUsed() {
		GraphQLSchema schema = graphQlSource.schema();
		GraphQLCodeRegistry registry = schema.getCodeRegistry();
		Map<String, Map<String, DataFetcher>> registered = new HashMap<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type instanceof GraphQLObjectType object && !type.getName().startsWith("__")) {
				for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
					FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
					if (registry.hasDataFetcher(coordinates)) {
						registered.computeIfAbsent(object.getName(), name -> new HashMap<>())
							.put(field.getName(), registry.getDataFetcher(coordinates, field));
					}
				}
			}
		}
		SchemaReport report = SchemaMappingInspector.inspect(schema, registered);
		assertThat(report.unmappedFields()).isEmpty();
		assertThat(report.unmappedArguments()).isEmpty();
	}

	@Test
	void everyTypeFieldAndEnumValueIsDescribed() {
		GraphQLSchema schema = graphQlSource.schema();
		List<String> undocumented = new ArrayList<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type.getName().startsWith("__") || List.of("String", "Boolean", "Int", "Float", "ID").contains(type.getName())) {
				continue;
			}
			if (type.getDescription() == null || type.getDescription().isBlank()) {
				undocumented.add(type.getName());
			}
			if (type instanceof GraphQLFieldsContainer container) {
				container.getFieldDefinitions().stream()
					.filter(field -> field.getDescription() == null || field.getDescription().isBlank())
					.forEach(field -> undocumented.add(type.getName() + "." + field.getName()));
			}
			if (type instanceof GraphQLInputObjectType input) {
				input.getFieldDefinitions().stream()
					.filter(field -> field.getDescription() == null || field.getDescription().isBlank())
					.forEach(field -> undocumented.add(type.getName() + "." + field.getName()));
			}
			if (type instanceof GraphQLEnumType enumType) {
				enumType.getValues().stream()
					.filter(value -> value.getDescription() == null || value.getDescription().isBlank())
					.forEach(value -> undocumented.add(type.getName() + "." + value.getName()));
			}
		}
		assertThat(undocumented).isEmpty();
	}

	@Test
	void theErrorCodesInTheSchemaAreExactlyTheServersCodes() {
		GraphQLEnumType published = (GraphQLEnumType) graphQlSource.schema().getType("ErrorCode");
		assertThat(published.getValues()).extracting(value -> value.getName())
			.containsExactlyInAnyOrder(java.util.Arrays.stream(ErrorCode.values()).map(Enum::name).toArray(String[]::new));
	}

	@Test
	void theSdlIsServedForIntegrators() {
		http.get().uri("/graphql/schema").exchange()
			.expectStatus().isOk()
			.expectBody(String.class)
			.value(sdl -> assertThat(sdl).contains("type Institution implements Node").contains("scalar DateTime"));
	}

}
