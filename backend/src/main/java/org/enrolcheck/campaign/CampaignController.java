package org.enrolcheck.campaign;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.enrolcheck.graphql.Language;
import org.enrolcheck.campaign.CampaignRepository.Extension;
import org.enrolcheck.campaign.CampaignRepository.StatusCount;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Paging;
import org.enrolcheck.graphql.QueryLimitsProperties;
import org.enrolcheck.graphql.ValidationFailed;
import org.enrolcheck.graphql.VersionConflict;
import org.enrolcheck.record.EnrolmentRecord;
import org.enrolcheck.record.RecordService;
import org.enrolcheck.validation.Level;
import org.enrolcheck.validation.RecordStatus;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Campaign queries and mutations; rules live in {@link CampaignService}. */
@Controller
class CampaignController {

	private final CampaignService campaigns;

	private final RecordService records;

	private final QueryLimitsProperties limits;

	private final Clock clock;

	CampaignController(CampaignService campaigns, RecordService records, QueryLimitsProperties limits, Clock clock) {
		this.campaigns = campaigns;
		this.records = records;
		this.limits = limits;
		this.clock = clock;
	}

	@QueryMapping
	Mono<Campaign> campaign(@Argument String id) {
		return campaigns.campaign(GlobalId.decode(id, "Campaign"));
	}

	@QueryMapping(name = "campaigns")
	Mono<Window<Campaign>> campaignPage(ScrollSubrange subrange) {
		Paging paging = Paging.of(subrange, limits);
		return campaigns.page(paging).map(rows -> paging.window(rows, CampaignRepository::cursorKeys));
	}

	/** What anyone may read of a campaign: no counts, no extensions, nothing about a student. */
	record PublicCampaign(String name, int admissionYear, List<Level> levels, OffsetDateTime opensAt,
			OffsetDateTime closesAt, Campaign.State state, String notice) {
	}

