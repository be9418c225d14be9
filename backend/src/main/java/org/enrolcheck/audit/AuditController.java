package org.enrolcheck.audit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Paging;
import org.enrolcheck.graphql.QueryLimitsProperties;
import org.enrolcheck.record.EnrolmentRecord;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The audit log over GraphQL. {@code EnrolmentRecord.auditTrail} takes paging arguments, which a
 * {@code @BatchMapping} cannot see, so it goes through a named data loader keyed by record and
 * page: all trails of one request are one statement.
 */
@Controller
class AuditController {

	static final String TYPE = "AuditEvent";

	private static final String TRAILS = "audit.trails";

	private final AuditReader reader;

	private final ActorNames actors;

	private final QueryLimitsProperties limits;

	AuditController(AuditReader reader, ActorNames actors, QueryLimitsProperties limits, BatchLoaderRegistry loaders) {
		this.reader = reader;
		this.actors = actors;
		this.limits = limits;
		loaders.<TrailKey, Window<AuditEntry>>forName(TRAILS).registerMappedBatchLoader((keys, env) -> reader.trails(keys));
	}

	@QueryMapping
	Mono<Window<AuditEntry>> auditEvents(@Argument AuditFilter filter, ScrollSubrange subrange) {
		return reader.events(filter, Paging.of(subrange, limits));
	}

	@SchemaMapping(typeName = "EnrolmentRecord", field = "auditTrail")
	CompletableFuture<Window<AuditEntry>> auditTrail(EnrolmentRecord record, ScrollSubrange subrange,
			DataFetchingEnvironment env) {
		Paging paging = Paging.of(subrange, limits);
		TrailKey key = new TrailKey(record.id(), paging.limit(), paging.firstPage() ? null : paging.afterLong("id"));
		return env.<TrailKey, Window<AuditEntry>>getDataLoader(TRAILS).load(key);
	}

	@SchemaMapping(typeName = TYPE, field = "id")
	String id(AuditEntry entry) {
		return GlobalId.encode(TYPE, entry.id());
	}

	@SchemaMapping(typeName = TYPE, field = "entityId")
	String entityId(AuditEntry entry) {
		return entry.entityId();
	}

	@BatchMapping(typeName = TYPE, field = "actor")
	Mono<Map<AuditEntry, String>> actor(List<AuditEntry> entries) {
		return actors.of(entries.stream().map(AuditEntry::actorSubject).distinct().toList())
			.map(names -> entries.stream().distinct()
				.collect(Collectors.toMap(Function.identity(), entry -> names.get(entry.actorSubject()))));
	}

}
