package org.enrolcheck.reference;

import org.enrolcheck.validation.Level;

/** The GraphQL filter inputs, with ids still global (decoded by the service). */
final class ReferenceFilters {

	private ReferenceFilters() {
	}

	record CollegeFilter(String institutionId, String text) {
	}

	record MajorFilter(String institutionId, String collegeId, Level level, String text) {
	}

	record SchoolClassFilter(String institutionId, String collegeId, String majorId, Integer admissionYear,
			String text) {
	}

}
