package org.enrolcheck.reference;

import java.util.Set;

import org.enrolcheck.graphql.NodeSource;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Lets {@code node(id)} fetch reference objects; they are public. */
@Component
class ReferenceNodes implements NodeSource {

	private final ReferenceService reference;

	ReferenceNodes(ReferenceService reference) {
		this.reference = reference;
	}

	@Override
	public Set<String> typeNames() {
		return Set.of("Institution", "College", "Major", "SchoolClass");
	}

	@Override
	public Mono<?> find(String typeName, long id) {
		return reference.find(typeName, id);
	}

}
