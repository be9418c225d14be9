package org.enrolcheck.selfcheck;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.validation.RecordStatus;
import org.jspecify.annotations.Nullable;

/**
 * One record's self-check as a viewer sees it at one instant. {@code finished} is the definition
 * the receipts feature shares: a valid record confirmation and, when the record has an admission
 * photo, a valid photo confirmation (assisted ones count; they only ask the student to confirm again).
 */
record RecordSelfCheck(long recordId, RecordStatus status, SelfCheckCampaign campaign, SelfCheckState state,
		OffsetDateTime deadline, boolean extended, List<SelfCheckField> fieldsToCheck,
		@Nullable SelfCheckConfirmation recordConfirmation, @Nullable SelfCheckConfirmation photoConfirmation,
		boolean photoRequired, boolean needsReconfirmation, boolean canConfirm, boolean finished) {

	/**
	 * @param staff whether the viewer may see who assisted and why
	 * @param own whether the viewer is the record's student
	 */
	static RecordSelfCheck of(SelfCheckRow row, Instant now, boolean staff, boolean own) {
		SelfCheckState state = SelfCheckStates.at(row.inScope(), row.opensAt(), row.deadline(), now);
		StoredConfirmation record = row.record();
		StoredConfirmation photo = row.hasPhoto() ? row.photo() : null;
		boolean finished = record != null && record.valid() && (!row.hasPhoto() || photo != null && photo.valid());
		boolean reconfirm = record != null && (record.assisted() || !record.valid())
				|| photo != null && (photo.assisted() || !photo.valid());
		SelfCheckCampaign campaign = new SelfCheckCampaign(GlobalId.encode("Campaign", row.campaignId()), row.campaignName(),
				row.notice(), row.opensAt(), row.campaignClosesAt());
		return new RecordSelfCheck(row.recordId(), row.status(), campaign, state, row.deadline(),
				row.deadline().isAfter(row.campaignClosesAt()), SelfCheckField.of(row.fieldsToCheck()),
				record != null ? record.view(staff) : null, row.photo() != null ? row.photo().view(staff) : null,
				row.hasPhoto(), reconfirm, own && state == SelfCheckState.OPEN, finished);
	}

}
