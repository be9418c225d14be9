package org.enrolcheck.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Photos and photo ZIPs as registrars' tools make them, built in memory with the JDK only. */
final class PhotoFiles {

	static final String SECRET = "GPS 29.8206N 106.4236E Canon EOS serial 0042";

	private PhotoFiles() {
	}

	static BufferedImage picture(int width, int height, Color background) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(background);
		g.fillRect(0, 0, width, height);
		g.setColor(Color.DARK_GRAY);
		g.fillOval(width / 4, height / 5, width / 2, height / 2);
		g.dispose();
		return image;
	}

	static byte[] jpeg(int width, int height, Color background) {
		return encode(picture(width, height, background), "jpeg");
	}

	static byte[] png(int width, int height, Color background) {
		return encode(picture(width, height, background), "png");
	}

	static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The JPEG with an APP1 'Exif' segment after its JFIF header, as a phone camera writes one. */
	static byte[] withExif(byte[] jpeg) {
		byte[] tiff = ("MM\0*\0\0\0\u0008\0\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1);
		byte[] payload = ByteBuffer.allocate(6 + tiff.length).put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)).put(tiff).array();
		int app0End = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, app0End);
		out.write(0xFF);
		out.write(0xE1);
		out.write((payload.length + 2) >> 8);
		out.write((payload.length + 2) & 0xFF);
		out.writeBytes(payload);
		out.write(jpeg, app0End, jpeg.length - app0End);
		return out.toByteArray();
	}

	/** The PNG with a tEXt chunk after IHDR, as editors leave comments and GPS notes. */
	static byte[] withText(byte[] png) {
		int ihdrEnd = 8 + 4 + 4 + 13 + 4;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(png, 0, ihdrEnd);
		out.writeBytes(chunk("tEXt", ("Comment\0" + SECRET).getBytes(StandardCharsets.ISO_8859_1)));
		out.write(png, ihdrEnd, png.length - ihdrEnd);
		return out.toByteArray();
	}

	/** A PNG header claiming {@code width × height} pixels, with no pixel data behind it. */
	static byte[] pngHeader(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		out.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
			.put((byte) 0).put((byte) 0).put((byte) 0).array()));
		out.writeBytes(chunk("IEND", new byte[0]));
		return out.toByteArray();
	}

	static byte[] chunk(String type, byte[] data) {
		CRC32 crc = new CRC32();
		crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1))
			.put(data).putInt((int) crc.getValue()).array();
	}

	/** The markers of a JPEG up to its image data (SOS), e.g. 0xE0 for APP0, 0xE1 for APP1. */
	static List<Integer> jpegMarkers(byte[] jpeg) {
		List<Integer> markers = new ArrayList<>();
		int at = 2;
		while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
			int marker = jpeg[at + 1] & 0xFF;
			markers.add(marker);
			if (marker == 0xDA) {
				break;
			}
			at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
		}
		return markers;
	}

	/** The chunk types of a PNG, in order. */
	static List<String> pngChunks(byte[] png) {
		List<String> types = new ArrayList<>();
		ByteBuffer buffer = ByteBuffer.wrap(png, 8, png.length - 8);
		while (buffer.remaining() >= 12) {
			int length = buffer.getInt();
			byte[] type = new byte[4];
			buffer.get(type);
			types.add(new String(type, StandardCharsets.ISO_8859_1));
			buffer.position(buffer.position() + length + 4);
		}
		return types;
	}

	static BufferedImage decode(byte[] bytes) {
		try {
			return ImageIO.read(new ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A deflated ZIP of the entries in order; names without the UTF-8 flag when {@code names} is not UTF-8. */
	static byte[] zip(Map<String, byte[]> entries, Charset names) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out, names)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] zip(Map<String, byte[]> entries) {
		return zip(entries, StandardCharsets.UTF_8);
	}

	/** Uploads {@code zip} as a PHOTO_ZIP and returns the upload's global id. */
	static String upload(WebTestClient http, String bearer, byte[] zip) {
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		form.part("purpose", "PHOTO_ZIP");
		form.part("file", new ByteArrayResource(zip) {
			@Override
			public String getFilename() {
				return "录取照片.zip";
			}
		}).contentType(MediaType.APPLICATION_OCTET_STREAM);
		return http.post().uri("/api/uploads").header("Authorization", bearer)
			.body(BodyInserters.fromMultipartData(form.build()))
			.exchange().expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
	}

}
