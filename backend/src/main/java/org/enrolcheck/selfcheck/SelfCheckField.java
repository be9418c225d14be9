package org.enrolcheck.selfcheck;

import java.util.List;
import java.util.Set;

/** One field a campaign asks students to check, marked main (主要字段) or not. */
record SelfCheckField(String name, boolean main) {

	/**
	 * Fields that do not decide the diploma (domain.md), and the photos, which are confirmed on their
	 * own; every other record field is main.
	 */
	private static final Set<String> NON_MAIN = Set.of("college", "classCode", "enrolmentDate",
			"expectedGraduationDate", "admissionPhoto", "diplomaPhoto");

	static List<SelfCheckField> of(List<String> names) {
		return names.stream().map(name -> new SelfCheckField(name, !NON_MAIN.contains(name))).toList();
	}

}
