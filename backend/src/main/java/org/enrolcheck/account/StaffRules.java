package org.enrolcheck.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.enrolcheck.graphql.Language;
import org.enrolcheck.account.AccountRepository.NewStaff;
import org.enrolcheck.graphql.ValidationFailed.FieldError;
import org.enrolcheck.security.Role;

/** The rules of a staff account's input, with messages in the caller's language. */
final class StaffRules {

	static final Pattern USERNAME = Pattern.compile("^[a-z][a-z0-9_.-]{2,31}$");

	private final boolean english;

	StaffRules(Locale locale) {
		this.english = Language.english(locale);
	}

	List<FieldError> check(NewStaff staff, String password) {
		List<FieldError> errors = new ArrayList<>();
		if (!USERNAME.matcher(staff.username()).matches()) {
			errors.add(error("username", "USERNAME_FORMAT", "用户名须为 3–32 位小写字母、数字或 . _ -，并以字母开头。",
					"A username is 3–32 lower-case letters, digits or . _ -, starting with a letter."));
		}
		if (staff.displayName().isEmpty() || staff.displayName().length() > 50) {
			errors.add(error("displayName", "VALUE_LENGTH", "姓名须为 1–50 个字符。", "The name must be 1–50 characters."));
		}
		if (!StaffService.STAFF_ROLES.contains(staff.role())) {
			errors.add(error("role", "NOT_A_STAFF_ROLE", "只能创建教职工角色。", "Only staff roles can be given here."));
		}
		if (staff.role() == Role.COLLEGE_ADMIN && staff.collegeIds().isEmpty()) {
			errors.add(error("collegeIds", "SCOPE_REQUIRED", "学院管理员至少需要一个学院。", "A college admin needs at least one college."));
		}
		if (staff.role() == Role.COUNSELLOR && staff.classIds().isEmpty()) {
			errors.add(error("classIds", "SCOPE_REQUIRED", "辅导员至少需要一个班级。", "A counsellor needs at least one class."));
		}
		if (!Passwords.acceptable(password)) {
			errors.add(passwordRule("password"));
		}
		return errors;
	}

	FieldError passwordRule(String field) {
		return error(field, "PASSWORD_RULE", "密码须为 6–30 位字母、数字或符号。",
				"A password is 6–30 letters, digits or symbols.");
	}

	FieldError usernameTaken() {
		return error("username", "USERNAME_TAKEN", "该用户名已被使用。", "This username is taken.");
	}

	FieldError unknownCollege() {
		return error("collegeIds", "NOT_IN_INSTITUTION", "所选学院不属于本校。", "A chosen college is not of your institution.");
	}

	FieldError unknownClass() {
		return error("classIds", "NOT_IN_INSTITUTION", "所选班级不属于本校。", "A chosen class is not of your institution.");
	}

	FieldError reasonRequired() {
		return error("reason", "REASON_REQUIRED", "请说明原因。", "Give a reason.");
	}

	FieldError notYourself() {
		return error("accountId", "CANNOT_DISABLE_SELF", "不能停用自己的账号。", "You cannot disable your own account.");
	}

	FieldError wrongPassword() {
		return error("currentPassword", "WRONG_PASSWORD", "当前密码不正确。", "The current password is wrong.");
	}

	private FieldError error(String field, String code, String zh, String en) {
		return new FieldError(field, code, english ? en : zh);
	}

}
