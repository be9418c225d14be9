package org.enrolcheck.correction;

/** The process rules that refuse a ticket action, with what the user reads (zh, en). */
enum Refusal {

	RECORD_GRADUATED("该学籍已毕业，学校不再受理学籍信息变更申请。",
			"This record is graduated: the school no longer accepts changes to it."),
	RECORD_OUT_OF_SCOPE("该学籍状态（放弃/保留入学资格、退学等）不在勘误范围内，请联系教务处。",
			"Records in this status (admission forfeited or reserved, withdrawn ...) take no correction; contact the registry office."),
	CAMPAIGN_CLOSED("本次学籍自查已截止，不能再提交勘误申请；如需延期请联系学院。",
			"The self-check window has closed; ask your college for an extension to file a correction."),
	TICKET_FIELD_ALREADY_OPEN("该字段已有一份未办结的勘误申请，请等待其办结或撤回后再提交。",
			"A correction of this field is already open; wait for it or withdraw it first."),
	TICKET_NOT_OPEN("该申请已办结或当前状态不允许此操作。", "The ticket is closed or its state does not allow this."),
	COLLEGE_REVIEW_PENDING("身份信息类字段须先经学院审核，再由学籍科决定。",
			"Identity fields need the college's review before the registry decides."),
	NOT_YOUR_COLLEGE_STEP("该申请没有待学院审核的身份信息字段。", "This ticket has no identity item awaiting the college's review."),
	RECORD_CHANGE_REFUSED("按申请修改会违反学籍规则（如性别、出生日期须与身份证号一致），请逐项驳回或要求补充。",
			"Applying the change would break a record rule (e.g. gender and birth date must agree with the ID number)."),
	REASON_REQUIRED("驳回须选择驳回理由模板或填写理由。", "A rejection needs a template or a written reason.");

	private final String zh;

	private final String en;

	Refusal(String zh, String en) {
		this.zh = zh;
		this.en = en;
	}

	String zh() {
		return zh;
	}

	String en() {
		return en;
	}

}
