package org.enrolcheck.campaign;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.enrolcheck.graphql.ValidationFailed.FieldError;
import org.enrolcheck.validation.Level;

/**
 * A campaign's settings as a registrar enters them, with the rules they must meet. The checks are
 * here so that create and update apply the same ones.
 */
record CampaignDraft(String name, int admissionYear, List<Level> levels, OffsetDateTime opensAt, OffsetDateTime closesAt,
		List<String> fieldsToCheck, String notice, List<Integer> reminderDays) {

	/** Every broken rule, in the caller's language; empty when the draft is sound. */
	List<FieldError> problems(boolean english) {
		List<FieldError> problems = new ArrayList<>();
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			problems.add(error("name", "CAMPAIGN_NAME", english, "名称须为 1–100 个字。", "The name must have 1–100 characters."));
		}
		if (admissionYear < 1949 || admissionYear > 2100) {
			problems.add(error("admissionYear", "ADMISSION_YEAR", english, "录取年份不合理。", "The admission year is not plausible."));
		}
		if (opensAt == null || closesAt == null || !closesAt.isAfter(opensAt)) {
			problems.add(error("closesAt", "WINDOW_ORDER", english, "截止时间必须晚于开始时间。",
					"The deadline must come after the start."));
		}
		List<String> unknown = fieldsToCheck.stream().filter(field -> !CampaignScope.CHECKABLE.contains(field)).toList();
		if (fieldsToCheck.isEmpty() || !unknown.isEmpty()) {
			problems.add(error("fieldsToCheck", "FIELDS_TO_CHECK", english, "核对字段无效：" + unknown,
					"Unknown or no fields to check: " + unknown));
		}
		if (notice != null && notice.length() > 20_000) {
			problems.add(error("notice", "NOTICE_TOO_LONG", english, "通知不能超过 20000 字。", "The notice is longer than 20,000 characters."));
		}
		boolean sane = reminderDays.stream().allMatch(day -> day != null && day >= 1 && day <= 60)
				&& new HashSet<>(reminderDays).size() == reminderDays.size();
		if (!sane) {
			problems.add(error("reminderDays", "REMINDER_DAYS", english, "提醒天数须为 1–60 之间且不重复。",
					"Reminder days must be distinct numbers from 1 to 60."));
		}
		return problems;
	}

	private static FieldError error(String field, String code, boolean english, String zh, String en) {
		return new FieldError(field, code, english ? en : zh);
	}

}
