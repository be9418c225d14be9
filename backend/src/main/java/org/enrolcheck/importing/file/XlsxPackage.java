package org.enrolcheck.importing.file;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Checks a ZIP upload before any XML parser sees it: that it is whole, that it is a workbook
 * ({@code xl/workbook.xml}), and that it is no zip bomb. Entries are read through the central
 * directory, the view fastexcel-reader parses afterwards; local headers are not trusted, since
 * streaming writers (fastexcel among them) leave their sizes out. Sizes are counted by inflating
 * every entry, because declared sizes can lie, and inflating stops as soon as a limit is crossed.
 */
final class XlsxPackage {

	private static final int MAX_ENTRIES = 10_000;

	/* Small parts (styles, empty sheets) compress extremely well and harmlessly. */
	private static final long RATIO_FLOOR_BYTES = 1024 * 1024;

	private XlsxPackage() {
	}

	static void inspect(byte[] bytes, RosterLimits limits) {
		boolean workbook = false;
		int entries = 0;
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				if (++entries > MAX_ENTRIES) {
					throw new RosterFileException(RosterFileError.ZIP_BOMB);
				}
				workbook |= entry.getName().toLowerCase(Locale.ROOT).equals("xl/workbook.xml");
				// The inflater cannot read past the declared compressed size, so the ratio holds.
				long compressed = Math.max(1, entry.getCompressedSize());
				long size = 0;
				try (InputStream content = zip.getInputStream(entry)) {
					for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
						size += read;
						total += read;
						boolean tooLarge = total > limits.maxUncompressedBytes();
						boolean tooCompressed = size > RATIO_FLOOR_BYTES
								&& size > (long) limits.maxCompressionRatio() * compressed;
						if (tooLarge || tooCompressed) {
							throw new RosterFileException(RosterFileError.ZIP_BOMB);
						}
					}
				}
			}
		}
		catch (IOException | RuntimeException broken) {
			if (broken instanceof RosterFileException refusal) {
				throw refusal;
			}
			// No central directory (a cut-off upload), a bad entry, an unsupported compression method.
			throw new RosterFileException(RosterFileError.XLSX_CORRUPT);
		}
		if (!workbook) {
			throw new RosterFileException(RosterFileError.FILE_TYPE_UNSUPPORTED, FileSignature.ZIP.description());
		}
	}

}
