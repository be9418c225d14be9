package org.enrolcheck.reminder;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.notify.Channel;
import org.enrolcheck.notify.Notice;
import org.enrolcheck.notify.Notifications;
import org.enrolcheck.stats.CampaignRef;
import org.enrolcheck.stats.NonCompleter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Messages one step's non-completers (SMS + in-app) and, for a scheduled step, each counsellor with
 * open students (in-app, pointing at their task list). Runs inside the caller's transaction, so the
 * step row, the messages and the recipients commit together or not at all.
 */
@Component
class ReminderSender {

	static final String TOPIC = "REMINDER";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Notifications notifications;

	private final ReminderRepository repository;

	ReminderSender(Notifications notifications, ReminderRepository repository) {
		this.notifications = notifications;
		this.repository = repository;
	}

	record Sent(int messaged, int counsellors) {
	}

	Mono<Sent> send(CampaignRef campaign, long stepId, List<NonCompleter> open, boolean tellCounsellors) {
		Map<Long, NonCompleter> byAccount = new LinkedHashMap<>();
		open.stream().filter(NonCompleter::remindable).forEach(row -> byAccount.putIfAbsent(row.accountId(), row));
		List<Long> records = new ArrayList<>();
		List<Long> accounts = new ArrayList<>();
		byAccount.forEach((account, row) -> {
			records.add(row.id());
			accounts.add(account);
		});
		String deadline = campaign.closesAt().atZoneSameInstant(CHINA).format(DEADLINE);
		String subject = GlobalId.encode("Campaign", campaign.id());
		Mono<Void> students = Flux.fromIterable(accounts)
			.concatMap(account -> notifications.post(new Notice(account, TOPIC, "学籍自查提醒", "Self-check reminder",
					"「" + campaign.name() + "」将于 " + deadline + " 截止，请尽快登录核对学籍信息并确认；如有错误请提交勘误申请。",
					"\"" + campaign.name() + "\" closes on " + deadline
							+ " (Beijing time). Please sign in, check your enrolment record and confirm it, or file a correction.",
					subject, Set.of(Channel.SMS))))
			.then(repository.recipients(stepId, campaign.id(), records, accounts));
		Mono<Integer> counsellors = tellCounsellors ? tellCounsellors(campaign, open, subject) : Mono.just(0);
		return students.then(counsellors)
			.flatMap(told -> repository.finish(stepId, accounts.size(), told).thenReturn(new Sent(accounts.size(), told)));
	}

	private Mono<Integer> tellCounsellors(CampaignRef campaign, List<NonCompleter> open, String subject) {
		Map<Long, Integer> byClass = new LinkedHashMap<>();
		open.forEach(row -> byClass.merge(row.classId(), 1, Integer::sum));
		if (byClass.isEmpty()) {
			return Mono.just(0);
		}
		return repository.counsellors(campaign.institutionId(), List.copyOf(byClass.keySet()), List.copyOf(byClass.values()))
			.concatMap(load -> notifications.post(Notice.inApp(load.accountId(), "COUNSELLOR_TASKS", "自查待办", "Self-check tasks",
					"您负责的班级中还有 " + load.open() + " 名学生未完成「" + campaign.name() + "」，请在待办列表中查看并督促。",
					load.open() + " of your students have not finished \"" + campaign.name() + "\"; see your task list.", subject))
				.thenReturn(1))
			.count()
			.map(Long::intValue);
	}

}
