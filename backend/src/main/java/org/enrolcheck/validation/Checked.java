package org.enrolcheck.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of checking one field: the normalised value (with any warnings), or every rule it
 * broke. Callers switch over the two cases; nothing here throws for bad input.
 */
public sealed interface Checked<T> {

	record Valid<T>(T value, List<Warning> warnings) implements Checked<T> {

		public Valid {
			warnings = List.copyOf(warnings);
		}

	}

	record Invalid<T>(List<Violation> violations) implements Checked<T> {

		public Invalid {
			violations = List.copyOf(violations);
			if (violations.isEmpty()) {
				throw new IllegalArgumentException("an invalid value needs at least one violation");
			}
		}

	}

	static <T> Checked<T> valid(T value, List<Warning> warnings) {
		return new Valid<>(value, warnings);
	}

	static <T> Checked<T> valid(T value, RuleCode... warnings) {
		return new Valid<>(value, Arrays.stream(warnings).map(Warning::of).toList());
	}

	static <T> Checked<T> invalid(List<Violation> violations) {
		return new Invalid<>(violations);
	}

	static <T> Checked<T> invalid(RuleCode... codes) {
		return new Invalid<>(Arrays.stream(codes).map(Violation::of).toList());
	}

	default boolean isValid() {
		return this instanceof Valid<T>;
	}

	default Optional<T> toOptional() {
		return switch (this) {
			case Valid<T> valid -> Optional.of(valid.value());
			case Invalid<T> invalid -> Optional.empty();
		};
	}

	/** The codes of the violations, or of the warnings when the value is valid. */
	default List<RuleCode> codes() {
		return switch (this) {
			case Valid<T> valid -> valid.warnings().stream().map(Warning::code).toList();
			case Invalid<T> invalid -> invalid.violations().stream().map(Violation::code).toList();
		};
	}

	default <U> Checked<U> map(Function<? super T, ? extends U> mapper) {
		return switch (this) {
			case Valid<T> valid -> new Valid<>(mapper.apply(valid.value()), valid.warnings());
			case Invalid<T> invalid -> new Invalid<>(invalid.violations());
		};
	}

}
