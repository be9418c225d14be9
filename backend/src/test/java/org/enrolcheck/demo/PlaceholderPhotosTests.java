package org.enrolcheck.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.enrolcheck.importing.RosterRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholderPhotosTests {

	@BeforeAll
	static void noDisplay() {
		// As on a server: photos must draw without a display.
		System.setProperty("java.awt.headless", "true");
	}

	@Test
	void aPhotoIsASmallJpegOfIdPhotoSize() throws IOException {
		PlaceholderPhotos photos = new PlaceholderPhotos(42);
		for (int index = 0; index < 50; index++) {
			byte[] jpeg = photos.photo(index);

			assertThat(jpeg.length).isLessThanOrEqualTo(30 * 1024);
			assertThat(jpeg).startsWith(0xFF, 0xD8);
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
			assertThat(image.getWidth()).isEqualTo(240);
			assertThat(image.getHeight()).isEqualTo(320);
		}
	}

	@Test
	void theSameStudentAlwaysGetsTheSameBytesAndOthersDifferentOnes() {
		assertThat(new PlaceholderPhotos(42).photo(7)).isEqualTo(new PlaceholderPhotos(42).photo(7));
		assertThat(new PlaceholderPhotos(42).photo(7)).isNotEqualTo(new PlaceholderPhotos(42).photo(8));
		assertThat(new PlaceholderPhotos(42).photo(7)).isNotEqualTo(new PlaceholderPhotos(43).photo(7));
	}

	@Test
	void theZipHoldsOneDecodablePhotoPerExamineeNumberAndIsReproducible() throws IOException {
		List<RosterRow> rows = DemoClock.students(42).rows(120).toList();
		PlaceholderPhotos photos = new PlaceholderPhotos(42);
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		photos.photoZip(rows.iterator(), zip);
		ByteArrayOutputStream again = new ByteArrayOutputStream();
		photos.photoZip(rows.iterator(), again);

		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
				byte[] jpeg = in.readAllBytes();
				assertThat(ImageIO.read(new ByteArrayInputStream(jpeg))).isNotNull();
				assertThat(jpeg).isEqualTo(photos.photo(names.size() - 1));
			}
		}
		assertThat(names).containsExactlyElementsOf(rows.stream().map(row -> row.examineeNumber() + ".jpg").toList());
		assertThat(zip.toByteArray()).isEqualTo(again.toByteArray());
	}

}
