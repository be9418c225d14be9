package org.enrolcheck.audit;

import java.util.Map;
import java.util.Set;

import org.enrolcheck.db.Where;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;

/**
 * Whose audit log a viewer reads: a REGISTRAR the institution's; a COLLEGE_ADMIN only events about
 * records of its colleges and about those records' correction tickets (by the record's college
 * now, so a record moved away takes its history with it). Everyone else is refused: the log holds
 * personal data of many students and staff.
 */
sealed interface AuditScope {

	record WholeInstitution(long institutionId) implements AuditScope {
	}

	record Colleges(long institutionId, Set<Long> collegeIds) implements AuditScope {
	}

	static AuditScope of(Viewer viewer) {
		Long institution = viewer.institutionId();
		if (viewer.has(Role.REGISTRAR) && institution != null) {
			return new WholeInstitution(institution);
		}
		if (viewer.has(Role.COLLEGE_ADMIN) && institution != null && !viewer.collegeIds().isEmpty()) {
			return new Colleges(institution, viewer.collegeIds());
		}
		throw new ApiException(viewer.isAnonymous() ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN);
	}

	default Where restrict(Where where) {
		return switch (this) {
			case WholeInstitution whole -> where.and("e.institution_id = :scopeInstitution", "scopeInstitution",
					whole.institutionId());
			case Colleges colleges -> where.and("""
					e.institution_id = :scopeInstitution AND (
					  (e.entity_type = 'EnrolmentRecord' AND EXISTS (SELECT 1 FROM enrolment_record r
					     WHERE r.id = e.entity_id AND r.college_id = ANY(:scopeColleges)))
					  OR (e.entity_type = 'CorrectionTicket' AND EXISTS (SELECT 1 FROM ticket t
					     JOIN enrolment_record r ON r.id = t.record_id
					     WHERE t.id = e.entity_id AND r.college_id = ANY(:scopeColleges))))""",
					Map.of("scopeInstitution", colleges.institutionId(), "scopeColleges",
							colleges.collegeIds().toArray(Long[]::new)));
		};
	}

}
