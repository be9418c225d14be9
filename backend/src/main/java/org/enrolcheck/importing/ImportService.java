package org.enrolcheck.importing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.importing.file.RosterParse;
import org.enrolcheck.importing.file.RosterReader;
import org.enrolcheck.importing.file.RowError;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.enrolcheck.upload.UploadPurpose;
import org.enrolcheck.upload.UploadStore;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Roster imports for a REGISTRAR: a dry run that writes only the batch and its report, a commit that
 * applies the valid rows in one transaction, a rollback. Imports of one institution are serialised
 * by an advisory lock, so two commits never interleave.
 */
@Service
class ImportService {

	static final String ID_NUMBER_COLUMN = org.enrolcheck.privacy.CipherLabels.ID_NUMBER;

	private final UploadStore uploads;

	private final ImportRepository repository;

	private final ImportCommit commit;

	private final PersonalDataCipher cipher;

	private final TransactionalOperator transaction;

	private final DatabaseClient db;

	private final RosterReader reader;

	private final DryRunParses parses;

	private final ImportRollback rollbacks;

	ImportService(UploadStore uploads, ImportRepository repository, ImportCommit commit, PersonalDataCipher cipher,
			TransactionalOperator transaction, DatabaseClient db, Clock clock,
			org.enrolcheck.upload.UploadProperties limits, DryRunParses parses, ImportRollback rollbacks) {
		this.parses = parses;
		this.rollbacks = rollbacks;
		this.uploads = uploads;
		this.repository = repository;
		this.commit = commit;
		this.cipher = cipher;
		this.transaction = transaction;
		this.db = db;
		this.reader = new RosterReader(clock,
				org.enrolcheck.importing.file.RosterLimits.DEFAULTS.withMaxBytes(limits.maxRoster().toBytes()));
	}


	Mono<ImportOutcome> start(long uploadId, boolean createMissing) {
		return Viewer.registrar().flatMap(viewer -> uploads.open(uploadId, viewer.subject(), UploadPurpose.ROSTER)
			.flatMap(file -> read(file).flatMap(parse -> switch (parse) {
				case RosterParse.Rejected rejected -> Mono.just((ImportOutcome) new ImportOutcome.FileRejected(
						rejected.error().name(), rejected.zh(), rejected.en(), rejected.detail()));
				case RosterParse.Parsed parsed when parsed.hasDuplicateNumbers() -> Mono.just(duplicates(parsed));
				case RosterParse.Parsed parsed -> analyse(viewer, file, parsed, createMissing);
			})));
	}

	private Mono<ImportOutcome> analyse(Viewer viewer, UploadStore.StoredFile file, RosterParse.Parsed parsed,
			boolean createMissing) {
		long institution = viewer.institutionId();
		return repository.stored(institution)
			.flatMap(stored -> offLoop(() -> new RosterDiff(stored, createMissing, this::idIndex).plan(parsed.rows())))
			.flatMap(plans -> {
			List<RowError> errors = new ArrayList<>(parsed.invalid());
			List<RowPlan.Changed> changes = new ArrayList<>();
			int created = 0;
			int unchanged = 0;
			for (RowPlan plan : plans) {
				switch (plan) {
					case RowPlan.New ignored -> created++;
					case RowPlan.Unchanged ignored -> unchanged++;
					case RowPlan.Changed changed -> changes.add(changed);
					case RowPlan.Clash clash -> errors.add(new RowError(clash.rowNumber(), clash.column(), clash.code(),
							clash.zh(), clash.en()));
				}
			}
			int invalid = (int) errors.stream().mapToInt(RowError::rowNumber).distinct().count();
			ImportBatch.Counts counts = new ImportBatch.Counts(parsed.dataRowCount(), created, changes.size(), unchanged,
					invalid);
			return repository.insertBatch(institution, file.upload().id(), file.upload().fileName(),
					java.util.HexFormat.of().parseHex(file.upload().sha256()), parsed.format().name(), viewer.subject(),
					createMissing, counts)
				.flatMap(batchId -> repository.insertErrors(batchId, errors)
					.then(repository.insertChanges(batchId, changes))
					.then(repository.batch(batchId, institution)))
				.as(transaction::transactional)
				.doOnNext(batch -> parses.keep(batch.id(), file.upload().sha256(), file.upload().fileName(), parsed))
				.map(ImportOutcome.Analysed::new);
		});
	}

