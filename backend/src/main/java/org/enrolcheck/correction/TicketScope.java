package org.enrolcheck.correction;

import java.util.Map;

import org.enrolcheck.db.Where;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;

/**
 * Which tickets a viewer sees: REGISTRAR the institution's, COLLEGE_ADMIN its colleges', COUNSELLOR
 * (read only) its classes', a student their own, an integrator's token with tickets:read (read
 * only) its institution's. ANALYST sees aggregates elsewhere, never a ticket: a ticket holds a
 * person's data.
 */
final class TicketScope {

	private TicketScope() {
	}

	/** Staff scope on alias {@code t}; FORBIDDEN (UNAUTHENTICATED when anonymous) for everyone else. */
	static Where staff(Viewer viewer) {
		Long institution = viewer.institutionId();
		if (viewer.has(Role.REGISTRAR) && institution != null) {
			return new Where().and("t.institution_id = :scopeInstitution", "scopeInstitution", institution);
		}
		if (viewer.has(Role.COLLEGE_ADMIN) && institution != null && !viewer.collegeIds().isEmpty()) {
			return new Where().and("t.institution_id = :scopeInstitution AND t.college_id = ANY(:scopeColleges)",
					Map.of("scopeInstitution", institution, "scopeColleges", viewer.collegeIds().toArray(Long[]::new)));
		}
		if (viewer.has(Role.COUNSELLOR) && !viewer.classIds().isEmpty()) {
			return new Where().and("t.class_id = ANY(:scopeClasses)", "scopeClasses", viewer.classIds().toArray(Long[]::new));
		}
		throw viewer.refusal();
	}

	/** Staff scope, or for a student the tickets they filed. */
	static Where staffOrStudent(Viewer viewer) {
		if (isStudent(viewer)) {
			return new Where().and("t.account_id = :scopeAccount", "scopeAccount", accountId(viewer));
		}
		return staff(viewer);
	}

	/**
	 * For reads only: {@link #staffOrStudent}, or for an integrator's token with tickets:read its
	 * institution's tickets. Writes keep {@link #staff} (and their own role checks), which never
	 * admits a token.
	 */
	static Where reader(Viewer viewer) {
		if (isTicketsIntegrator(viewer)) {
			return new Where().and("t.institution_id = :scopeInstitution", "scopeInstitution", viewer.institutionId());
		}
		return staffOrStudent(viewer);
	}

	/** Staff reads (the queue, its counts): {@link #staff} or a tickets:read token of the institution. */
	static Where staffReader(Viewer viewer) {
		return isTicketsIntegrator(viewer) ? reader(viewer) : staff(viewer);
	}

	static boolean isTicketsIntegrator(Viewer viewer) {
		return viewer.isIntegratorWith("tickets:read");
	}

	static boolean isStudent(Viewer viewer) {
		return viewer.has(Role.STUDENT) && !viewer.has(Role.REGISTRAR) && !viewer.has(Role.COLLEGE_ADMIN)
				&& !viewer.has(Role.COUNSELLOR);
	}

	static long accountId(Viewer viewer) {
		GlobalId subject = GlobalId.decode(viewer.subject());
		if (!"Account".equals(subject.typeName())) {
			throw new ApiException(ErrorCode.FORBIDDEN);
		}
		return subject.id();
	}

}
