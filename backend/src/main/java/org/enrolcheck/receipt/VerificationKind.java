package org.enrolcheck.receipt;

/** What a verification code certifies. */
enum VerificationKind {

	/** 自查回执: the student finished the self-check of this record version. */
	SELF_CHECK_RECEIPT,
	/** 学籍在线验证报告: the record exists as shown, for an employer or another school. */
	ENROLMENT_VERIFICATION_REPORT

}
