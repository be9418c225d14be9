package org.enrolcheck.photo;

import java.util.List;

/** What became of a photo import; the controller turns each into its payload type. */
sealed interface PhotoImportOutcome {

	/**
	 * @param matched files that named a record and held a usable image, {@code unchanged} included
	 * @param replaced records that had another admission photo before
	 * @param unchanged records whose photo was already exactly this one (nothing written for them)
	 */
	record Imported(int matched, int replaced, int unchanged, List<UnmatchedPhoto> unmatched) implements PhotoImportOutcome {
	}

	record Rejected(ArchiveRejection rejection) implements PhotoImportOutcome {
	}

}
