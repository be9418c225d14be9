package org.enrolcheck.validation;

import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * An enumeration value with a Chinese label, as rosters and forms write it. Parsing accepts the
 * label, the enum name and the listed aliases (codes, common short forms), ignoring spaces, case
 * and full-width forms.
 */
public interface Labelled {

	/** The Chinese label, e.g. 注册学籍. */
	String label();

	/** Other accepted spellings, such as standard codes and common short forms. */
	List<String> aliases();

	/** The enum constant's name; implemented by every enum. */
	String name();

	default Stream<String> spellings() {
		return Stream.concat(Stream.of(label(), name()), aliases().stream());
	}

	static <E extends Enum<E> & Labelled> Checked<E> parse(Class<E> type, @Nullable String raw, RuleCode unknown) {
		if (raw == null || Typing.trimSpaces(raw).isEmpty()) {
			return Checked.invalid(RuleCode.VALUE_EMPTY);
		}
		String key = Typing.lookupKey(raw);
		for (E constant : type.getEnumConstants()) {
			if (constant.spellings().map(Typing::lookupKey).anyMatch(key::equals)) {
				return Checked.valid(constant);
			}
		}
		return Checked.invalid(unknown);
	}

}
