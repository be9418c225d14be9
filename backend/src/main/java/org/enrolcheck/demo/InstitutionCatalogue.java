package org.enrolcheck.demo;

import java.math.BigDecimal;
import java.util.List;

import org.enrolcheck.validation.Level;

/**
 * What the generator needs to know about an institution: its colleges, their majors and the classes
 * of each major. Kept as a plain interface so that the generator runs without a database.
 */
public interface InstitutionCatalogue {

	/** Five-digit national code, e.g. 10635. */
	String institutionCode();

	String institutionName();

	List<College> colleges();

	/** Every class of every major, in catalogue order. */
	default List<SchoolClass> classes() {
		return colleges().stream()
			.flatMap(college -> college.majors().stream())
			.flatMap(major -> major.classes().stream())
			.toList();
	}

	/** 分院/系所. */
	record College(String code, String name, List<Major> majors) {

		public College {
			majors = List.copyOf(majors);
		}

	}

	/** 专业, at one level; {@code number} is its 1-based position in the college, as in class codes. */
	record Major(int number, String catalogueCode, String name, Level level, BigDecimal lengthOfSchooling,
			List<SchoolClass> classes) {

		public Major {
			classes = List.copyOf(classes);
		}

	}

	/** 班级: its 班号 and the year its students were admitted; college and major are repeated for lookups. */
	record SchoolClass(String code, int admissionYear, String collegeCode, String collegeName, int majorNumber,
			String majorCode, String majorName, Level level, BigDecimal lengthOfSchooling) {
	}

}
