package org.enrolcheck.graphql;

import java.util.Locale;

/** The {@code VersionConflict} member of a payload: someone changed the object since the caller read it. */
public record VersionConflict(String code, String message, int currentVersion) {

	public static VersionConflict of(int currentVersion, Locale locale) {
		boolean english = Language.english(locale);
		return new VersionConflict("VERSION_CONFLICT",
				english ? "Someone changed this in the meantime; reload it and decide again."
						: "该数据已被他人修改，请刷新后重新操作。",
				currentVersion);
	}

}
