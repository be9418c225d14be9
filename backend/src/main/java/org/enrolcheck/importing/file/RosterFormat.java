package org.enrolcheck.importing.file;

/** The two kinds of roster file, as told by their content. */
public enum RosterFormat {

	XLSX, CSV

}
