package org.enrolcheck.graphql;

/** A failure the caller can understand and act on; it reaches the client with its {@link ErrorCode}. */
public class ApiException extends RuntimeException {

	private final ErrorCode code;

	public ApiException(ErrorCode code) {
		super(code.name(), null, false, false);
		this.code = code;
	}

	public ErrorCode code() {
		return code;
	}

}
