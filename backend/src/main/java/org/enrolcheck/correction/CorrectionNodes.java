package org.enrolcheck.correction;

import java.util.Set;

import org.enrolcheck.graphql.NodeSource;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** {@code node(id)} for tickets, with the same scope as {@code correctionTicket(id)}. */
@Component
class CorrectionNodes implements NodeSource {

	private final CorrectionQueries queries;

	CorrectionNodes(CorrectionQueries queries) {
		this.queries = queries;
	}

	@Override
	public Set<String> typeNames() {
		return Set.of("CorrectionTicket");
	}

	@Override
	public Mono<?> find(String typeName, long id) {
		return queries.ticket(id);
	}

}
