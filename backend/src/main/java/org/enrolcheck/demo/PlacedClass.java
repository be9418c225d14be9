package org.enrolcheck.demo;

import java.time.LocalDate;

import org.enrolcheck.demo.InstitutionCatalogue.SchoolClass;

/**
 * A class with its share of a generated roster: rows {@code firstRow} (inclusive) to {@code endRow}
 * (exclusive), the days its students enrolled and are expected to graduate, and the share of women
 * its major usually has.
 *
 * @param groupFirstRow the first row of the class's admission year and college, where 学号 count from
 */
record PlacedClass(SchoolClass schoolClass, int firstRow, int endRow, int groupFirstRow, LocalDate enrolmentDate,
		LocalDate expectedGraduationDate, double femaleShare) {

	int size() {
		return endRow - firstRow;
	}

	boolean holds(int row) {
		return row >= firstRow && row < endRow;
	}

}
