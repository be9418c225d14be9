package org.enrolcheck.importing;

import java.lang.ref.SoftReference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.enrolcheck.importing.file.RosterParse;
import org.springframework.stereotype.Component;

/**
 * The dry run's parse of a batch's file, kept for its commit so that the commit neither reads the
 * upload back (25 MB for 100,000 rows) nor parses it again. An entry is found only by the batch id AND
 * the upload's SHA-256 and file name, so it can never stand for other bytes; the last few batches are
 * kept, softly (the GC may drop them), and a commit without an entry (another replica, a restart, an
 * evicted entry) reads and parses the upload as before. Parses are immutable, so sharing one is safe.
 */
@Component
class DryRunParses {

	private static final int MAX_BATCHES = 3;

	private record Key(long batchId, String sha256, String fileName) {
	}

	private final Map<Key, SoftReference<RosterParse.Parsed>> parses = new LinkedHashMap<>(8, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, SoftReference<RosterParse.Parsed>> eldest) {
			return size() > MAX_BATCHES;
		}
	};

	synchronized void keep(long batchId, String sha256, String fileName, RosterParse.Parsed parsed) {
		parses.put(new Key(batchId, sha256, fileName), new SoftReference<>(parsed));
	}

	/** The parse for this batch and file, removed: a batch is committed once. */
	synchronized Optional<RosterParse.Parsed> take(long batchId, String sha256, String fileName) {
		SoftReference<RosterParse.Parsed> kept = parses.remove(new Key(batchId, sha256, fileName));
		return Optional.ofNullable(kept == null ? null : kept.get());
	}

	synchronized void clear() {
		parses.clear();
	}

}
