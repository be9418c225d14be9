package org.enrolcheck.importing;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The institution's colleges, majors and classes as a roster names them: classes by 班号, colleges by
 * name, majors by catalogue code (or name) and level. Loaded once per import.
 */
final class RosterCatalogue {

	record KnownClass(long id, long collegeId, long majorId, String collegeName, String majorCode, String majorName,
			String level) {
	}

	private final Map<String, KnownClass> classes = new HashMap<>();

	private final Map<String, Long> colleges = new HashMap<>();

	private final Map<String, Long> majors = new HashMap<>();

	void addClass(String code, KnownClass known) {
		classes.put(code, known);
	}

	void addCollege(String name, long id) {
		colleges.put(name, id);
	}

	void addMajor(String catalogueCode, String name, String level, long id) {
		majors.put(catalogueCode + "/" + level, id);
		majors.putIfAbsent(name + "/" + level, id);
	}

	@Nullable KnownClass classByCode(String code) {
		return classes.get(code);
	}

	@Nullable Long collegeByName(String name) {
		return colleges.get(name);
	}

	@Nullable Long major(@Nullable String catalogueCode, String name, String level) {
		Long byCode = catalogueCode == null ? null : majors.get(catalogueCode + "/" + level);
		return byCode != null ? byCode : majors.get(name + "/" + level);
	}

}
