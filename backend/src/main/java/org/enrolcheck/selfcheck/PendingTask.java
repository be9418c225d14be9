package org.enrolcheck.selfcheck;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.record.EnrolmentRecord;
import org.jspecify.annotations.Nullable;

/** Something a student still has to do, with the record it concerns and until when. */
record PendingTask(Kind kind, String recordId, EnrolmentRecord record, @Nullable ConfirmationSubject subject,
		@Nullable ReconfirmReason reconfirmReason, @Nullable String ticketId, @Nullable OffsetDateTime deadline) {

	enum Kind {

		CONFIRM_RECORD, CONFIRM_PHOTO, RECONFIRM, ANSWER_TICKET

	}

	enum ReconfirmReason {

		ASSISTED, RECORD_CHANGED

	}

	/** Soonest deadline first; tasks without one last; then by record and kind. */
	static final Comparator<PendingTask> ORDER = Comparator
		.comparing(PendingTask::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(task -> task.record().id())
		.thenComparing(PendingTask::kind);

	/** The confirmations a record in an open window still needs from its student. */
	static List<PendingTask> confirmations(EnrolmentRecord record, SelfCheckRow row) {
		List<PendingTask> tasks = new ArrayList<>();
		confirmation(record, row, ConfirmationSubject.RECORD, row.record(), Kind.CONFIRM_RECORD, tasks);
		if (row.hasPhoto()) {
			confirmation(record, row, ConfirmationSubject.ADMISSION_PHOTO, row.photo(), Kind.CONFIRM_PHOTO, tasks);
		}
		return tasks;
	}

	private static void confirmation(EnrolmentRecord record, SelfCheckRow row, ConfirmationSubject subject,
			@Nullable StoredConfirmation latest, Kind first, List<PendingTask> tasks) {
		String recordId = GlobalId.encode("EnrolmentRecord", record.id());
		if (latest == null) {
			tasks.add(new PendingTask(first, recordId, record, null, null, null, row.deadline()));
		}
		else if (!latest.valid() || latest.assisted()) {
			ReconfirmReason why = !latest.valid() ? ReconfirmReason.RECORD_CHANGED : ReconfirmReason.ASSISTED;
			tasks.add(new PendingTask(Kind.RECONFIRM, recordId, record, subject, why, null, row.deadline()));
		}
	}

	static PendingTask answerTicket(EnrolmentRecord record, long ticketId, @Nullable OffsetDateTime deadline) {
		return new PendingTask(Kind.ANSWER_TICKET, GlobalId.encode("EnrolmentRecord", record.id()), record, null, null,
				GlobalId.encode("CorrectionTicket", ticketId), deadline);
	}

}
