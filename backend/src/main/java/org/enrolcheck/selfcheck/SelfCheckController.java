package org.enrolcheck.selfcheck;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.PropertyDataFetcher;
import org.enrolcheck.campaign.CampaignScope;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Language;
import org.enrolcheck.graphql.ValidationFailed;
import org.enrolcheck.graphql.VersionConflict;
import org.enrolcheck.record.EnrolmentRecord;
import org.enrolcheck.record.RecordService;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Self-check fields and confirmation mutations; rules live in the services. */
@Controller
class SelfCheckController {

	private final SelfChecks selfChecks;

	private final ConfirmationService confirmations;

	private final AssistedConfirmationService assisted;

	private final RecordService records;

	SelfCheckController(SelfChecks selfChecks, ConfirmationService confirmations, AssistedConfirmationService assisted,
			RecordService records) {
		this.selfChecks = selfChecks;
		this.confirmations = confirmations;
		this.assisted = assisted;
		this.records = records;
	}

	@BatchMapping(typeName = "EnrolmentRecord", field = "selfCheck")
	Mono<Map<EnrolmentRecord, RecordSelfCheck>> selfCheck(List<EnrolmentRecord> page) {
		return selfChecks.of(page);
	}

	@SchemaMapping(typeName = "RecordSelfCheck", field = "outOfScopeReason")
	@Nullable String outOfScopeReason(RecordSelfCheck selfCheck, Locale locale) {
		return selfCheck.state() == SelfCheckState.OUT_OF_SCOPE ? instructions(selfCheck.status(), locale) : null;
	}

	/**
	 * Account belongs to the accounts feature and is not public; its id is read the way graphql-java
	 * reads the account's other plain fields.
	 */
	@SchemaMapping(typeName = "Account", field = "pendingTasks")
	Mono<List<PendingTask>> pendingTasks(DataFetchingEnvironment environment) {
		Object id = PropertyDataFetcher.fetching("id").get(environment);
		return id instanceof Long account ? selfChecks.pendingTasks(account) : Mono.just(List.of());
	}

	record ConfirmInput(String recordId, int version, String idempotencyKey) {
	}

	@MutationMapping
	Mono<Object> confirmRecord(@Argument ConfirmInput input, GraphQLContext context, Locale locale) {
		return confirm(ConfirmationSubject.RECORD, input, context, locale);
	}

	@MutationMapping
	Mono<Object> confirmAdmissionPhoto(@Argument ConfirmInput input, GraphQLContext context, Locale locale) {
		return confirm(ConfirmationSubject.ADMISSION_PHOTO, input, context, locale);
	}

	record AssistedInput(String recordId, int version, @Nullable ConfirmationSubject subject, String reason,
			String idempotencyKey) {
	}

	@MutationMapping
	Mono<Object> recordAssistedConfirmation(@Argument AssistedInput input, GraphQLContext context, Locale locale) {
		return assisted.assist(GlobalId.decode(input.recordId(), "EnrolmentRecord"), input.version(), input.subject(),
				input.reason(), input.idempotencyKey(), ConfirmationClient.in(context), Language.english(locale))
			.flatMap(outcome -> payload(outcome, locale, confirmed -> new RecordAssistedConfirmationSuccess(
					confirmed.confirmations().stream().map(each -> each.view(true)).toList(), confirmed.record())));
	}

	private Mono<Object> confirm(ConfirmationSubject subject, ConfirmInput input, GraphQLContext context, Locale locale) {
		return confirmations.confirm(subject, GlobalId.decode(input.recordId(), "EnrolmentRecord"), input.version(),
				input.idempotencyKey(), ConfirmationClient.in(context), Language.english(locale))
			.flatMap(outcome -> payload(outcome, locale, confirmed -> {
				SelfCheckConfirmation confirmation = confirmed.confirmations().get(0).view(false);
				return subject == ConfirmationSubject.RECORD ? new ConfirmRecordSuccess(confirmation, confirmed.record())
						: new ConfirmAdmissionPhotoSuccess(confirmation, confirmed.record());
			}));
	}

	/** A confirmation with the record as the viewer now reads it (its selfCheck shows the new state). */
	record Done(List<StoredConfirmation> confirmations, EnrolmentRecord record) {
	}

	private Mono<Object> payload(ConfirmationOutcome outcome, Locale locale, java.util.function.Function<Done, Object> success) {
		boolean english = Language.english(locale);
		return switch (outcome) {
			case ConfirmationOutcome.Confirmed confirmed -> records.record(confirmed.recordId())
				.map(record -> success.apply(new Done(confirmed.confirmations(), record)));
			case ConfirmationOutcome.Unavailable unavailable -> Mono.just(new SelfCheckUnavailable(
					unavailable.refusal().name(), english ? unavailable.refusal().en : unavailable.refusal().zh,
					unavailable.refusal() == SelfCheckRefusal.OUT_OF_SCOPE ? instructions(unavailable.status(), locale) : null));
			case ConfirmationOutcome.Invalid invalid -> Mono.just(ValidationFailed.of(invalid.problems(), locale));
			case ConfirmationOutcome.Stale stale -> Mono.just(VersionConflict.of(stale.currentVersion(), locale));
			case ConfirmationOutcome.KeyReused ignored -> Mono.just(new IdempotencyKeyReused("IDEMPOTENCY_KEY_REUSED",
					english ? "This idempotency key was used for a different request." : "该幂等键已用于另一个不同的请求。"));
		};
	}

	private static @Nullable String instructions(org.enrolcheck.validation.RecordStatus status, Locale locale) {
		String[] reason = CampaignScope.OUT_OF_SCOPE.get(status);
		return reason == null ? null : reason[Language.english(locale) ? 1 : 0];
	}

	record ConfirmRecordSuccess(SelfCheckConfirmation confirmation, EnrolmentRecord record) {
	}

	record ConfirmAdmissionPhotoSuccess(SelfCheckConfirmation confirmation, EnrolmentRecord record) {
	}

	record RecordAssistedConfirmationSuccess(List<SelfCheckConfirmation> confirmations, EnrolmentRecord record) {
	}

	record SelfCheckUnavailable(String code, String message, @Nullable String instructions) {
	}

	record IdempotencyKeyReused(String code, String message) {
	}

}
