package org.enrolcheck.security;

/** Who a caller is in the self-check process; see domain.md "People and roles". */
public enum Role {

	/** 学生: own account, own records, own tickets. */
	STUDENT,
	/** 辅导员: records, reminders and progress of their classes. */
	COUNSELLOR,
	/** 学院管理员 (秘书/教务员): one college; first review of tickets. */
	COLLEGE_ADMIN,
	/** 教务处学籍科: the whole institution; imports, campaigns, decisions. */
	REGISTRAR,
	/** 账号客服: identity disputes and their evidence. */
	SUPPORT,
	/** 统计用户: aggregates only, never a person's data. */
	ANALYST,
	/** Another campus system calling with a token and scopes. */
	INTEGRATOR

}
