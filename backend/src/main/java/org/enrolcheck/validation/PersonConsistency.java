package org.enrolcheck.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A resident ID number fixes its holder's birth date and gender, so a record or account that
 * states them differently holds a typo in one of the three.
 */
public final class PersonConsistency {

	private PersonConsistency() {
	}

	/** Violations of the agreement; empty when consistent. A missing gender or date is not checked here. */
	public static List<Violation> check(ResidentIdNumber idNumber, @Nullable Gender gender,
			@Nullable LocalDate birthDate) {
		List<Violation> violations = new ArrayList<>();
		if (gender != null && gender != idNumber.gender()) {
			violations.add(Violation.of(RuleCode.ID_GENDER_MISMATCH));
		}
		if (birthDate != null && !birthDate.equals(idNumber.birthDate())) {
			violations.add(Violation.of(RuleCode.ID_BIRTH_DATE_MISMATCH));
		}
		return List.copyOf(violations);
	}

}
