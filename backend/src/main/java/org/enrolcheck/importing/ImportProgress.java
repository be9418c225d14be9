package org.enrolcheck.importing;

import org.enrolcheck.graphql.GlobalId;

/** How far a batch has got; {@code finished} once nothing more will change without a new request. */
record ImportProgress(String batchId, ImportBatch.State state, int rowsDone, int rowsTotal, int percent) {

	static ImportProgress of(ImportBatch batch) {
		int total = batch.counts().total();
		int done = batch.state() == ImportBatch.State.COMMITTED ? total : batch.rowsDone();
		return new ImportProgress(GlobalId.encode("ImportBatch", batch.id()), batch.state(), done, total,
				total == 0 ? 100 : (int) (100L * done / total));
	}

	boolean finished() {
		return state != ImportBatch.State.COMMITTING && state != ImportBatch.State.ANALYSED;
	}

}
