package org.enrolcheck.reminder;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.enrolcheck.audit.AuditEvent;
import org.enrolcheck.audit.AuditLog;
import org.enrolcheck.graphql.ValidationFailed.FieldError;
import org.enrolcheck.security.Viewer;
import org.enrolcheck.stats.NonCompleter;
import org.enrolcheck.stats.NonCompleterRepository;
import org.enrolcheck.stats.StatisticsAccess;
import org.enrolcheck.stats.StatisticsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * "Remind now" (催办) for a selection of non-completers: REGISTRAR anywhere in the institution,
 * COLLEGE_ADMIN within their colleges. A dry run only counts; a real run is a MANUAL step, audited.
 */
@Service
class RemindNow {

	static final int MAX_RECORDS = 5_000;

	private final StatisticsService statistics;

	private final NonCompleterRepository nonCompleters;

	private final ReminderRepository repository;

	private final ReminderSender sender;

	private final AuditLog audit;

	private final TransactionalOperator transaction;

	private final Clock clock;

	RemindNow(StatisticsService statistics, NonCompleterRepository nonCompleters, ReminderRepository repository,
			ReminderSender sender, AuditLog audit, TransactionalOperator transaction, Clock clock) {
		this.statistics = statistics;
		this.nonCompleters = nonCompleters;
		this.repository = repository;
		this.sender = sender;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	sealed interface Outcome {

		record Done(boolean dryRun, int selected, int reachable, int messaged) implements Outcome {
		}

		record Invalid(List<FieldError> problems) implements Outcome {
		}

	}

	Mono<Outcome> remind(long campaignId, NonCompleterRepository.Filter filter, boolean dryRun, boolean english) {
		return statistics.scoped(campaignId, access -> access.requirePeople().requireCollegeLevel()).flatMap(scoped -> {
			StatisticsAccess access = scoped.access();
			if (filter.recordIds() != null && filter.recordIds().size() > MAX_RECORDS) {
				return Mono.just((Outcome) new Outcome.Invalid(List.of(new FieldError("recordIds", "TOO_MANY_RECORDS",
						english ? "Choose at most 5,000 records." : "一次最多选择 5000 条学籍。"))));
			}
			if (!scoped.campaign().closesAt().toInstant().isAfter(clock.instant())) {
				return Mono.just((Outcome) new Outcome.Invalid(List.of(new FieldError("campaignId", "CAMPAIGN_CLOSED",
						english ? "The campaign has closed; there is nothing to remind." : "本次自查已截止，无需催办。"))));
			}
			return nonCompleters.all(campaignId, access, filter).collectList().flatMap(open -> {
				int selected = open.size();
				int reachable = (int) open.stream().filter(NonCompleter::remindable).map(NonCompleter::accountId).distinct().count();
				if (dryRun) {
					return Mono.just((Outcome) new Outcome.Done(true, selected, reachable, 0));
				}
				return Viewer.current().flatMap(viewer -> repository.manual(campaignId, viewer.subject())
					.flatMap(stepId -> sender.send(scoped.campaign(), stepId, open, false))
					.flatMap(sent -> audit.write(new AuditEvent(viewer.subject(), "REMIND_NOW", "Campaign", campaignId,
							access.institutionId(), null, Map.of("selected", selected, "messaged", sent.messaged()), null))
						.thenReturn((Outcome) new Outcome.Done(false, selected, reachable, sent.messaged())))
					.as(transaction::transactional));
			});
		});
	}

}
