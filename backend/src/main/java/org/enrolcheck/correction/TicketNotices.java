package org.enrolcheck.correction;

import java.util.EnumSet;
import java.util.Set;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.notify.Channel;
import org.enrolcheck.notify.Notice;

/**
 * What the student is told at each transition: always the inbox and an e-mail (when the account has
 * one); an SMS too when the office decided something the student must act on or may rely on.
 */
final class TicketNotices {

	private static final Set<TicketState> BY_SMS = EnumSet.of(TicketState.NEEDS_INFO, TicketState.APPLIED,
			TicketState.REJECTED);

	private TicketNotices() {
	}

	static Notice of(CorrectionTicket ticket, TicketState to, String note) {
		String[] text = switch (to) {
			case SUBMITTED -> new String[] { "勘误申请已提交", "Correction request filed", "学校将审核您的学籍信息勘误申请。",
					"The office will review your correction request." };
			case IN_REVIEW -> new String[] { "勘误申请审核中", "Correction request in review", "您的勘误申请正在审核。",
					"Your correction request is being reviewed." };
			case NEEDS_INFO -> new String[] { "勘误申请需补充材料", "More information needed",
					"审核人请您补充：" + note, "The reviewer asks: " + note };
			case APPROVED -> new String[] { "勘误申请已通过", "Correction request approved", "您的勘误申请已审核通过。",
					"Your correction request was approved." };
			case APPLIED -> new String[] { "学籍信息已更正", "Record corrected",
					"您的学籍信息已按勘误申请更正，请登录重新核对并确认。", "Your record was corrected; sign in to check and confirm it again." };
			case REJECTED -> new String[] { "勘误申请未通过", "Correction request rejected", "原因：" + note, "Reason: " + note };
			case WITHDRAWN -> new String[] { "勘误申请已撤回", "Correction request withdrawn", "您已撤回勘误申请。",
					"You withdrew your correction request." };
		};
		Set<Channel> channels = BY_SMS.contains(to) ? EnumSet.of(Channel.SMS, Channel.EMAIL) : EnumSet.of(Channel.EMAIL);
		return new Notice(ticket.accountId(), "TICKET_" + to.name(), text[0], text[1], text[2], text[3],
				GlobalId.encode("CorrectionTicket", ticket.id()), channels);
	}

}
