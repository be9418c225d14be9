package org.enrolcheck.graphql;

import java.util.Locale;

import graphql.ErrorClassification;
import org.springframework.graphql.execution.ErrorType;

/**
 * The catalogue of GraphQL error codes. A code is a contract with clients and integrators: once
 * released it keeps its meaning. Expected failures of mutations are typed in payloads instead.
 */
public enum ErrorCode {

	UNAUTHENTICATED(ErrorType.UNAUTHORIZED, "请先登录，或登录已过期，请重新登录。",
			"Sign in first, or sign in again because the session expired."),
	FORBIDDEN(ErrorType.FORBIDDEN, "您无权查看或修改这些数据。", "You are not allowed to see or change this data."),
	NOT_FOUND(ErrorType.NOT_FOUND, "没有找到该对象，它可能已被删除。", "Nothing was found; it may have been deleted."),
	INVALID_ID(ErrorType.BAD_REQUEST, "对象编号无效。", "The object id is not valid."),
	INVALID_CURSOR(ErrorType.BAD_REQUEST, "分页游标无效，请从第一页重新查询。",
			"The paging cursor is not valid; start again from the first page."),
	PAGE_SIZE_OUT_OF_RANGE(ErrorType.BAD_REQUEST, "每页条数必须在 0 到 100 之间。",
			"The page size (first) must be between 0 and 100."),
	BAD_USER_INPUT(ErrorType.BAD_REQUEST, "输入不正确。", "The input is not valid."),
	GRAPHQL_PARSE_FAILED(ErrorType.BAD_REQUEST, "GraphQL 查询语句有语法错误。", "The GraphQL document has a syntax error."),
	GRAPHQL_VALIDATION_FAILED(ErrorType.BAD_REQUEST, "GraphQL 查询与接口定义不符（字段、参数或类型错误）。",
			"The GraphQL document does not match the schema (field, argument or type)."),
	OPERATION_NOT_SUPPORTED(ErrorType.BAD_REQUEST, "不支持该操作类型。", "This kind of operation is not supported here."),
	QUERY_TOO_DEEP(ErrorType.BAD_REQUEST, "查询嵌套层数过多。", "The query is nested too deeply."),
	QUERY_TOO_COMPLEX(ErrorType.BAD_REQUEST, "查询过于复杂，请减少字段或每页条数。",
			"The query is too complex; ask for fewer fields or smaller pages."),
	TOO_MANY_ALIASES(ErrorType.BAD_REQUEST, "查询中的别名过多。", "The query uses too many aliases."),
	INTERNAL(ErrorType.INTERNAL_ERROR, "服务器内部错误，请稍后重试；如持续出现请联系管理员。",
			"Internal server error; try again later, and tell the administrator if it persists.");

	private final ErrorClassification classification;

	private final String zh;

	private final String en;

	ErrorCode(ErrorClassification classification, String zh, String en) {
		this.classification = classification;
		this.zh = zh;
		this.en = en;
	}

	public ErrorClassification classification() {
		return classification;
	}

	public String zh() {
		return zh;
	}

	public String en() {
		return en;
	}

	/** The message in the caller's language: English when asked for, Chinese otherwise. */
	public String message(Locale locale) {
		return Language.pick(locale, zh, en);
	}

}
