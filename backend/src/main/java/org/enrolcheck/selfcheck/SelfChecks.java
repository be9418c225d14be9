package org.enrolcheck.selfcheck;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.record.EnrolmentRecord;
import org.enrolcheck.record.RecordService;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Reads self-checks: for records the viewer already reached (their scope was applied then), and the
 * pending tasks of a student, which only the account's own holder gets.
 */
@Service
class SelfChecks {

	private final SelfCheckRepository repository;

	private final RecordService records;

	private final Clock clock;

	SelfChecks(SelfCheckRepository repository, RecordService records, Clock clock) {
		this.repository = repository;
		this.records = records;
		this.clock = clock;
	}

	/** The self-check of each record a campaign covers, in one statement; records without one are left out. */
	Mono<Map<EnrolmentRecord, RecordSelfCheck>> of(List<EnrolmentRecord> page) {
		return Viewer.current().flatMap(viewer -> {
			boolean staff = viewer.has(Role.REGISTRAR) || viewer.has(Role.COLLEGE_ADMIN) || viewer.has(Role.COUNSELLOR);
			boolean student = viewer.has(Role.STUDENT);
			Instant now = clock.instant();
			return repository.selfChecks(page.stream().map(EnrolmentRecord::id).distinct().toList(), accountOrNone(viewer))
				.collectMap(SelfCheckRow::recordId)
				.map(rows -> {
					Map<EnrolmentRecord, RecordSelfCheck> result = new LinkedHashMap<>();
					for (EnrolmentRecord record : page) {
						SelfCheckRow row = rows.get(record.id());
						if (row != null) {
							result.put(record, RecordSelfCheck.of(row, now, staff, student && row.own()));
						}
					}
					return result;
				});
		});
	}

	/**
	 * What the holder of {@code accountId} still has to do: confirmations in open windows, and
	 * correction tickets waiting for their answer. Anyone else asking gets nothing.
	 */
	Mono<List<PendingTask>> pendingTasks(long accountId) {
		return Viewer.current().flatMap(viewer -> {
			if (!viewer.has(Role.STUDENT) || !viewer.subject().equals(GlobalId.encode("Account", accountId))) {
				return Mono.just(List.<PendingTask>of());
			}
			return records.linkedTo(accountId).flatMap(own -> {
				if (own.isEmpty()) {
					return Mono.just(List.<PendingTask>of());
				}
				Map<Long, EnrolmentRecord> byId = own.stream().collect(Collectors.toMap(EnrolmentRecord::id, Function.identity()));
				Instant now = clock.instant();
				return Mono.zip(repository.selfChecks(byId.keySet(), accountId).collectMap(SelfCheckRow::recordId),
						repository.ticketsAwaitingAnswer(accountId, byId.keySet()).collectList())
					.map(found -> {
						Map<Long, SelfCheckRow> rows = found.getT1();
						List<PendingTask> tasks = new ArrayList<>();
						for (EnrolmentRecord record : own) {
							SelfCheckRow row = rows.get(record.id());
							if (row != null && open(row, now)) {
								tasks.addAll(PendingTask.confirmations(record, row));
							}
						}
						for (SelfCheckRepository.TicketAwaitingAnswer ticket : found.getT2()) {
							EnrolmentRecord record = byId.get(ticket.recordId());
							if (record != null) {
								SelfCheckRow row = rows.get(record.id());
								OffsetDateTime deadline = row != null && open(row, now) ? row.deadline() : null;
								tasks.add(PendingTask.answerTicket(record, ticket.ticketId(), deadline));
							}
						}
						tasks.sort(PendingTask.ORDER);
						return tasks;
					});
			});
		});
	}

	private static boolean open(SelfCheckRow row, Instant now) {
		return SelfCheckStates.at(row.inScope(), row.opensAt(), row.deadline(), now) == SelfCheckState.OPEN;
	}

	/** The viewer's account id when the viewer is a student, else -1 (no account has it). */
	private static long accountOrNone(Viewer viewer) {
		if (!viewer.has(Role.STUDENT)) {
			return -1;
		}
		try {
			GlobalId subject = GlobalId.decode(viewer.subject());
			return "Account".equals(subject.typeName()) ? subject.id() : -1;
		}
		catch (org.enrolcheck.graphql.ApiException notAnAccount) {
			return -1;
		}
	}

}
