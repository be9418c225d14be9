package org.enrolcheck.reminder;

import java.util.List;
import java.util.Locale;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Language;
import org.enrolcheck.graphql.ValidationFailed;
import org.enrolcheck.stats.NonCompleterRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** {@code remindNow}; rules in {@link RemindNow}. */
@Controller
class ReminderController {

	private final RemindNow remindNow;

	ReminderController(RemindNow remindNow) {
		this.remindNow = remindNow;
	}

	record RemindNowInput(String campaignId, @Nullable List<String> recordIds, @Nullable String collegeId,
			@Nullable String classId, boolean dryRun) {
	}

	record RemindersSent(boolean dryRun, int selected, int reachable, int messaged) {
	}

	@MutationMapping
	Mono<Object> remindNow(@Argument RemindNowInput input, Locale locale) {
		long campaign = GlobalId.decode(input.campaignId(), "Campaign");
		NonCompleterRepository.Filter filter = new NonCompleterRepository.Filter(
				GlobalId.decodeOptional(input.collegeId(), "College"), GlobalId.decodeOptional(input.classId(), "SchoolClass"),
				input.recordIds() == null ? null
						: input.recordIds().stream().map(id -> GlobalId.decode(id, "EnrolmentRecord")).distinct().toList());
		return remindNow.remind(campaign, filter, input.dryRun(), Language.english(locale)).map(outcome -> switch (outcome) {
			case RemindNow.Outcome.Done done -> new RemindersSent(done.dryRun(), done.selected(), done.reachable(), done.messaged());
			case RemindNow.Outcome.Invalid invalid -> ValidationFailed.of(invalid.problems(), locale);
		});
	}

}
