package org.enrolcheck.selfcheck;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.enrolcheck.audit.ActorNames;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Shows who recorded an assisted confirmation by name (a staff username) rather than the token
 * subject stored in the row; one statement for every confirmation of a response.
 */
@Controller
class AssistedByController {

	private final ActorNames names;

	AssistedByController(ActorNames names) {
		this.names = names;
	}

	@BatchMapping(typeName = "SelfCheckConfirmation", field = "assistedBy")
	Mono<Map<SelfCheckConfirmation, String>> assistedBy(List<SelfCheckConfirmation> confirmations) {
		List<String> subjects = confirmations.stream().map(SelfCheckConfirmation::assistedBy).filter(Objects::nonNull)
			.distinct().toList();
		return names.of(subjects).map(named -> {
			Map<SelfCheckConfirmation, String> result = new HashMap<>();
			confirmations.stream().filter(confirmation -> confirmation.assistedBy() != null)
				.forEach(confirmation -> result.put(confirmation, named.get(confirmation.assistedBy())));
			return result;
		});
	}

}
