package org.enrolcheck.reminder;

import java.time.Instant;
import java.util.List;

import org.enrolcheck.stats.NonCompleterRepository;
import org.enrolcheck.stats.StatisticsAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Runs the due steps of the reminder ladder. Each step is one transaction that first takes the
 * step's lease row; a replica that loses the race finds the row and sends nothing.
 */
@Service
public class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private final ReminderRepository repository;

	private final NonCompleterRepository nonCompleters;

	private final ReminderSender sender;

	private final TransactionalOperator transaction;

	private final ReminderProperties properties;

	ReminderJob(ReminderRepository repository, NonCompleterRepository nonCompleters, ReminderSender sender,
			TransactionalOperator transaction, ReminderProperties properties) {
		this.repository = repository;
		this.nonCompleters = nonCompleters;
		this.sender = sender;
		this.transaction = transaction;
		this.properties = properties;
	}

	/** What one replica did about one due step. */
	public record StepRun(long campaignId, int daysBefore, boolean ran, int messaged, int counsellors) {
	}

	/** Runs every step due at {@code now}; safe to call from every replica at once. */
	public Mono<List<StepRun>> runDue(Instant now) {
		return repository.due(now).concatMap(this::run).collectList();
	}

	private Mono<StepRun> run(ReminderRepository.DueStep step) {
		var campaign = step.campaign();
		StatisticsAccess everyone = new StatisticsAccess(campaign.institutionId(), StatisticsAccess.Scope.INSTITUTION,
				java.util.Set.of(), false);
		return repository.claim(campaign.id(), step.daysBefore(), properties.replicaName())
			.flatMap(stepId -> nonCompleters.all(campaign.id(), everyone, NonCompleterRepository.Filter.ALL).collectList()
				.flatMap(open -> sender.send(campaign, stepId, open, true))
				.map(sent -> new StepRun(campaign.id(), step.daysBefore(), true, sent.messaged(), sent.counsellors())))
			.defaultIfEmpty(new StepRun(campaign.id(), step.daysBefore(), false, 0, 0))
			.as(transaction::transactional)
			.doOnNext(run -> {
				if (run.ran()) {
					log.info("Reminder step {} days before campaign {}'s deadline: {} students and {} counsellors messaged by {}",
							run.daysBefore(), run.campaignId(), run.messaged(), run.counsellors(), properties.replicaName());
				}
				else {
					log.info("Reminder step {} days before campaign {}'s deadline was already run by another replica",
							run.daysBefore(), run.campaignId());
				}
			})
			.onErrorResume(ex -> {
				log.warn("Reminder step {} days before campaign {}'s deadline failed and will be retried: {}",
						step.daysBefore(), campaign.id(), ex.toString());
				return Mono.empty();
			});
	}

}
