package org.enrolcheck.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.enrolcheck.graphql.GlobalId;

/**
 * A minimal document per root field: its required arguments with values of the right kind, and
 * {@code __typename} under a composite result. The authorisation tests call every query and mutation
 * this way, so a new field is checked the day it is added.
 */
public final class MinimalDocuments {

	/** What an ID argument names, by argument name (a root field's own `id` by the field). */
	public static final Map<String, String> ID_TYPES = Map.ofEntries(Map.entry("record", "EnrolmentRecord"),
			Map.entry("recordId", "EnrolmentRecord"), Map.entry("importBatch", "ImportBatch"),
			Map.entry("batchId", "ImportBatch"), Map.entry("uploadId", "Upload"), Map.entry("campaign", "Campaign"),
			Map.entry("campaignId", "Campaign"), Map.entry("updateCampaign", "Campaign"),
			Map.entry("updateEnrolmentRecord", "EnrolmentRecord"), Map.entry("sessionId", "AccountSession"),
			Map.entry("accountId", "Account"), Map.entry("revokeIntegratorToken", "IntegratorToken"),
			Map.entry("classId", "SchoolClass"), Map.entry("collegeId", "College"),
			Map.entry("majorId", "Major"), Map.entry("ticketId", "CorrectionTicket"),
			Map.entry("correctionTicket", "CorrectionTicket"), Map.entry("itemId", "TicketItem"),
			Map.entry("institutionId", "Institution"), Map.entry("node", "Institution"),
			Map.entry("extendVerificationCode", "VerificationCode"), Map.entry("revokeVerificationCode", "VerificationCode"),
			Map.entry("disputeId", "IdentityDispute"), Map.entry("requestId", "ClassmateAssist"));

	private final UnaryOperator<String> ids;

	private final String dateTime;

	/**
	 * @param ids the global id to send for an ID argument, by its key (the argument's name, or the root
	 * field's name for its own {@code id})
	 * @param dateTime the value of every DateTime argument (ISO-8601 with offset)
	 */
	public MinimalDocuments(UnaryOperator<String> ids, String dateTime) {
		this.ids = ids;
		this.dateTime = dateTime;
	}

	/** Object number 1 of the type {@link #ID_TYPES} names (an institution when it names none). */
	public static String dummyId(String key) {
		return GlobalId.encode(ID_TYPES.getOrDefault(key, "Institution"), 1);
	}

	/**
	 * {@code query { field(required arguments) { __typename } }} (or {@code mutation}); with
	 * {@code withFirst} a page size of 1 too, where the field takes one.
	 */
	public String document(String keyword, GraphQLFieldDefinition field, boolean withFirst) {
		String arguments = field.getArguments().stream()
			.filter(argument -> GraphQLTypeUtil.isNonNull(argument.getType()) || (withFirst && argument.getName().equals("first")))
			.map(argument -> argument.getName() + ": " + value(argument.getType(), argument.getName(), field.getName()))
			.collect(Collectors.joining(", "));
		boolean composite = !(GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLScalarType)
				&& !(GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLEnumType);
		return keyword + " { " + field.getName() + (arguments.isEmpty() ? "" : "(" + arguments + ")")
				+ (composite ? " { __typename }" : "") + " }";
	}

	private String value(GraphQLType type, String name, String field) {
		GraphQLType bare = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
		if (bare instanceof GraphQLList list) {
			return "[" + value(list.getWrappedType(), name, field) + "]";
		}
		if (bare instanceof GraphQLEnumType enumType) {
			return enumType.getValues().get(0).getName();
		}
		if (bare instanceof GraphQLInputObjectType input) {
			List<String> fields = new ArrayList<>();
			for (GraphQLInputObjectField inputField : input.getFieldDefinitions()) {
				if (GraphQLTypeUtil.isNonNull(inputField.getType())) {
					fields.add(inputField.getName() + ": " + value(inputField.getType(), inputField.getName(), field));
				}
			}
			return "{ " + String.join(", ", fields) + " }";
		}
		return switch (((GraphQLScalarType) bare).getName()) {
			case "ID" -> "\"" + ids.apply(name.equals("id") ? field : name) + "\"";
			case "Int" -> "1";
			case "Float" -> "4.0";
			case "Boolean" -> "false";
			case "Date" -> "\"2025-09-01\"";
			case "DateTime" -> "\"" + dateTime + "\"";
			default -> "\"x\"";
		};
	}

}
