package org.enrolcheck.record;

import java.util.Set;

import org.enrolcheck.graphql.NodeSource;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** {@code node(id)} for records applies the same scope as {@code record(id)}. */
@Component
class RecordNodes implements NodeSource {

	private final RecordService records;

	RecordNodes(RecordService records) {
		this.records = records;
	}

	@Override
	public Set<String> typeNames() {
		return Set.of("EnrolmentRecord");
	}

	@Override
	public Mono<?> find(String typeName, long id) {
		return records.record(id);
	}

}
