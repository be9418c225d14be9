package org.enrolcheck.graphql;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** {@code node(id)} and the {@code id} field of every Node type, from the features' {@link NodeSource}s. */
@Controller
class NodeController {

	private final List<NodeSource> sources;

	NodeController(List<NodeSource> sources) {
		this.sources = sources;
	}

	@QueryMapping
	Mono<?> node(@Argument String id) {
		GlobalId globalId = GlobalId.decode(id);
		return sources.stream()
			.filter(source -> source.typeNames().contains(globalId.typeName()))
			.findFirst()
			.map(source -> (Mono<?>) source.find(globalId.typeName(), globalId.id()))
			.orElseThrow(() -> new ApiException(ErrorCode.INVALID_ID));
	}

	@Bean
	static RuntimeWiringConfigurer globalIdFields(List<NodeSource> sources) {
		return wiring -> sources.stream().flatMap(source -> source.typeNames().stream())
			.forEach(typeName -> wiring.type(typeName, type -> type.dataFetcher("id",
					env -> GlobalId.encode(typeName, env.<NodeSource.Identified>getSource().id()))));
	}

}
