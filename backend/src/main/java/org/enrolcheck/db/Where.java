package org.enrolcheck.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.r2dbc.core.DatabaseClient;

/**
 * A WHERE clause built from the filters a caller actually gave, so each query plans for what it
 * asks instead of for {@code (:x IS NULL OR col = :x)} on every column.
 */
public final class Where {

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> bindings = new LinkedHashMap<>();

	/** Adds {@code condition} (naming {@code :name}) when {@code value} is present. */
	public Where and(String condition, String name, Object value) {
		if (value != null) {
			conditions.add(condition);
			bindings.put(name, value);
		}
		return this;
	}

	/** Adds a case-insensitive substring match over {@code columns} when {@code text} is not blank. */
	public Where containsText(String text, String... columns) {
		if (text == null || text.isBlank()) {
			return this;
		}
		List<String> matches = new ArrayList<>();
		for (String column : columns) {
			matches.add(column + " ILIKE :text ESCAPE '\\'");
		}
		conditions.add("(" + String.join(" OR ", matches) + ")");
		bindings.put("text", "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		return this;
	}

	/** Adds a condition with several bind values (e.g. a keyset row comparison). */
	public Where and(String condition, Map<String, Object> values) {
		conditions.add(condition);
		bindings.putAll(values);
		return this;
	}

	public String sql() {
		return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
	}

	public DatabaseClient.GenericExecuteSpec bindTo(DatabaseClient.GenericExecuteSpec spec) {
		DatabaseClient.GenericExecuteSpec bound = spec;
		for (Map.Entry<String, Object> binding : bindings.entrySet()) {
			bound = bound.bind(binding.getKey(), binding.getValue());
		}
		return bound;
	}

}
