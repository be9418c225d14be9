package org.enrolcheck.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A record's columns as stored, locked for an edit. {@code values} maps column names to their
 * database values; the decrypted ID number is kept apart and never enters an audit row in full.
 */
record StoredRecord(long id, long institutionId, int version, String idNumber, Map<String, @Nullable Object> values) {

	String string(String column) {
		return (String) values.get(column);
	}

	LocalDate date(String column) {
		return (LocalDate) values.get(column);
	}

	BigDecimal decimal(String column) {
		return (BigDecimal) values.get(column);
	}

	static Map<String, @Nullable Object> columns(io.r2dbc.spi.Readable row, String... names) {
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		for (String name : names) {
			values.put(name, row.get(name));
		}
		return values;
	}

}
