package org.enrolcheck.photo;

import java.awt.Color;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading photo ZIPs defensively: bombs stop the read, unsafe and hidden names never reach a record. */
class PhotoArchiveTests {

	private static final ArchiveLimits LIMITS = ArchiveLimits.forUploadLimit(200L * 1024 * 1024);

	private static final byte[] PHOTO = PhotoFiles.jpeg(24, 32, Color.BLUE);

	@Test
	void theLimitsFollowTheUploadLimitButNeverExceedTwoGigabytes() {
		assertThat(LIMITS.maxTotalBytes()).isEqualTo(2L * 1024 * 1024 * 1024);
		assertThat(ArchiveLimits.forUploadLimit(10L * 1024 * 1024).maxTotalBytes()).isEqualTo(200L * 1024 * 1024);
		assertThat(LIMITS.maxEntries()).isEqualTo(200_000);
		assertThat(LIMITS.maxRatio()).isEqualTo(100);
	}

	@Test
	void moreEntriesThanAllowedIsABomb() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (int i = 0; i < 11; i++) {
			entries.put("dir" + i + "/", new byte[0]);
		}
		Read read = read(PhotoFiles.zip(entries), new ArchiveLimits(10, 1 << 30, 100, 1024, 1 << 20, 1 << 24));
		assertThat(read.rejection()).contains(ArchiveRejection.ZIP_BOMB);
	}

	@Test
	void moreUncompressedBytesThanAllowedIsABomb() {
		Random random = new Random(7);
		Map<String, byte[]> entries = new LinkedHashMap<>();
		for (int i = 0; i < 3; i++) {
			byte[] noise = new byte[400 * 1024];
			random.nextBytes(noise);
			entries.put("noise" + i + ".bin", noise);
		}
		ArchiveLimits oneMegabyte = new ArchiveLimits(100, 1024 * 1024, 100, 1024, 1 << 20, 1 << 24);
		assertThat(read(PhotoFiles.zip(entries), oneMegabyte).rejection()).contains(ArchiveRejection.ZIP_BOMB);
	}

	@Test
	void anEntryCompressedMoreThanAHundredToOneIsABombEvenUnderAnInnocentName() {
		byte[] zeros = new byte[20 * 1024 * 1024];
		Read read = read(PhotoFiles.zip(Map.of("readme.txt", zeros)), LIMITS);
		assertThat(read.rejection()).contains(ArchiveRejection.ZIP_BOMB);
		assertThat(read.entries()).isEmpty();
	}

	@Test
	void aSmallCompressibleFileIsNoBomb() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("说明.txt", " ".repeat(50_000).getBytes(StandardCharsets.UTF_8));
		entries.put("25500101000001.jpg", PHOTO);
		Read read = read(PhotoFiles.zip(entries), LIMITS);
		assertThat(read.rejection()).isEmpty();
		assertThat(read.names()).containsExactly("25500101000001.jpg");
	}

	@Test
	void climbingAbsoluteAndDriveLetterPathsAreReportedAndNeverRead() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("../25500101000001.jpg", PHOTO);
		entries.put("photos/../../25500101000002.jpg", PHOTO);
		entries.put("/etc/25500101000003.jpg", PHOTO);
		entries.put("C:\\Users\\25500101000004.jpg", PHOTO);
		entries.put("..\\..\\evil.sh", PHOTO);
		Read read = read(PhotoFiles.zip(entries), LIMITS);
		assertThat(read.rejection()).isEmpty();
		assertThat(read.entries()).allSatisfy(entry -> assertThat(entry).isInstanceOf(PhotoArchive.UnsafeName.class));
		assertThat(read.entries()).hasSize(5);
		assertThat(read.asked()).isEmpty();
	}

	@Test
	void foldersResourceForksHiddenAndOtherFilesAreSkippedAndSubFoldersAreRead() {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("计算机学院/", new byte[0]);
		entries.put("计算机学院/2025级/25500101000001.JPG", PHOTO);
		entries.put("__MACOSX/计算机学院/._25500101000001.JPG", PHOTO);
		entries.put("计算机学院/.DS_Store", new byte[] { 0, 0, 0, 1 });
		entries.put("计算机学院/._25500101000002.jpeg", PHOTO);
		entries.put("Thumbs.db", new byte[] { 1, 2, 3 });
		entries.put("名单.xlsx", new byte[] { 'P', 'K' });
		Read read = read(PhotoFiles.zip(entries), LIMITS);
		assertThat(read.names()).containsExactly("计算机学院/2025级/25500101000001.JPG");
	}

	@Test
	void gbkNamesFromChineseWindowsAreDecoded() {
		byte[] zip = PhotoFiles.zip(Map.of("计算机学院\\张三\\S2025001.png", PHOTO), Charset.forName("GBK"));
		Read read = read(zip, LIMITS);
		assertThat(read.names()).containsExactly("计算机学院\\张三\\S2025001.png");
		assertThat(new EntryName(read.names().get(0)).stem()).isEqualTo("S2025001");
	}

	@Test
	void aPhotoOverTheSizeLimitIsReportedWithoutBeingKept() {
		Random random = new Random(3);
		byte[] large = new byte[300 * 1024];
		random.nextBytes(large);
		Read read = read(PhotoFiles.zip(Map.of("25500101000001.png", large)),
				new ArchiveLimits(100, 1 << 30, 100, 1024, 100 * 1024, 1 << 24));
		assertThat(read.entries()).singleElement().isInstanceOf(PhotoArchive.Oversized.class);
	}

	@Test
	void somethingThatIsNoZipOrHoldsNoPhotoIsRefusedWhole() {
		byte[] broken = { 'P', 'K', 3, 4, 20, 0, 0, 0, 99, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19 };
		assertThat(read(broken, LIMITS).rejection()).contains(ArchiveRejection.NOT_A_ZIP);
		byte[] whole = PhotoFiles.zip(Map.of("25500101000001.png", PhotoFiles.png(300, 300, Color.ORANGE)));
		byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
		assertThat(read(cut, LIMITS).rejection()).contains(ArchiveRejection.NOT_A_ZIP);
		assertThat(read(PhotoFiles.zip(Map.of("说明.txt", new byte[] { 'a' }, "x/", new byte[0])), LIMITS).rejection())
			.contains(ArchiveRejection.ZIP_EMPTY);
	}

	private record Read(Optional<ArchiveRejection> rejection, List<PhotoArchive.Entry> entries, List<String> asked) {

		List<String> names() {
			return entries.stream().map(entry -> entry.name().path()).toList();
		}

	}

	private static Read read(byte[] zip, ArchiveLimits limits) {
		List<PhotoArchive.Entry> entries = new ArrayList<>();
		List<String> asked = new ArrayList<>();
		Optional<ArchiveRejection> rejection = PhotoArchive.read(zip, limits, new PhotoArchive.Visitor() {
			@Override
			public boolean wants(EntryName name) {
				asked.add(name.path());
				return true;
			}

			@Override
			public void accept(PhotoArchive.Entry entry) {
				entries.add(entry);
			}
		});
		return new Read(rejection, entries, asked);
	}

}
