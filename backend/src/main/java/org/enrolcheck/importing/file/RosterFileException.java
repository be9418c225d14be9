package org.enrolcheck.importing.file;

/**
 * Unwinds a file-level refusal from deep inside a streaming read; {@link RosterReader} turns it into
 * a {@link RosterParse.Rejected}. The detail is language-neutral and never holds personal data.
 */
final class RosterFileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final RosterFileError error;

	private final String detail;

	RosterFileException(RosterFileError error, String detail) {
		super(error + (detail.isEmpty() ? "" : ": " + detail), null, false, false);
		this.error = error;
		this.detail = detail;
	}

	RosterFileException(RosterFileError error) {
		this(error, "");
	}

	RosterFileError error() {
		return error;
	}

	String detail() {
		return detail;
	}

}
