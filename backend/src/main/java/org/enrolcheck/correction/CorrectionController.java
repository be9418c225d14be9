package org.enrolcheck.correction;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Language;
import org.enrolcheck.graphql.Paging;
import org.enrolcheck.graphql.QueryLimitsProperties;
import org.enrolcheck.graphql.ValidationFailed;
import org.enrolcheck.graphql.VersionConflict;
import org.enrolcheck.record.EnrolmentRecord;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Ticket queries and child fields; mutations are in {@link CorrectionMutations}. */
@Controller
class CorrectionController {

	private final CorrectionQueries queries;

	private final FieldRouting routing;

	private final QueryLimitsProperties limits;

	CorrectionController(CorrectionQueries queries, FieldRouting routing, QueryLimitsProperties limits) {
		this.queries = queries;
		this.routing = routing;
		this.limits = limits;
	}

	@QueryMapping
	Mono<CorrectionTicket> correctionTicket(@Argument String id) {
		return queries.ticket(GlobalId.decode(id, "CorrectionTicket"));
	}

	@QueryMapping
	Mono<Window<CorrectionTicket>> correctionTickets(@Argument CorrectionQueries.Filter filter, ScrollSubrange subrange) {
		Paging paging = Paging.of(subrange, limits);
		return queries.queue(filter, paging);
	}

	record CorrectionStateCount(TicketState state, int count, int underOneDay, int oneToThreeDays, int threeToSevenDays,
			int overSevenDays) {
	}

	record CorrectionQueueSummary(int total, List<CorrectionStateCount> byState) {
	}

	@QueryMapping
	Mono<CorrectionQueueSummary> correctionQueueSummary(@Argument CorrectionQueries.Filter filter) {
		return queries.summary(filter)
			.map(row -> new CorrectionStateCount(TicketState.valueOf((String) row.get("state")), number(row, "total"),
					number(row, "under_one_day"), number(row, "one_to_three_days"), number(row, "three_to_seven_days"),
					number(row, "over_seven_days")))
			.sort(java.util.Comparator.comparing(CorrectionStateCount::state))
			.collectList()
			.map(counts -> new CorrectionQueueSummary(counts.stream().mapToInt(CorrectionStateCount::count).sum(), counts));
	}

	@QueryMapping
	Flux<CorrectionQueries.Template> correctionRejectionTemplates() {
		return queries.templates();
	}

	@SchemaMapping(typeName = "CorrectionRejectionTemplate", field = "text")
	String templateText(CorrectionQueries.Template template, Locale locale) {
		return Language.pick(locale, template.textZh(), template.textEn());
	}

	@QueryMapping
	Mono<List<FieldRouting.Routing>> correctionFieldTiers() {
		return routing.routings();
	}

	@BatchMapping(typeName = "EnrolmentRecord", field = "correctionTickets")
	Mono<Map<EnrolmentRecord, List<CorrectionTicket>>> recordTickets(List<EnrolmentRecord> records) {
		return queries.ofRecords(records.stream().map(EnrolmentRecord::id).toList())
			.map(byRecord -> fill(records, EnrolmentRecord::id, byRecord));
	}

	@BatchMapping(typeName = "CorrectionTicket", field = "items")
	Mono<Map<CorrectionTicket, List<TicketItem>>> items(List<CorrectionTicket> tickets) {
		return queries.items(tickets.stream().map(CorrectionTicket::id).toList())
			.map(byTicket -> fill(tickets, CorrectionTicket::id, byTicket));
	}

	@BatchMapping(typeName = "CorrectionTicket", field = "record")
	Mono<Map<CorrectionTicket, EnrolmentRecord>> record(List<CorrectionTicket> tickets) {
		return queries.records(tickets.stream().map(CorrectionTicket::recordId).distinct().toList()).map(byId -> {
			Map<CorrectionTicket, EnrolmentRecord> result = new LinkedHashMap<>();
			tickets.forEach(ticket -> {
				EnrolmentRecord record = byId.get(ticket.recordId());
				if (record != null) {
					result.put(ticket, record);
				}
			});
			return result;
		});
	}

	/** The record's live value beside the filed one: one statement for all items of a page. */
	@BatchMapping(typeName = "TicketItem", field = "recordValue")
	Mono<Map<TicketItem, String>> recordValue(List<TicketItem> items) {
		return queries.liveRecords(items.stream().map(TicketItem::recordId).distinct().toList()).map(byId -> {
			Map<TicketItem, String> result = new LinkedHashMap<>();
			items.forEach(item -> {
				EnrolmentRecord record = byId.get(item.recordId());
				TicketField field = TicketField.of(item.field()).orElse(null);
				if (record != null && field != null) {
					result.put(item, field.currentValue(record));
				}
			});
			return result;
		});
	}

	@SchemaMapping(typeName = "CorrectionTicket", field = "events")
	Flux<CorrectionQueries.TicketEvent> events(CorrectionTicket ticket) {
		return queries.events(ticket.id());
	}

	@SchemaMapping(typeName = "TicketItem", field = "id")
	String itemId(TicketItem item) {
		return GlobalId.encode("TicketItem", item.id());
	}

	@SchemaMapping(typeName = "TicketEvidence", field = "id")
	String evidenceId(TicketItem.Evidence evidence) {
		return GlobalId.encode("Upload", evidence.id());
	}

	private static <P, C> Map<P, List<C>> fill(List<P> parents, java.util.function.Function<P, Long> id,
			Map<Long, Collection<C>> children) {
		Map<P, List<C>> result = new LinkedHashMap<>();
		parents.forEach(parent -> result.put(parent, List.copyOf(children.getOrDefault(id.apply(parent), List.of()))));
		return result;
	}

	private static int number(Map<String, Object> row, String column) {
		return ((Number) row.get(column)).intValue();
	}

	/** The union member for an outcome, in the request's language. */
	static Object payload(TicketOutcome outcome, Locale locale) {
		return switch (outcome) {
			case TicketOutcome.Saved saved -> new TicketSaved(saved.ticket());
			case TicketOutcome.Invalid invalid -> ValidationFailed.of(invalid.problems(), locale);
			case TicketOutcome.Refused refused -> new CorrectionRefused(refused.refusal().name(),
					Language.pick(locale, refused.refusal().zh(), refused.refusal().en()));
			case TicketOutcome.Stale stale -> VersionConflict.of(stale.currentVersion(), locale);
			case TicketOutcome.KeyReused ignored -> new IdempotencyKeyReused("IDEMPOTENCY_KEY_REUSED",
					Language.pick(locale, "该幂等键已用于另一个不同的请求。", "This idempotency key was used for a different request."));
		};
	}

	record TicketSaved(CorrectionTicket ticket) {
	}

	record CorrectionRefused(String code, String message) {
	}

	record IdempotencyKeyReused(String code, String message) {
	}

}
