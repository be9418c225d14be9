package org.enrolcheck.photo;

/**
 * How much a photo ZIP may unpack to before it counts as a ZIP bomb. Counted while inflating, never
 * taken from the headers, which a crafted archive can fill with anything.
 *
 * @param maxEntries entries of any kind, directories included
 * @param maxTotalBytes uncompressed bytes of all entries together
 * @param maxRatio uncompressed / compressed bytes of one entry
 * @param ratioGraceBytes entries smaller than this are not judged by their ratio: a few kilobytes of
 * text compress far better than 100:1 and harm nobody
 * @param maxPhotoBytes one photo file; larger ones are reported TOO_LARGE, not read into memory
 * @param maxPixels width × height of one photo, checked from its header before it is decoded
 */
record ArchiveLimits(int maxEntries, long maxTotalBytes, int maxRatio, long ratioGraceBytes, int maxPhotoBytes,
		long maxPixels) {

	private static final long TWO_GB = 2L * 1024 * 1024 * 1024;

	/** 200,000 entries; 20 × the upload limit but at most 2 GB; 100:1; 20 MB and 40 megapixels a photo. */
	static ArchiveLimits forUploadLimit(long uploadLimit) {
		return new ArchiveLimits(200_000, Math.min(TWO_GB, 20 * uploadLimit), 100, 100 * 1024, 20 * 1024 * 1024,
				40_000_000);
	}

}
