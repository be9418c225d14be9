package org.enrolcheck.importing;

/** What became of an import request; the controller turns each into its payload type. */
sealed interface ImportOutcome {

	record Analysed(ImportBatch batch) implements ImportOutcome {
	}

	record FileRejected(String code, String zh, String en, String detail) implements ImportOutcome {
	}

	record Committed(ImportBatch batch) implements ImportOutcome {
	}

	record RolledBack(ImportBatch batch) implements ImportOutcome {
	}

	record WrongState(String code, String zh, String en, ImportBatch.State state) implements ImportOutcome {
	}

	record StaleVersion(int currentVersion) implements ImportOutcome {
	}

	record ReasonMissing() implements ImportOutcome {
	}

}
