package org.enrolcheck.record;

import java.util.Map;
import java.util.Set;

import org.enrolcheck.db.Where;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;

/**
 * Which records a staff member may see: REGISTRAR the whole institution, COLLEGE_ADMIN their
 * colleges, COUNSELLOR their classes. A student sees only the records linked to their account (same
 * name and ID number), and never through the staff roster query.
 */
sealed interface RecordScope {

	record WholeInstitution(long institutionId) implements RecordScope {
	}

	record Colleges(long institutionId, Set<Long> collegeIds) implements RecordScope {
	}

	record Classes(Set<Long> classIds) implements RecordScope {
	}

	/** A student's own records: same name and ID number (blind index) as their active account. */
	record LinkedTo(long accountId) implements RecordScope {
	}

	/** The widest scope the viewer's roles give; fails when they give none. */
	static RecordScope of(Viewer viewer) {
		if (viewer.isAnonymous()) {
			throw new ApiException(ErrorCode.UNAUTHENTICATED);
		}
		Long institution = viewer.institutionId();
		if (viewer.has(Role.REGISTRAR) && institution != null) {
			return new WholeInstitution(institution);
		}
		// an integrator's API token with records:read reads its institution's records (ID numbers
		// stay masked: revealIdNumber is for REGISTRAR and COLLEGE_ADMIN only)
		if (viewer.isIntegratorWith("records:read")) {
			return new WholeInstitution(institution);
		}
		if (viewer.has(Role.COLLEGE_ADMIN) && institution != null && !viewer.collegeIds().isEmpty()) {
			return new Colleges(institution, viewer.collegeIds());
		}
		if (viewer.has(Role.COUNSELLOR) && !viewer.classIds().isEmpty()) {
			return new Classes(viewer.classIds());
		}
		throw new ApiException(ErrorCode.FORBIDDEN);
	}

	/** Staff scope as {@link #of}, or for a student the records linked to their own account. */
	static RecordScope ofStaffOrStudent(Viewer viewer) {
		if (viewer.has(Role.STUDENT) && !viewer.has(Role.REGISTRAR) && !viewer.has(Role.COLLEGE_ADMIN)
				&& !viewer.has(Role.COUNSELLOR)) {
			return new LinkedTo(accountId(viewer));
		}
		return of(viewer);
	}

	/** The account behind a student's token (its subject is the account's global id). */
	static long accountId(Viewer viewer) {
		GlobalId subject = GlobalId.decode(viewer.subject());
		if (!"Account".equals(subject.typeName())) {
			throw new ApiException(ErrorCode.FORBIDDEN);
		}
		return subject.id();
	}

	/** Adds the scope's condition on the record alias {@code r}. */
	default Where restrict(Where where) {
		return switch (this) {
			case WholeInstitution whole -> where.and("r.institution_id = :scopeInstitution", "scopeInstitution",
					whole.institutionId());
			case Colleges colleges -> where.and("r.institution_id = :scopeInstitution AND r.college_id = ANY(:scopeColleges)",
					Map.of("scopeInstitution", colleges.institutionId(), "scopeColleges",
							colleges.collegeIds().toArray(Long[]::new)));
			case Classes classes -> where.and("r.class_id = ANY(:scopeClasses)", "scopeClasses",
					classes.classIds().toArray(Long[]::new));
			case LinkedTo linked -> where.and("EXISTS (SELECT 1 FROM account a WHERE a.id = :scopeAccount"
					+ " AND a.state = 'ACTIVE' AND a.id_number_index = r.id_number_index AND a.display_name = r.name)",
					"scopeAccount", linked.accountId());
		};
	}

}
