package org.enrolcheck.importing.file;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.enrolcheck.validation.Checked;
import org.jspecify.annotations.Nullable;

/**
 * Remembers the outcome of a field rule per distinct cell text, for the columns where a roster
 * repeats a few values on every line (性别, 民族, 层次, dates). The enumeration rules normalise every
 * spelling of every constant on each call, which would otherwise dominate a 100,000-row import.
 * Outcomes are immutable; the memo is bounded so that a column of unique junk cannot grow it.
 */
final class ParseMemo<T> {

	private static final int MAX_ENTRIES = 4096;

	private final Function<@Nullable String, Checked<T>> rule;

	private final Map<String, Checked<T>> outcomes = new HashMap<>();

	ParseMemo(Function<@Nullable String, Checked<T>> rule) {
		this.rule = rule;
	}

	Checked<T> check(@Nullable String raw) {
		if (raw == null) {
			return rule.apply(null);
		}
		Checked<T> known = outcomes.get(raw);
		if (known != null) {
			return known;
		}
		Checked<T> outcome = rule.apply(raw);
		if (outcomes.size() < MAX_ENTRIES) {
			outcomes.put(raw, outcome);
		}
		return outcome;
	}

}
