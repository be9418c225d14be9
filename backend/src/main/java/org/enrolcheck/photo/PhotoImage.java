package org.enrolcheck.photo;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * Turns an uploaded file into the photo that is stored. The type is told by the first bytes, never
 * by the name; the pixel size is read from the header before decoding, so a small file cannot
 * claim a huge canvas; the pixels are then encoded afresh (JPEG stays JPEG at quality 0.9, PNG
 * stays PNG), so EXIF blocks with GPS positions, camera serials, comments and embedded thumbnails
 * never reach the database. The same input always gives the same bytes, which makes a re-import
 * recognisable by its SHA-256. Works headless: no display, no font.
 */
final class PhotoImage {

	/** What became of one file. */
	sealed interface Check {
	}

	record Accepted(StoredImage image) implements Check {
	}

	record Refused(UnmatchedReason reason) implements Check {
	}

	private static final float JPEG_QUALITY = 0.9f;

	private PhotoImage() {
	}

	static Check of(byte[] bytes, long maxPixels) {
		boolean jpeg = startsWith(bytes, 0xFF, 0xD8, 0xFF);
		if (!jpeg && !startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return new Refused(UnmatchedReason.NOT_AN_IMAGE);
		}
		ImageReader reader = ImageIO.getImageReadersByFormatName(jpeg ? "jpeg" : "png").next();
		// A truncated or damaged file decodes with a warning into grey or garbled pixels; refuse it.
		AtomicBoolean damaged = new AtomicBoolean();
		reader.addIIOReadWarningListener((source, warning) -> damaged.set(true));
		try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(in, true, true);
			if ((long) reader.getWidth(0) * reader.getHeight(0) > maxPixels) {
				return new Refused(UnmatchedReason.TOO_LARGE);
			}
			BufferedImage image = reader.read(0);
			if (damaged.get()) {
				return new Refused(UnmatchedReason.UNDECODABLE);
			}
			byte[] stored = jpeg ? jpeg(image) : png(image);
			return new Accepted(StoredImage.of(stored, jpeg ? "image/jpeg" : "image/png", image.getWidth(), image.getHeight()));
		}
		catch (IOException | RuntimeException undecodable) {
			// decoders throw unchecked exceptions on crafted input too; either way the file is unusable
			return new Refused(UnmatchedReason.UNDECODABLE);
		}
		finally {
			reader.dispose();
		}
	}

	private static byte[] jpeg(BufferedImage decoded) throws IOException {
		BufferedImage image = decoded.getType() == BufferedImage.TYPE_BYTE_GRAY ? decoded : rgb(decoded);
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(JPEG_QUALITY);
		return write(writer, image, param);
	}

	private static byte[] png(BufferedImage image) throws IOException {
		return write(ImageIO.getImageWritersByFormatName("png").next(), image, null);
	}

	/** No metadata is passed in, so the writer emits only what the format needs (JFIF APP0, IHDR). */
	private static byte[] write(ImageWriter writer, BufferedImage image, @Nullable ImageWriteParam param) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		// in memory: ImageIO's default stream caches through a temporary file
		try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	/** The JPEG writer takes no alpha and few custom layouts; plain RGB always works. */
	private static BufferedImage rgb(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		try {
			g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
		}
		finally {
			g.dispose();
		}
		return rgb;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
