package org.enrolcheck.importing.file;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What an upload's first bytes say it is. Only a ZIP (an XLSX candidate) and plain text (a CSV
 * candidate) go on; everything else is named so that the refusal says what was uploaded.
 */
enum FileSignature {

	ZIP("ZIP"),
	TEXT("CSV"),
	UTF_16("UTF-16"),
	/* Also what a password-protected .xlsx is; the message covers both. */
	OLE2("Excel 97-2003 (.xls)"),
	PDF("PDF"),
	PNG("PNG"),
	JPEG("JPEG"),
	GIF("GIF"),
	GZIP("GZIP"),
	RAR("RAR"),
	SEVEN_ZIP("7z"),
	MARKUP("HTML/XML"),
	BINARY("binary");

	/* Sniffing looks at a prefix, as browsers do; a control byte later on just fails a field rule. */
	private static final int SNIFF_BYTES = 64 * 1024;

	private final String description;

	FileSignature(String description) {
		this.description = description;
	}

	String description() {
		return description;
	}

	static FileSignature of(byte[] bytes) {
		if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4B, 0x05, 0x06)) {
			return ZIP;
		}
		if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			return OLE2;
		}
		if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
			return UTF_16;
		}
		if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
			return PDF;
		}
		if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
			return PNG;
		}
		if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
			return JPEG;
		}
		if (startsWith(bytes, 'G', 'I', 'F', '8')) {
			return GIF;
		}
		if (startsWith(bytes, 0x1F, 0x8B)) {
			return GZIP;
		}
		if (startsWith(bytes, 'R', 'a', 'r', '!')) {
			return RAR;
		}
		if (startsWith(bytes, '7', 'z', 0xBC, 0xAF)) {
			return SEVEN_ZIP;
		}
		return hasControlBytes(bytes) ? BINARY : isMarkup(bytes) ? MARKUP : TEXT;
	}

	/*
	 * Bytes below 0x20 other than tab, LF and CR never occur in text, and never inside a multi-byte
	 * UTF-8 or GB18030 character either (their trailing bytes are 0x30 or above), so this holds for
	 * both encodings before either is decoded.
	 */
	private static boolean hasControlBytes(byte[] bytes) {
		int end = Math.min(bytes.length, SNIFF_BYTES);
		for (int i = 0; i < end; i++) {
			int b = bytes[i] & 0xFF;
			if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
				return true;
			}
		}
		return false;
	}

	/* Some systems export an HTML table or an XML Spreadsheet 2003 and name it .xls. */
	private static boolean isMarkup(byte[] bytes) {
		int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
		int length = Math.min(bytes.length - start, 64);
		String head = new String(bytes, start, length, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
		return head.startsWith("<?xml") || head.startsWith("<html") || head.startsWith("<!doctype")
				|| head.startsWith("<table");
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
