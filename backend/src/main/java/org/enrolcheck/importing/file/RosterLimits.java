package org.enrolcheck.importing.file;

/**
 * Bounds on one upload. An XLSX is refused as a zip bomb when its entries expand to more than
 * {@code maxExpansion} times {@code maxBytes} in all, or when an entry larger than a mebibyte is
 * compressed more than {@code maxCompressionRatio} times: real workbooks stay far below both.
 */
public record RosterLimits(long maxBytes, int maxRows, int maxExpansion, int maxCompressionRatio) {

	public static final RosterLimits DEFAULTS = new RosterLimits(50L * 1024 * 1024, 200_000, 20, 100);

	public RosterLimits {
		if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
			throw new IllegalArgumentException("maxBytes must be between 1 byte and 2 GiB");
		}
		if (maxRows < 1 || maxExpansion < 1 || maxCompressionRatio < 1) {
			throw new IllegalArgumentException("limits must be positive");
		}
	}

	public RosterLimits withMaxBytes(long bytes) {
		return new RosterLimits(bytes, maxRows, maxExpansion, maxCompressionRatio);
	}

	public RosterLimits withMaxRows(int rows) {
		return new RosterLimits(maxBytes, rows, maxExpansion, maxCompressionRatio);
	}

	long maxUncompressedBytes() {
		return maxBytes * maxExpansion;
	}

	/** {@code 50 MB}, for the message of {@link RosterFileError#FILE_TOO_LARGE}. */
	String describeMaxBytes() {
		long mebibyte = 1024 * 1024;
		return maxBytes % mebibyte == 0 ? maxBytes / mebibyte + " MB"
				: maxBytes % 1024 == 0 ? maxBytes / 1024 + " KB" : maxBytes + " bytes";
	}

}
