package org.enrolcheck.graphql;

import java.util.Set;

import reactor.core.publisher.Mono;

/**
 * A feature's objects that implement {@code Node}. Each feature declares one, so {@code node(id)}
 * and the global {@code id} field work for its types without a central switch. Implementations
 * apply the same access rules as the feature's own queries.
 */
public interface NodeSource {

	/** GraphQL type names this source resolves, each also the prefix of its global ids. */
	Set<String> typeNames();

	Mono<?> find(String typeName, long id);

	/** Rows behind Node types expose their database id; the API shows it only as a global id. */
	interface Identified {

		long id();

	}

}
