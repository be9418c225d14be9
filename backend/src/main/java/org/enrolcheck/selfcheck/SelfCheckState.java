package org.enrolcheck.selfcheck;

/** Where a record's self-check stands now, the student's extension counted. */
public enum SelfCheckState {

	NOT_YET_OPEN, OPEN, CLOSED, OUT_OF_SCOPE

}
