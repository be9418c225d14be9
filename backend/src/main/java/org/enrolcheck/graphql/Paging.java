package org.enrolcheck.graphql;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * Keyset paging for Relay connections. Spring Data R2DBC has no keyset support
 * (spring-data-relational#1605), so each repository fetches {@code limit + 1} rows after the
 * decoded keys and this class turns them into a {@link Window}, which Spring GraphQL renders as a
 * connection with opaque cursors.
 *
 * @param limit rows on the page
 * @param after the sort keys of the last row of the previous page; empty on the first page
 */
public record Paging(int limit, Map<String, Object> after) {

	public static Paging of(ScrollSubrange subrange, QueryLimitsProperties limits) {
		int limit = subrange.count().orElse(limits.defaultPageSize());
		if (limit < 0 || limit > limits.maxPageSize() || !subrange.forward()) {
			throw new ApiException(ErrorCode.PAGE_SIZE_OUT_OF_RANGE);
		}
		Map<String, Object> after = subrange.position()
			.map(position -> position instanceof KeysetScrollPosition keyset ? keyset.getKeys() : null)
			.orElse(Map.of());
		if (after == null) {
			throw new ApiException(ErrorCode.INVALID_CURSOR);
		}
		return new Paging(limit, after);
	}

	public boolean firstPage() {
		return after.isEmpty();
	}

	/** The key of the previous page's last row, as a number; a cursor without it is rejected. */
	public long afterLong(String key) {
		if (after.get(key) instanceof Number number) {
			return number.longValue();
		}
		throw new ApiException(ErrorCode.INVALID_CURSOR);
	}

	public String afterString(String key) {
		if (after.get(key) instanceof String text) {
			return text;
		}
		throw new ApiException(ErrorCode.INVALID_CURSOR);
	}

	/** {@code rows} were fetched with {@code limit + 1}: the extra row only says a next page exists. */
	public <T> Window<T> window(List<T> rows, Function<T, Map<String, Object>> keys) {
		boolean hasNext = rows.size() > limit;
		List<T> page = hasNext ? rows.subList(0, limit) : rows;
		return Window.from(page, index -> ScrollPosition.forward(keys.apply(page.get(index))), hasNext);
	}

}
