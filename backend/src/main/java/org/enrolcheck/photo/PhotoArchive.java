package org.enrolcheck.photo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jspecify.annotations.Nullable;

/**
 * Reads a photo ZIP one entry at a time, inflating every entry through its own loop so that sizes
 * are counted as they come out, not believed from headers: more entries, more bytes or a higher
 * ratio than {@link ArchiveLimits} allow stop the read at once. Only the entries the caller wants
 * are kept in memory, one at a time. Nothing is ever written to disk, so a climbing path cannot
 * escape anywhere; such names are still refused, because no legitimate archive has them.
 */
final class PhotoArchive {

	/** A file of the archive handed to the caller. */
	sealed interface Entry {

		EntryName name();

	}

	record Content(EntryName name, byte[] bytes) implements Entry {
	}

	record Oversized(EntryName name) implements Entry {
	}

	record UnsafeName(EntryName name) implements Entry {
	}

	/** The caller's side of a read. */
	interface Visitor {

		/** Whether the bytes of this safely named photo file are wanted; unwanted ones are only counted. */
		boolean wants(EntryName name);

		void accept(Entry entry);

	}

	private static final int CHUNK = 64 * 1024;

	private PhotoArchive() {
	}

	/** Hands the wanted photo files and every unsafe name to {@code visitor}; empty when the whole archive read. */
	static Optional<ArchiveRejection> read(byte[] zip, ArchiveLimits limits, Visitor visitor) {
		Counting counted = new Counting(new ByteArrayInputStream(zip));
		try (ZipInputStream in = new ZipInputStream(counted, StandardCharsets.ISO_8859_1)) {
			byte[] chunk = new byte[CHUNK];
			int entries = 0;
			long total = 0;
			boolean photos = false;
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (++entries > limits.maxEntries()) {
					return Optional.of(ArchiveRejection.ZIP_BOMB);
				}
				EntryName name = EntryName.decode(entry.getName());
				boolean unsafe = name.unsafe();
				boolean photo = !unsafe && !entry.isDirectory() && !name.ignored() && name.photo();
				photos |= unsafe || photo;
				@Nullable ByteArrayOutputStream kept = photo && visitor.wants(name) ? new ByteArrayOutputStream() : null;
				boolean oversized = false;
				long start = counted.count;
				long size = 0;
				for (int n = in.read(chunk); n != -1; n = in.read(chunk)) {
					size += n;
					total += n;
					long packed = Math.max(1, counted.count - start);
					if (total > limits.maxTotalBytes()
							|| (size > limits.ratioGraceBytes() && size > packed * limits.maxRatio())) {
						return Optional.of(ArchiveRejection.ZIP_BOMB);
					}
					if (kept != null && size > limits.maxPhotoBytes()) {
						kept = null;
						oversized = true;
					}
					if (kept != null) {
						kept.write(chunk, 0, n);
					}
				}
				if (unsafe) {
					visitor.accept(new UnsafeName(name));
				}
				else if (oversized) {
					visitor.accept(new Oversized(name));
				}
				else if (kept != null) {
					visitor.accept(new Content(name, kept.toByteArray()));
				}
			}
			if (entries == 0) {
				// the upload began like a ZIP, so a header too damaged to read ends the entries at once
				return Optional.of(ArchiveRejection.NOT_A_ZIP);
			}
			return photos ? Optional.empty() : Optional.of(ArchiveRejection.ZIP_EMPTY);
		}
		catch (IOException | IllegalArgumentException unreadable) {
			// corrupt, encrypted, an unsupported method (Deflate64, LZMA) or a bad CRC
			return Optional.of(ArchiveRejection.NOT_A_ZIP);
		}
	}

	/** Compressed bytes consumed so far (the ZIP reader reads ahead by at most 512 bytes). */
	private static final class Counting extends FilterInputStream {

		long count;

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b != -1) {
				count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			count += skipped;
			return skipped;
		}

	}

}
