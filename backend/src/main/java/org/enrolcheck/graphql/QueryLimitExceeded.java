package org.enrolcheck.graphql;

import java.util.Map;

import graphql.execution.AbortExecutionException;

/** Aborts a document that breaks a limit, carrying the limit's code to the client. */
final class QueryLimitExceeded extends AbortExecutionException {

	private final ErrorCode code;

	QueryLimitExceeded(ErrorCode code, String detail) {
		super(detail);
		this.code = code;
	}

	@Override
	public Map<String, Object> getExtensions() {
		return Map.of("code", code.name());
	}

}
