package org.enrolcheck.importing;

import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Wrapped;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.enrolcheck.importing.file.RosterParse;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.security.Viewer;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Applies a batch in one transaction (NEW rows COPYed straight into their tables, CHANGED rows through a
 * staging table and set-based statements); {@link ImportRollback} undoes one. Progress is written outside
 * the transaction, so others see it while the commit runs; a failed commit leaves the records exactly as
 * they were.
 */
@Component
class ImportCommit {

	private static final Log log = LogFactory.getLog(ImportCommit.class);

	private final DatabaseClient db;

	private final ImportRepository repository;

	private final PersonalDataCipher cipher;

	private final TransactionalOperator transaction;

	ImportCommit(DatabaseClient db, ImportRepository repository, PersonalDataCipher cipher,
			TransactionalOperator transaction) {
		this.db = db;
		this.repository = repository;
		this.cipher = cipher;
		this.transaction = transaction;
	}

	Mono<ImportBatch> apply(Viewer viewer, ImportBatch batch, RosterParse parse) {
		if (!(parse instanceof RosterParse.Parsed parsed)) {
			return fail(batch, "the stored file no longer reads as a roster");
		}
		long institution = batch.institutionId();
		int total = parsed.dataRowCount();
		// ids for as many new records as the dry run counted, taken from the sequence on another connection
		// while this one locks, reads and diffs (a sequence ignores transactions anyway; unused ids are gaps)
		Mono<long[]> reserved = ids(batch.counts().created()).contextWrite(context -> Context.empty());
		Mono<ImportBatch> work = Mono.zip(lock(db, institution)
			.then(batch.createMissingReference() ? MissingReference.create(db, institution, parsed.rows()) : Mono.empty())
			.then(repository.stored(institution))
			.flatMap(stored -> ImportService.offLoop(() -> new RosterDiff(stored, batch.createMissingReference(),
					id -> cipher.blindIndex(ImportService.ID_NUMBER_COLUMN, id)).plan(parsed.rows()))), reserved)
			.flatMap(planned -> {
				List<RowPlan> plans = planned.getT1();
				List<RowPlan.New> fresh = plans.stream().filter(plan -> plan instanceof RowPlan.New)
					.map(plan -> (RowPlan.New) plan).toList();
				List<RowPlan> staged = plans.stream().filter(plan -> plan instanceof RowPlan.Changed).toList();
				long created = fresh.size();
				long changed = staged.size();
				long unchanged = plans.stream().filter(plan -> plan instanceof RowPlan.Unchanged).count();
				// a class still unknown after creating the missing reference data has no ids to insert
				long placed = fresh.stream().filter(plan -> plan.place().classId() != null).count();
				// CHANGED rows (usually few) go through the staging table: snapshot, then one UPDATE
				Mono<Void> update = changed == 0 ? Mono.empty()
						: db.sql(StagingCopy.CREATE).then()
							.then(db.inConnection(connection -> postgres(connection).copyIn(StagingCopy.COPY,
									new StagingCopy(cipher).csv(staged))))
							.then(statement(ImportMerge.SNAPSHOT, batch, null))
							.then(statement(ImportMerge.UPDATE, batch, null))
							.flatMap(updated -> expect("updated", updated, changed))
							.then(statement(ImportMerge.AUDIT, batch, viewer.subject()))
							.then();
				// NEW rows are COPYed straight into enrolment_record with ids taken from its sequence first, so
				// their audit events are formatted on other threads while PostgreSQL works through the records
				Mono<Void> insert = created == 0 ? Mono.empty()
						: expect("placed", placed, created)
							.then(planned.getT2().length >= created ? Mono.just(planned.getT2())
									: ids((int) created - planned.getT2().length)
										.map(more -> LongStream.concat(Arrays.stream(planned.getT2()), Arrays.stream(more)).toArray()))
							.map(ids -> new NewRecordCopy(cipher, institution, batch.id(), fresh,
									Arrays.copyOf(ids, (int) created)))
							.flatMap(copy -> {
								var audit = copy.audit(viewer.subject()).collectList().toFuture();
								return db.inConnection(connection -> postgres(connection).copyIn(NewRecordCopy.RECORDS,
										copy.records()))
									.flatMap(inserted -> expect("inserted", inserted, created))
									.then(progress(batch.id(), (int) ((long) total * 3 / 4)))
									.then(Mono.fromFuture(audit))
									.flatMap(chunks -> db.inConnection(connection -> postgres(connection)
										.copyIn(NewRecordCopy.AUDIT, Flux.fromIterable(chunks))))
									.flatMap(audited -> expect("audited", audited, created))
									.then(db.inConnection(connection -> postgres(connection).copyIn(NewRecordCopy.NEW_ROWS,
											Mono.fromCallable(copy::newRows))))
									.then();
							});
				return progress(batch.id(), total / 4)
					.then(db.sql("DELETE FROM import_row_change WHERE batch_id = :batch").bind("batch", batch.id()).then())
					.then(update)
					.then(progress(batch.id(), total / 2))
					.then(insert)
					.then(db.sql("""
							UPDATE import_batch SET state = 'COMMITTED', committed_at = now(), updated_at = now(),
							    rows_done = total_rows, new_rows = :new, changed_rows = :changed, unchanged_rows = :unchanged,
							    version = version + 1
							WHERE id = :id""")
						.bind("new", (int) created).bind("changed", (int) changed).bind("unchanged", (int) unchanged)
						.bind("id", batch.id()).then());
			})
			.then(repository.batch(batch.id(), institution))
			.as(transaction::transactional)
			.flatMap(done -> analyseIfLarge(done).thenReturn(done));
		return work.onErrorResume(ex -> {
			log.error("Import batch " + batch.id() + " failed; nothing was written", ex);
			return fail(batch, "the commit failed and changed nothing (" + ex.getClass().getSimpleName() + ")");
		});
	}

