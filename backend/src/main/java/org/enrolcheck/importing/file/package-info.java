/**
 * Roster files as registrars' Excel and WPS write them: reading a CSV (UTF-8 with or without BOM,
 * GB18030) or XLSX upload into validated {@link org.enrolcheck.importing.RosterRow}s and row errors,
 * and writing exports, import error reports and the blank template as XLSX or CSV with formula
 * injection neutralised. Pure Java: no Spring, no database; the format is told by content, never by
 * the file name.
 */
@NullMarked
package org.enrolcheck.importing.file;

import org.jspecify.annotations.NullMarked;
