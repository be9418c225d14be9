package org.enrolcheck.importing;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.enrolcheck.audit.ActorNames;
import org.enrolcheck.graphql.Language;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Paging;
import org.enrolcheck.graphql.QueryLimitsProperties;
import org.enrolcheck.graphql.ValidationFailed;
import org.enrolcheck.graphql.VersionConflict;
import org.enrolcheck.security.Viewer;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Roster import over GraphQL; the rules are in {@link ImportService}. */
@Controller
class ImportController {

	private static final String TYPE = "ImportBatch";

	private final ImportService imports;

	private final ImportRepository repository;

	private final QueryLimitsProperties limits;

	private final ActorNames actors;

	ImportController(ImportService imports, ImportRepository repository, QueryLimitsProperties limits, ActorNames actors) {
		this.imports = imports;
		this.repository = repository;
		this.limits = limits;
		this.actors = actors;
	}

	/** The operator by name (staff username), not the raw token subject the batch stores. */
	@BatchMapping(typeName = TYPE, field = "createdBy")
	Mono<Map<ImportBatch, String>> createdBy(java.util.List<ImportBatch> batches) {
		return actors.of(batches.stream().map(ImportBatch::createdBy).distinct().toList())
			.map(names -> batches.stream().distinct().collect(java.util.stream.Collectors.toMap(
					java.util.function.Function.identity(), batch -> names.get(batch.createdBy()))));
	}

	@QueryMapping
	Mono<ImportBatch> importBatch(@Argument String id) {
		return imports.batch(GlobalId.decode(id, TYPE));
	}

	@QueryMapping
	Mono<Window<ImportBatch>> importBatches(ScrollSubrange subrange) {
		Paging paging = Paging.of(subrange, limits);
		return Viewer.registrar().flatMap(viewer -> repository.history(viewer.institutionId(), paging)
			.collectList().map(rows -> paging.window(rows, batch -> Map.of("id", batch.id()))));
	}

	/** {@code new} cannot name a Java record component; every other count maps by name. */
	@SchemaMapping(typeName = "ImportCounts", field = "new")
	int newRows(ImportBatch.Counts counts) {
		return counts.created();
	}

	@SchemaMapping(typeName = TYPE, field = "progress")
	ImportProgress progress(ImportBatch batch) {
		return ImportProgress.of(batch);
	}

	@SchemaMapping(typeName = TYPE, field = "invalidRows")
	Mono<Window<ImportRowError>> invalidRows(ImportBatch batch, ScrollSubrange subrange) {
		Paging paging = Paging.of(subrange, limits);
		return repository.errors(batch.id(), paging).collectList()
			.map(rows -> paging.window(rows, error -> Map.of("row", error.rowNumber(), "seq", error.seq())));
	}

	@SchemaMapping(typeName = "ImportRowError", field = "message")
	String errorMessage(ImportRowError error, Locale locale) {
		return Language.english(locale) ? error.en() : error.zh();
	}

	@SchemaMapping(typeName = TYPE, field = "changes")
	Mono<Window<ImportRowChange>> changes(ImportBatch batch, ScrollSubrange subrange) {
		Paging paging = Paging.of(subrange, limits);
		return repository.changes(batch.id(), paging).collectList()
			.map(rows -> paging.window(rows, change -> Map.of("row", change.rowNumber())));
	}

	record StartInput(String uploadId, Boolean createMissingReference) {
	}

	@MutationMapping
	Mono<Object> startRosterImport(@Argument StartInput input, Locale locale) {
		return imports.start(GlobalId.decode(input.uploadId(), "Upload"), Boolean.TRUE.equals(input.createMissingReference()))
			.map(outcome -> payload(outcome, locale));
	}

	record CommitInput(String batchId, int version) {
	}

	@MutationMapping
	Mono<Object> commitImportBatch(@Argument CommitInput input, Locale locale) {
		return imports.commit(GlobalId.decode(input.batchId(), TYPE), input.version()).map(outcome -> payload(outcome, locale));
	}

	record RollbackInput(String batchId, String reason) {
	}

	@MutationMapping
	Mono<Object> rollbackImportBatch(@Argument RollbackInput input, Locale locale) {
		return imports.rollback(GlobalId.decode(input.batchId(), TYPE), input.reason()).map(outcome -> payload(outcome, locale));
	}

	/** Polls the batch row: progress lives in PostgreSQL, so every replica reports the same. */
	@SubscriptionMapping
	Flux<ImportProgress> importProgress(@Argument String batchId) {
		long id = GlobalId.decode(batchId, TYPE);
		return Flux.interval(Duration.ZERO, Duration.ofMillis(300))
			.concatMap(tick -> imports.batch(id))
			.map(ImportProgress::of)
			.distinctUntilChanged()
			.takeUntil(ImportProgress::finished)
			.take(Duration.ofMinutes(30));
	}

	record RosterImportAnalysed(ImportBatch batch) {
	}

	record RosterFileRejected(String code, String message, String detail) {
	}

	record ImportCommitFinished(ImportBatch batch) {
	}

	record ImportRolledBack(ImportBatch batch) {
	}

	record ImportBatchStateConflict(String code, String message, ImportBatch.State state) {
	}

	private static Object payload(ImportOutcome outcome, Locale locale) {
		return switch (outcome) {
			case ImportOutcome.Analysed analysed -> new RosterImportAnalysed(analysed.batch());
			case ImportOutcome.FileRejected rejected -> new RosterFileRejected(rejected.code(),
					Language.english(locale) ? rejected.en() : rejected.zh(), rejected.detail());
			case ImportOutcome.Committed committed -> new ImportCommitFinished(committed.batch());
			case ImportOutcome.RolledBack rolledBack -> new ImportRolledBack(rolledBack.batch());
			case ImportOutcome.WrongState wrong -> new ImportBatchStateConflict(wrong.code(),
					Language.english(locale) ? wrong.en() : wrong.zh(), wrong.state());
			case ImportOutcome.StaleVersion stale -> VersionConflict.of(stale.currentVersion(), locale);
			case ImportOutcome.ReasonMissing ignored -> ValidationFailed.of(java.util.List.of(new ValidationFailed.FieldError(
					"reason", "REASON_REQUIRED", Language.english(locale) ? "Give a reason for the rollback." : "请填写回滚原因。")), locale);
		};
	}

}
