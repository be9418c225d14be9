package org.enrolcheck.photo;

import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** An institution's examinee and student numbers, each with its record id: what a photo's file name may be. */
record RecordNumbers(Map<String, Long> byExaminee, Map<String, Long> byStudent) {

	private static final Pattern EXAMINEE = Pattern.compile("\\d{14}");

	/** The examinee number first (it is what 录取照片 are filed under), then the student number. */
	@Nullable Long recordOf(String stem) {
		Long record = EXAMINEE.matcher(stem).matches() ? byExaminee.get(stem) : null;
		return record != null ? record : byStudent.get(stem);
	}

}
