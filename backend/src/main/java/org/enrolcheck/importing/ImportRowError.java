package org.enrolcheck.importing;

/** An invalid row's reason, as listed by the API; {@code seq} orders several errors of one row. */
record ImportRowError(int rowNumber, String column, String code, String zh, String en, long seq) {
}
