package org.enrolcheck.selfcheck;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Why the self-check does not take a confirmation now; each name is a stable payload code. */
enum SelfCheckRefusal {

	NO_CAMPAIGN("目前没有覆盖该学籍的自查工作。", "No self-check campaign covers this record."),
	CAMPAIGN_NOT_OPEN("自查尚未开始，请在开始后再确认。", "The self-check has not opened yet; confirm once it has."),
	CAMPAIGN_CLOSED("自查已截止。如需补充确认，请联系学院申请延期。",
			"The self-check has closed. Ask your college for an extension if you still need to confirm."),
	OUT_OF_SCOPE("该学籍无需参加本次自查。", "This record takes no part in this self-check."),
	NO_ADMISSION_PHOTO("该学籍没有录取照片，无需确认照片。", "The record has no admission photo to confirm."),
	ALREADY_CONFIRMED_BY_STUDENT("学生已亲自确认该版本，无需代确认。",
			"The student confirmed this version themselves; no assisted confirmation is needed.");

	final String zh;

	final String en;

	SelfCheckRefusal(String zh, String en) {
		this.zh = zh;
		this.en = en;
	}

	/** Why {@code subject} of the target cannot be confirmed at {@code now}; null when it can. */
	static @Nullable SelfCheckRefusal of(ConfirmationTarget target, ConfirmationSubject subject, Instant now) {
		SelfCheckState state = target.stateAt(now);
		if (state == null) {
			return NO_CAMPAIGN;
		}
		return switch (state) {
			case OUT_OF_SCOPE -> OUT_OF_SCOPE;
			case NOT_YET_OPEN -> CAMPAIGN_NOT_OPEN;
			case CLOSED -> CAMPAIGN_CLOSED;
			case OPEN -> subject == ConfirmationSubject.ADMISSION_PHOTO && !target.hasPhoto() ? NO_ADMISSION_PHOTO : null;
		};
	}

}
