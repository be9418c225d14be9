package org.enrolcheck.db;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Shapes one batch query's rows into the map a {@code @BatchMapping} returns: every parent gets an
 * entry, an empty list when it has no children, so no parent is left unresolved.
 */
public final class Batches {

	private Batches() {
	}

	public static <P, C> Map<P, List<C>> children(List<P> parents, Function<P, Long> id,
			Map<Long, Collection<C>> childrenByParentId) {
		Map<P, List<C>> result = new LinkedHashMap<>();
		for (P parent : parents) {
			Collection<C> children = childrenByParentId.get(id.apply(parent));
			result.put(parent, children == null ? List.of() : List.copyOf(children));
		}
		return result;
	}

	public static <P, T> Map<P, T> parents(List<P> children, Function<P, Long> parentId, Map<Long, T> parentsById) {
		Map<P, T> result = new LinkedHashMap<>();
		for (P child : children) {
			T parent = parentsById.get(parentId.apply(child));
			if (parent != null) {
				result.put(child, parent);
			}
		}
		return result;
	}

}
