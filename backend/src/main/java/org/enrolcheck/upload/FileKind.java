package org.enrolcheck.upload;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A file's kind as its bytes say, never as its name or the client's Content-Type say: a PNG renamed
 * roster.csv is still a PNG.
 */
public enum FileKind {

	JPEG("image/jpeg"), PNG("image/png"), PDF("application/pdf"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), ZIP("application/zip"),
	CSV("text/csv"), UNKNOWN("application/octet-stream");

	private final String contentType;

	FileKind(String contentType) {
		this.contentType = contentType;
	}

	public String contentType() {
		return contentType;
	}

	public static FileKind of(byte[] bytes) {
		if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
			return JPEG;
		}
		if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return PNG;
		}
		if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
			return PDF;
		}
		if (startsWith(bytes, 'P', 'K', 0x03, 0x04)) {
			return containsWorkbook(bytes) ? XLSX : ZIP;
		}
		return isText(bytes) ? CSV : UNKNOWN;
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

	/** An XLSX is a ZIP whose entries include the workbook part; only names are read, nothing is inflated. */
	private static boolean containsWorkbook(byte[] bytes) {
		try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if ("xl/workbook.xml".equals(entry.getName())) {
					return true;
				}
			}
		}
		catch (java.io.IOException | IllegalArgumentException ex) {
			return false;
		}
		return false;
	}

	/** Text in UTF-8 or GB18030 without control characters other than tab, CR and LF. */
	private static boolean isText(byte[] bytes) {
		int sample = Math.min(bytes.length, 64 * 1024);
		for (int i = 0; i < sample; i++) {
			int b = bytes[i] & 0xFF;
			if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
				return false;
			}
		}
		return decodes(bytes, sample, StandardCharsets.UTF_8) || decodes(bytes, sample, Charset.forName("GB18030"));
	}

	private static boolean decodes(byte[] bytes, int length, Charset charset) {
		// A sample may end inside a multi-byte character: decode it as input that has more to come,
		// so only a malformed sequence fails, never the cut at the sample's end.
		CharBuffer out = CharBuffer.allocate(length);
		CoderResult result = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes, 0, length), out, length == bytes.length);
		return !result.isError();
	}

}