	Mono<ImportOutcome> commit(long batchId, int version) {
		return Viewer.registrar().flatMap(viewer -> repository.batch(batchId, viewer.institutionId())
			.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)))
			.flatMap(batch -> {
				if (batch.state() != ImportBatch.State.ANALYSED) {
					return Mono.just(new ImportOutcome.WrongState("BATCH_NOT_ANALYSED", "该批次不是待提交状态。",
							"This batch is not waiting to be committed.", batch.state()));
				}
				if (batch.version() != version) {
					return Mono.just(new ImportOutcome.StaleVersion(batch.version()));
				}
				// the upload is checked before the claim: an expired one leaves the batch ANALYSED, not COMMITTING
				return uploads.describe(batch.uploadId(), batch.createdBy(), UploadPurpose.ROSTER)
					.flatMap(upload -> claim(batch).flatMap(claimed -> claimed
						? parse(batch, upload).flatMap(parse -> commit.apply(viewer, batch, parse))
							.map(ImportOutcome.Committed::new)
						: repository.batch(batchId, batch.institutionId()).map(now -> new ImportOutcome.WrongState(
								"BATCH_NOT_ANALYSED", "该批次正在被他人提交。", "Someone else is committing this batch.", now.state()))));
			}));
	}

	/** Moves ANALYSED → COMMITTING atomically; of two registrars clicking at once, one wins. */
	private Mono<Boolean> claim(ImportBatch batch) {
		return db.sql("UPDATE import_batch SET state = 'COMMITTING', version = version + 1, updated_at = now()"
				+ " WHERE id = :id AND state = 'ANALYSED' AND version = :version")
			.bind("id", batch.id()).bind("version", batch.version())
			.fetch().rowsUpdated().map(rows -> rows == 1);
	}

	Mono<ImportOutcome> rollback(long batchId, String reason) {
		return Viewer.registrar().flatMap(viewer -> reason == null || reason.strip().length() < 2
				? Mono.just(new ImportOutcome.ReasonMissing()) : repository.batch(batchId, viewer.institutionId())
			.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)))
			.flatMap(batch -> batch.state() != ImportBatch.State.COMMITTED
					? Mono.just(new ImportOutcome.WrongState("BATCH_NOT_COMMITTED", "只有已提交的批次可以回滚。",
							"Only a committed batch can be rolled back.", batch.state()))
					: rollbacks.rollback(viewer, batch, reason.strip())));
	}

	Mono<ImportBatch> batch(long id) {
		return Viewer.registrar().flatMap(viewer -> repository.batch(id, viewer.institutionId()));
	}

	/**
	 * The file of a batch being committed, as its dry run parsed it when this instance still holds that
	 * parse (same batch, same bytes), else read and parsed again.
	 */
	private Mono<RosterParse> parse(ImportBatch batch, org.enrolcheck.upload.Upload upload) {
		return parses.take(batch.id(), upload.sha256(), upload.fileName())
			.map(parsed -> Mono.<RosterParse>just(parsed))
			.orElseGet(() -> uploads.open(batch.uploadId(), batch.createdBy(), UploadPurpose.ROSTER).flatMap(this::read));
	}

	/** Reading a roster is blocking, CPU-heavy work: never on an event loop. */
	private Mono<RosterParse> read(UploadStore.StoredFile file) {
		return offLoop(() -> reader.read(file.bytes(), file.upload().fileName()));
	}

	static <T> Mono<T> offLoop(java.util.concurrent.Callable<T> work) {
		return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
	}

	private byte[] idIndex(String idNumber) {
		return cipher.blindIndex(ID_NUMBER_COLUMN, idNumber);
	}

	private static ImportOutcome duplicates(RosterParse.Parsed parsed) {
		String rows = parsed.invalid().stream()
			.filter(error -> error.code().startsWith("DUPLICATE_"))
			.map(error -> String.valueOf(error.rowNumber()))
			.distinct().limit(20).reduce((a, b) -> a + ", " + b).orElse("");
		return new ImportOutcome.FileRejected("DUPLICATE_EXAMINEE_NUMBER",
				"文件中有重复的考生号或学号（第 " + rows + " 行），请去重后重新上传；未导入任何数据。",
				"The file repeats examinee or student numbers (rows " + rows + "); remove the duplicates and upload again."
						+ " Nothing was imported.",
				rows);
	}

}
