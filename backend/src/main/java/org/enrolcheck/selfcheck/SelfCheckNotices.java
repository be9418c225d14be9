package org.enrolcheck.selfcheck;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.notify.Notice;
import org.enrolcheck.notify.Notifications;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The inbox messages (站内信) a confirmation sends, posted in the confirmation's transaction. */
@Component
class SelfCheckNotices {

	static final String CONFIRMED = "SELF_CHECK_CONFIRMED";

	static final String ASSISTED = "ASSISTED_CONFIRMATION";

	private final Notifications notifications;

	SelfCheckNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	Mono<Void> confirmed(long account, ConfirmationSubject subject, long recordId, int version) {
		boolean record = subject == ConfirmationSubject.RECORD;
		return notifications.post(Notice.inApp(account, CONFIRMED, record ? "学籍信息已确认" : "录取照片已确认",
				record ? "Record confirmed" : "Admission photo confirmed",
				(record ? "您已确认学籍信息无误" : "您已确认录取照片无误") + "（版本 " + version + "）。如学籍再有变更，系统会请您重新确认。",
				(record ? "You confirmed your record" : "You confirmed your admission photo") + " (version " + version
						+ "). If the record changes, you will be asked to confirm again.",
				GlobalId.encode("EnrolmentRecord", recordId)));
	}

	/** Tells every student account linked to the record that staff confirmed on their behalf. */
	Mono<Void> assisted(Flux<Long> accounts, long recordId, String reason) {
		return accounts.concatMap(account -> notifications.post(Notice.inApp(account, ASSISTED, "工作人员已代您确认学籍",
				"Staff confirmed your record for you",
				"学校工作人员代您确认了学籍信息（原因：" + reason + "）。请登录后核对并亲自重新确认。",
				"School staff confirmed your record on your behalf (reason: " + reason
						+ "). Sign in, check it and confirm it yourself.",
				GlobalId.encode("EnrolmentRecord", recordId))))
			.then();
	}

}