	/**
	 * Fresh statistics after a large batch: until autovacuum catches up, the planner sorts the whole
	 * remainder for a deep roster page (27 ms instead of 0.2 ms, measured by the records benchmark).
	 */
	private Mono<Void> analyseIfLarge(ImportBatch committed) {
		int written = committed.counts().created() + committed.counts().changed();
		return written < 1_000 ? Mono.empty()
				: db.sql("ANALYZE enrolment_record").then().contextWrite(context -> Context.empty());
	}

	private Mono<long[]> ids(int n) {
		return n == 0 ? Mono.just(new long[0])
				: db.sql(NewRecordCopy.IDS).bind("n", n)
					.map(row -> new long[] { row.get("first", Long.class), row.get("n", Long.class) }).all()
					.collectList().map(runs -> NewRecordCopy.ids(runs, n));
	}

	/** Serialises the imports (and rollbacks) of one institution until the transaction ends. */
	static Mono<Void> lock(DatabaseClient db, long institution) {
		return db.sql("SELECT pg_advisory_xact_lock(:key)").bind("key", institution).fetch().rowsUpdated().then();
	}

	private Mono<Long> statement(String sql, ImportBatch batch, String actor) {
		var spec = db.sql(sql).bind("batch", batch.id());
		if (sql.contains(":institution")) {
			spec = spec.bind("institution", batch.institutionId());
		}
		if (actor != null) {
			spec = spec.bind("actor", actor);
		}
		return spec.fetch().rowsUpdated();
	}

	private static Mono<Void> expect(String what, long actual, long expected) {
		return actual == expected ? Mono.empty()
				: Mono.error(new IllegalStateException(what + " " + actual + " rows, expected " + expected));
	}

	/** Written on its own connection: a watcher must see it while the commit's transaction is open. */
	private Mono<Void> progress(long batchId, int rowsDone) {
		return repository.progress(batchId, rowsDone).contextWrite(context -> Context.empty());
	}

	private Mono<ImportBatch> fail(ImportBatch batch, String failure) {
		return db.sql("UPDATE import_batch SET state = 'FAILED', failure = :failure, updated_at = now(), version = version + 1"
				+ " WHERE id = :id")
			.bind("failure", failure).bind("id", batch.id())
			.then()
			.then(repository.batch(batch.id(), batch.institutionId()))
			.contextWrite(context -> Context.empty());
	}

	private static PostgresqlConnection postgres(Connection connection) {
		Connection target = connection;
		while (!(target instanceof PostgresqlConnection) && target instanceof Wrapped<?> wrapped) {
			target = (Connection) wrapped.unwrap();
		}
		return (PostgresqlConnection) target;
	}

}
