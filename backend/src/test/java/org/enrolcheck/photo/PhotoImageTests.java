package org.enrolcheck.photo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each photo is judged by its bytes and stored re-encoded, without the metadata it came with. */
class PhotoImageTests {

	private static final long MAX_PIXELS = 40_000_000;

	@BeforeAll
	static void noDisplay() {
		System.setProperty("java.awt.headless", "true");
	}

	@Test
	void aJpegLosesItsExifAndKeepsItsPixelSize() {
		byte[] camera = PhotoFiles.withExif(PhotoFiles.jpeg(240, 320, Color.BLUE));
		assertThat(PhotoFiles.jpegMarkers(camera)).contains(0xE1);

		StoredImage stored = accepted(camera);

		assertThat(stored.contentType()).isEqualTo("image/jpeg");
		assertThat(stored.width()).isEqualTo(240);
		assertThat(stored.height()).isEqualTo(320);
		assertThat(PhotoFiles.jpegMarkers(stored.bytes())).doesNotContain(0xE1).contains(0xE0);
		assertThat(new String(stored.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("GPS");
		assertThat(PhotoFiles.decode(stored.bytes()).getWidth()).isEqualTo(240);
	}

	@Test
	void aPngLosesItsTextChunksAndStaysAPng() {
		byte[] edited = PhotoFiles.withText(PhotoFiles.png(120, 160, Color.WHITE));
		assertThat(PhotoFiles.pngChunks(edited)).contains("tEXt");

		StoredImage stored = accepted(edited);

		assertThat(stored.contentType()).isEqualTo("image/png");
		assertThat(PhotoFiles.pngChunks(stored.bytes())).doesNotContain("tEXt", "iTXt", "zTXt", "eXIf");
		assertThat(new String(stored.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("GPS");
	}

	@Test
	void theSameFileAlwaysGivesTheSameStoredBytes() {
		byte[] camera = PhotoFiles.withExif(PhotoFiles.jpeg(60, 80, Color.RED));
		assertThat(accepted(camera).sha256Hex()).isEqualTo(accepted(camera.clone()).sha256Hex());
	}

	@Test
	void transparentAndGreyImagesAreStoredToo() {
		BufferedImage transparent = new BufferedImage(30, 40, BufferedImage.TYPE_INT_ARGB);
		assertThat(accepted(PhotoFiles.encode(transparent, "png")).contentType()).isEqualTo("image/png");
		BufferedImage grey = new BufferedImage(30, 40, BufferedImage.TYPE_BYTE_GRAY);
		assertThat(accepted(PhotoFiles.encode(grey, "jpeg")).contentType()).isEqualTo("image/jpeg");
	}

	@Test
	void textNamedLikeAPhotoIsNotAnImage() {
		assertThat(PhotoImage.of("这不是照片\n".getBytes(StandardCharsets.UTF_8), MAX_PIXELS))
			.isEqualTo(new PhotoImage.Refused(UnmatchedReason.NOT_AN_IMAGE));
		assertThat(PhotoImage.of(new byte[0], MAX_PIXELS)).isEqualTo(new PhotoImage.Refused(UnmatchedReason.NOT_AN_IMAGE));
	}

	@Test
	void aTruncatedOrGarbledImageIsUndecodable() {
		byte[] jpeg = PhotoFiles.jpeg(240, 320, Color.GREEN);
		assertThat(PhotoImage.of(Arrays.copyOf(jpeg, jpeg.length / 2), MAX_PIXELS))
			.isEqualTo(new PhotoImage.Refused(UnmatchedReason.UNDECODABLE));
		byte[] garbled = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4, 5, 6, 7 };
		assertThat(PhotoImage.of(garbled, MAX_PIXELS)).isEqualTo(new PhotoImage.Refused(UnmatchedReason.UNDECODABLE));
		byte[] png = PhotoFiles.png(40, 40, Color.GREEN);
		assertThat(PhotoImage.of(Arrays.copyOf(png, png.length - 30), MAX_PIXELS))
			.isEqualTo(new PhotoImage.Refused(UnmatchedReason.UNDECODABLE));
	}

	@Test
	void aHugeCanvasIsRefusedFromItsHeaderBeforeDecoding() {
		assertThat(PhotoImage.of(PhotoFiles.pngHeader(100_000, 100_000), MAX_PIXELS))
			.isEqualTo(new PhotoImage.Refused(UnmatchedReason.TOO_LARGE));
	}

	private static StoredImage accepted(byte[] bytes) {
		PhotoImage.Check check = PhotoImage.of(bytes, MAX_PIXELS);
		assertThat(check).isInstanceOf(PhotoImage.Accepted.class);
		return ((PhotoImage.Accepted) check).image();
	}

}
