package org.enrolcheck.account;

import java.util.List;
import java.util.Set;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * An account as the API shows it. {@code viewerSessionId} is the caller's own session when the
 * account is the caller's, so {@code sessions} can mark the current one.
 */
public record Account(long id, @Nullable String username, @Nullable String email, String displayName,
		@Nullable String maskedPhone, Set<Role> roles, @Nullable Long institutionId, List<Long> collegeIds,
		List<Long> classIds, AccountState state, @Nullable Long viewerSessionId) {

	static final String TYPE = "Account";

	String globalId() {
		return GlobalId.encode(TYPE, id);
	}

	boolean isStaff() {
		return username != null;
	}

	Account seenFrom(long sessionId) {
		return new Account(id, username, email, displayName, maskedPhone, roles, institutionId, collegeIds, classIds,
				state, sessionId);
	}

	/** The claims a staff token scopes by (Viewer reads them); students carry none. */
	java.util.Map<String, Object> scopeClaims() {
		if (!isStaff() || institutionId == null) {
			return java.util.Map.of();
		}
		return java.util.Map.of(Viewer.INSTITUTION_CLAIM, institutionId, Viewer.COLLEGES_CLAIM, collegeIds,
				Viewer.CLASSES_CLAIM, classIds);
	}

}