	@QueryMapping
	Flux<PublicCampaign> openCampaigns(@Argument String institutionCode) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return campaigns.publicCampaigns(institutionCode, now).map(campaign -> new PublicCampaign(campaign.name(),
				campaign.admissionYear(), campaign.levels(), campaign.opensAt(), campaign.closesAt(),
				campaign.stateAt(now.toInstant()), campaign.notice()));
	}

	@SchemaMapping(typeName = "Campaign", field = "state")
	Campaign.State state(Campaign campaign) {
		return campaign.stateAt(clock.instant());
	}

	@BatchMapping(typeName = "Campaign", field = "inScope")
	Mono<Map<Campaign, Integer>> inScope(List<Campaign> page) {
		return counts(page).map(byCampaign -> {
			Map<Campaign, Integer> result = new LinkedHashMap<>();
			page.forEach(campaign -> result.put(campaign, byCampaign.getOrDefault(campaign.id(), List.of()).stream()
				.filter(count -> CampaignScope.inScope(count.status())).mapToInt(StatusCount::count).sum()));
			return result;
		});
	}

	record OutOfScopeCount(RecordStatus status, int count) {
	}

	@SchemaMapping(typeName = "OutOfScopeCount", field = "reason")
	String outOfScopeReason(OutOfScopeCount count, Locale locale) {
		return CampaignScope.OUT_OF_SCOPE.get(count.status())[Language.english(locale) ? 1 : 0];
	}

	@BatchMapping(typeName = "Campaign", field = "outOfScope")
	Mono<Map<Campaign, List<OutOfScopeCount>>> outOfScope(List<Campaign> page) {
		return counts(page).map(byCampaign -> {
			Map<Campaign, List<OutOfScopeCount>> result = new LinkedHashMap<>();
			page.forEach(campaign -> result.put(campaign, byCampaign.getOrDefault(campaign.id(), List.of()).stream()
				.filter(count -> !CampaignScope.inScope(count.status()))
				.map(count -> new OutOfScopeCount(count.status(), count.count()))
				.toList()));
			return result;
		});
	}

	@BatchMapping(typeName = "Campaign", field = "extensions")
	Mono<Map<Campaign, List<Extension>>> extensions(List<Campaign> page) {
		return campaigns.extensions(page.stream().map(Campaign::id).toList()).collectMultimap(Extension::campaignId)
			.map(byCampaign -> {
				Map<Campaign, List<Extension>> result = new LinkedHashMap<>();
				page.forEach(campaign -> result.put(campaign, new ArrayList<>(byCampaign.getOrDefault(campaign.id(), List.of()))));
				return result;
			});
	}

	@BatchMapping(typeName = "CampaignExtension", field = "record")
	Mono<Map<Extension, EnrolmentRecord>> extensionRecord(List<Extension> extensions) {
		return records.recordsByIds(extensions.stream().map(Extension::recordId).distinct().toList()).map(byId -> {
			Map<Extension, EnrolmentRecord> result = new LinkedHashMap<>();
			extensions.forEach(extension -> {
				EnrolmentRecord record = byId.get(extension.recordId());
				if (record != null) {
					result.put(extension, record);
				}
			});
			return result;
		});
	}

	record CreateInput(String idempotencyKey, String name, int admissionYear, List<Level> levels, OffsetDateTime opensAt,
			OffsetDateTime closesAt, List<String> fieldsToCheck, String notice, List<Integer> reminderDays) {
	}

	@MutationMapping
	Mono<Object> createCampaign(@Argument CreateInput input, Locale locale) {
		CampaignDraft draft = new CampaignDraft(input.name() == null ? null : input.name().strip(), input.admissionYear(),
				input.levels() == null ? List.of() : input.levels(), input.opensAt(), input.closesAt(),
				input.fieldsToCheck() == null ? CampaignScope.DEFAULT_FIELDS : input.fieldsToCheck(),
				input.notice() == null ? "" : input.notice(),
				input.reminderDays() == null ? List.of(7, 3, 1) : input.reminderDays());
		return campaigns.create(input.idempotencyKey(), draft, Language.english(locale)).map(outcome -> payload(outcome, locale));
	}

	record UpdateInput(String id, int version, String name, OffsetDateTime opensAt, OffsetDateTime closesAt,
			List<String> fieldsToCheck, String notice, List<Integer> reminderDays) {
	}

	@MutationMapping
	Mono<Object> updateCampaign(@Argument UpdateInput input, Locale locale) {
		return campaigns.update(GlobalId.decode(input.id(), "Campaign"), input.version(), draft -> new CampaignDraft(
				input.name() != null ? input.name().strip() : draft.name(), draft.admissionYear(), draft.levels(),
				input.opensAt() != null ? input.opensAt() : draft.opensAt(),
				input.closesAt() != null ? input.closesAt() : draft.closesAt(),
				input.fieldsToCheck() != null ? input.fieldsToCheck() : draft.fieldsToCheck(),
				input.notice() != null ? input.notice() : draft.notice(),
				input.reminderDays() != null ? input.reminderDays() : draft.reminderDays()), Language.english(locale))
			.map(outcome -> payload(outcome, locale));
	}

	record ExtendInput(String campaignId, String recordId, OffsetDateTime closesAt, String reason) {
	}

	@MutationMapping
	Mono<Object> extendCampaignForStudent(@Argument ExtendInput input, Locale locale) {
		return campaigns.extend(GlobalId.decode(input.campaignId(), "Campaign"),
				GlobalId.decode(input.recordId(), "EnrolmentRecord"), input.closesAt(), input.reason(), Language.english(locale))
			.map(outcome -> payload(outcome, locale));
	}

	record CampaignSaved(Campaign campaign) {
	}

	record IdempotencyKeyReused(String code, String message) {
	}

	private Mono<Map<Long, List<StatusCount>>> counts(List<Campaign> page) {
		return campaigns.cohortCounts(page.stream().map(Campaign::id).toList()).collectMultimap(StatusCount::campaignId)
			.map(byCampaign -> {
				Map<Long, List<StatusCount>> result = new LinkedHashMap<>();
				byCampaign.forEach((id, counts) -> result.put(id, List.copyOf(counts)));
				return result;
			});
	}

	private static Object payload(CampaignOutcome outcome, Locale locale) {
		return switch (outcome) {
			case CampaignOutcome.Saved saved -> new CampaignSaved(saved.campaign());
			case CampaignOutcome.Invalid invalid -> ValidationFailed.of(invalid.problems(), locale);
			case CampaignOutcome.Stale stale -> VersionConflict.of(stale.currentVersion(), locale);
			case CampaignOutcome.KeyReused ignored -> new IdempotencyKeyReused("IDEMPOTENCY_KEY_REUSED",
					Language.english(locale) ? "This idempotency key was used for a different request." : "该幂等键已用于另一个不同的请求。");
		};
	}

}
