package org.enrolcheck.importing;

import java.util.Set;

import org.enrolcheck.graphql.NodeSource;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** {@code node(id)} for batches: only a registrar of the batch's institution finds one. */
@Component
class ImportNodes implements NodeSource {

	private final ImportService imports;

	ImportNodes(ImportService imports) {
		this.imports = imports;
	}

	@Override
	public Set<String> typeNames() {
		return Set.of("ImportBatch");
	}

	@Override
	public Mono<?> find(String typeName, long id) {
		return imports.batch(id);
	}

}
