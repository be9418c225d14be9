package org.enrolcheck.stats;

import java.util.Set;

import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Who may read a campaign's statistics and how far: the one place every statistics query, list,
 * export and subscription asks. REGISTRAR the institution, COLLEGE_ADMIN its colleges, COUNSELLOR its
 * classes, ANALYST the institution's aggregates only, and so does an integrator's token with
 * {@code stats:read} (suppression applies; no lists of people, no reminders).
 *
 * @param aggregatesOnly no names, no person lists, small class cells suppressed
 */
public record StatisticsAccess(long institutionId, Scope scope, Set<Long> ids, boolean aggregatesOnly) {

	public enum Scope {

		INSTITUTION, COLLEGES, CLASSES

	}

	public static StatisticsAccess of(Viewer viewer) {
		if (viewer.isAnonymous()) {
			throw new ApiException(ErrorCode.UNAUTHENTICATED);
		}
		Long institution = viewer.institutionId();
		if (institution == null) {
			throw new ApiException(ErrorCode.FORBIDDEN);
		}
		if (viewer.has(Role.REGISTRAR)) {
			return new StatisticsAccess(institution, Scope.INSTITUTION, Set.of(), false);
		}
		if (viewer.has(Role.COLLEGE_ADMIN) && !viewer.collegeIds().isEmpty()) {
			return new StatisticsAccess(institution, Scope.COLLEGES, viewer.collegeIds(), false);
		}
		if (viewer.has(Role.COUNSELLOR) && !viewer.classIds().isEmpty()) {
			return new StatisticsAccess(institution, Scope.CLASSES, viewer.classIds(), false);
		}
		// an integrator's API token with stats:read is an analyst of its institution: aggregates only
		if (viewer.has(Role.ANALYST) || viewer.isIntegratorWith("stats:read")) {
			return new StatisticsAccess(institution, Scope.INSTITUTION, Set.of(), true);
		}
		throw new ApiException(ErrorCode.FORBIDDEN);
	}

	/** Lists of people (non-completers, exports, reminders) are for staff with a scope, never analysts. */
	public StatisticsAccess requirePeople() {
		if (aggregatesOnly) {
			throw new ApiException(ErrorCode.FORBIDDEN);
		}
		return this;
	}

	/** Counsellors read their classes only, which per-college figures (the trend, reminders) cannot honour. */
	public StatisticsAccess requireCollegeLevel() {
		if (scope == Scope.CLASSES) {
			throw new ApiException(ErrorCode.FORBIDDEN);
		}
		return this;
	}

	/** The scope as a condition on alias's {@code college_id} or {@code class_id}, padded with spaces for concatenation. */
	String condition(String alias) {
		return " " + switch (scope) {
			case INSTITUTION -> "true";
			case COLLEGES -> alias + ".college_id = ANY(:scopeIds)";
			case CLASSES -> alias + ".class_id = ANY(:scopeIds)";
		} + " ";
	}

	/** Binds {@code :scopeIds} when {@link #condition} names it. */
	DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec) {
		return scope == Scope.INSTITUTION ? spec : spec.bind("scopeIds", ids.toArray(Long[]::new));
	}

	boolean covers(long collegeId, long classId) {
		return switch (scope) {
			case INSTITUTION -> true;
			case COLLEGES -> ids.contains(collegeId);
			case CLASSES -> ids.contains(classId);
		};
	}

}
