package org.enrolcheck.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.enrolcheck.graphql.Language;
import org.enrolcheck.graphql.ValidationFailed.FieldError;
import org.enrolcheck.validation.Checked;
import org.enrolcheck.validation.IdDocumentNumber;
import org.enrolcheck.validation.IdType;
import org.enrolcheck.validation.MobilePhone;
import org.enrolcheck.validation.PersonName;
import org.enrolcheck.validation.Violation;
import org.jspecify.annotations.Nullable;

/** The checks of identity input, with field errors in the caller's language. */
final class RegistrationRules {

	static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,180}\\.[A-Za-z]{2,24}$");

	private final Locale locale;

	private final boolean english;

	final List<FieldError> errors = new ArrayList<>();

	RegistrationRules(Locale locale) {
		this.locale = locale;
		this.english = Language.english(locale);
	}

	@Nullable MobilePhone phone(String field, @Nullable String raw) {
		return switch (MobilePhone.parse(raw)) {
			case Checked.Valid<MobilePhone> valid -> valid.value();
			case Checked.Invalid<MobilePhone> invalid -> violations(field, invalid.violations());
		};
	}

	@Nullable String name(String field, @Nullable String raw) {
		return switch (PersonName.parse(raw)) {
			case Checked.Valid<PersonName> valid -> valid.value().value();
			case Checked.Invalid<PersonName> invalid -> violations(field, invalid.violations());
		};
	}

	@Nullable String idNumber(String field, IdType type, @Nullable String raw, Clock clock) {
		return switch (IdDocumentNumber.parse(type, raw, clock)) {
			case Checked.Valid<String> valid -> valid.value();
			case Checked.Invalid<String> invalid -> violations(field, invalid.violations());
		};
	}

	/** A new password: the product's rule, and not WEAK. */
	void password(String field, String password) {
		PasswordStrength strength = PasswordStrength.of(password);
		if (!org.enrolcheck.account.AccountSessions.passwordAcceptable(password)) {
			add(field, "PASSWORD_RULE", "密码须为 6–30 位字母、数字或符号。", "A password is 6–30 letters, digits or symbols.");
		}
		else if (!strength.acceptable()) {
			add(field, "PASSWORD_TOO_WEAK", "密码太简单：请混合使用字母、数字和符号，避免 123456 这类常见密码。",
					"The password is too easy to guess: mix letters, digits and symbols, and avoid ones like 123456.");
		}
	}

	/** An optional security e-mail, lower-cased; null when none was given. */
	@Nullable String email(String field, @Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String email = raw.strip().toLowerCase(Locale.ROOT);
		if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
			add(field, "EMAIL_FORMAT", "邮箱格式不正确。", "The e-mail address is not valid.");
			return null;
		}
		return email;
	}

	void consent(String field, @Nullable String accepted, String current) {
		if (accepted == null || accepted.isBlank()) {
			add(field, "CONSENT_REQUIRED", "请阅读并同意用户协议和隐私政策。", "Read and accept the terms and the privacy notice.");
		}
		else if (!accepted.equals(current)) {
			add(field, "CONSENT_OUTDATED", "用户协议或隐私政策已更新，请重新阅读并同意。",
					"The terms or the privacy notice changed; read and accept the current version.");
		}
	}

	void add(String field, String code, String zh, String en) {
		errors.add(new FieldError(field, code, english ? en : zh));
	}

	boolean ok() {
		return errors.isEmpty();
	}

	private <T> @Nullable T violations(String field, List<Violation> violations) {
		violations.forEach(violation -> errors.add(new FieldError(field, violation.code().name(), violation.message(locale))));
		return null;
	}

}
