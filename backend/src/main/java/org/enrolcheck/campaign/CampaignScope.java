package org.enrolcheck.campaign;

import java.util.Map;

import org.enrolcheck.validation.RecordStatus;

/**
 * Which records a campaign counts. Students who gave up or reserved their place, or withdrew, leave
 * the denominator (the seeds: they see the office's instructions instead of a confirm button).
 */
public final class CampaignScope {

	/** Status → why it is out of scope, zh and en. */
	public static final Map<RecordStatus, String[]> OUT_OF_SCOPE = Map.of(
			RecordStatus.ADMISSION_FORFEITED, new String[] { "已放弃入学资格，无需自查；如有疑问请联系学院。",
					"Admission was forfeited: no self-check; ask the college if this is wrong." },
			RecordStatus.ADMISSION_RESERVED, new String[] { "保留入学资格期间不参加本次自查。",
					"Admission is reserved: not part of this self-check." },
			RecordStatus.WITHDRAWN, new String[] { "已退学，不参加本次自查。", "Withdrawn: not part of this self-check." });

	/** Fields a campaign may ask students to check: the record's fields and the photo. */
	public static final java.util.List<String> CHECKABLE = java.util.List.of("examineeNumber", "studentNumber", "name",
			"gender", "birthDate", "idType", "idNumber", "ethnicity", "originProvince", "institution", "college",
			"classCode", "major", "lengthOfSchooling", "level", "admissionYear", "studyMode", "educationCategory",
			"enrolmentDate", "expectedGraduationDate", "status", "admissionPhoto");

	/** What a campaign checks when the registrar names nothing: the main fields and the admission photo. */
	public static final java.util.List<String> DEFAULT_FIELDS = java.util.List.of("examineeNumber", "studentNumber",
			"name", "gender", "birthDate", "idType", "idNumber", "ethnicity", "originProvince", "institution", "major",
			"lengthOfSchooling", "level", "admissionYear", "studyMode", "educationCategory", "status", "admissionPhoto");

	private CampaignScope() {
	}

	public static boolean inScope(RecordStatus status) {
		return !OUT_OF_SCOPE.containsKey(status);
	}

}
