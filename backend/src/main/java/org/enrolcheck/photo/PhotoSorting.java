package org.enrolcheck.photo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sorts the files of one archive into photos for records and files reported back with a reason.
 * Photos are decoded a handful at a time on all cores while the archive is still being read, so
 * memory holds the re-encoded photos and one batch of raw files, never the whole archive inflated.
 */
final class PhotoSorting implements PhotoArchive.Visitor {

	/** The archive's verdict: refused as a whole, or sorted file by file. */
	sealed interface Result {
	}

	record Rejected(ArchiveRejection rejection) implements Result {
	}

	record Sorted(List<MatchedPhoto> photos, List<UnmatchedPhoto> unmatched) implements Result {
	}

	private static final int BATCH_FILES = 64;

	private static final long BATCH_BYTES = 32L * 1024 * 1024;

	private final RecordNumbers numbers;

	private final ArchiveLimits limits;

	/** Every file naming a record, in archive order; more than one makes them all duplicates. */
	private final Map<Long, List<EntryName>> namesByRecord = new LinkedHashMap<>();

	private final Map<Long, MatchedPhoto> photos = new LinkedHashMap<>();

	private final Map<Long, UnmatchedPhoto> refused = new LinkedHashMap<>();

	private final List<UnmatchedPhoto> unmatched = new ArrayList<>();

	private final List<PhotoArchive.Content> pending = new ArrayList<>();

	private long pendingBytes;

	private PhotoSorting(RecordNumbers numbers, ArchiveLimits limits) {
		this.numbers = numbers;
		this.limits = limits;
	}

	static Result sort(byte[] zip, RecordNumbers numbers, ArchiveLimits limits) {
		PhotoSorting sorting = new PhotoSorting(numbers, limits);
		Optional<ArchiveRejection> rejection = PhotoArchive.read(zip, limits, sorting);
		return rejection.<Result>map(Rejected::new).orElseGet(sorting::result);
	}

	@Override
	public boolean wants(EntryName name) {
		Long record = numbers.recordOf(name.stem());
		if (record == null) {
			unmatched.add(new UnmatchedPhoto(name.shown(), UnmatchedReason.NO_SUCH_RECORD));
			return false;
		}
		List<EntryName> names = namesByRecord.computeIfAbsent(record, key -> new ArrayList<>());
		names.add(name);
		// a second file for the record makes both duplicates: no need to read it
		return names.size() == 1;
	}

	@Override
	public void accept(PhotoArchive.Entry entry) {
		switch (entry) {
			case PhotoArchive.UnsafeName unsafe -> unmatched.add(new UnmatchedPhoto(unsafe.name().shown(), UnmatchedReason.UNSAFE_NAME));
			case PhotoArchive.Oversized oversized -> refuse(oversized.name(), UnmatchedReason.TOO_LARGE);
			case PhotoArchive.Content content -> {
				pending.add(content);
				pendingBytes += content.bytes().length;
				if (pending.size() >= BATCH_FILES || pendingBytes >= BATCH_BYTES) {
					decodePending();
				}
			}
		}
	}

	private Sorted result() {
		decodePending();
		namesByRecord.forEach((record, names) -> {
			if (names.size() > 1) {
				photos.remove(record);
				refused.remove(record);
				names.forEach(name -> unmatched.add(new UnmatchedPhoto(name.shown(), UnmatchedReason.DUPLICATE_NAME)));
			}
		});
		unmatched.addAll(refused.values());
		unmatched.sort(Comparator.comparing(UnmatchedPhoto::fileName));
		return new Sorted(List.copyOf(photos.values()), List.copyOf(unmatched));
	}

	private void decodePending() {
		List<PhotoImage.Check> checks = pending.parallelStream()
			.map(content -> PhotoImage.of(content.bytes(), limits.maxPixels()))
			.toList();
		for (int i = 0; i < checks.size(); i++) {
			EntryName name = pending.get(i).name();
			switch (checks.get(i)) {
				case PhotoImage.Accepted accepted -> photos.put(record(name), new MatchedPhoto(record(name), name, accepted.image()));
				case PhotoImage.Refused refusal -> refuse(name, refusal.reason());
			}
		}
		pending.clear();
		pendingBytes = 0;
	}

	private void refuse(EntryName name, UnmatchedReason reason) {
		refused.put(record(name), new UnmatchedPhoto(name.shown(), reason));
	}

	private long record(EntryName name) {
		Long record = numbers.recordOf(name.stem());
		if (record == null) {
			throw new IllegalStateException("only files naming a record are read");
		}
		return record;
	}

}
