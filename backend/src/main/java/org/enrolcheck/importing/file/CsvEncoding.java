package org.enrolcheck.importing.file;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text encodings a CSV roster arrives in: Excel's "CSV UTF-8" (with a BOM), UTF-8 from other
 * tools (without one), and GB18030, which Excel and WPS write for plain "CSV" on a Chinese Windows.
 */
public enum CsvEncoding {

	UTF_8_BOM(StandardCharsets.UTF_8, 3),
	UTF_8(StandardCharsets.UTF_8, 0),
	GB18030(Charset.forName("GB18030"), 0);

	private final Charset charset;

	private final int bomLength;

	CsvEncoding(Charset charset, int bomLength) {
		this.charset = charset;
		this.bomLength = bomLength;
	}

	public Charset charset() {
		return charset;
	}

	int bomLength() {
		return bomLength;
	}

	/*
	 * A BOM decides. Otherwise UTF-8 first: GB18030 text of any length is almost never valid UTF-8,
	 * while UTF-8 Chinese is rarely valid GB18030 only by accident and would decode to nonsense.
	 */
	static CsvEncoding detect(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
			if (!decodesCleanly(bytes, 3, StandardCharsets.UTF_8)) {
				throw new RosterFileException(RosterFileError.FILE_ENCODING_UNSUPPORTED);
			}
			return UTF_8_BOM;
		}
		if (decodesCleanly(bytes, 0, StandardCharsets.UTF_8)) {
			return UTF_8;
		}
		if (decodesCleanly(bytes, 0, GB18030.charset)) {
			return GB18030;
		}
		throw new RosterFileException(RosterFileError.FILE_ENCODING_UNSUPPORTED);
	}

	/** A strict decoder, so that a stray byte is refused rather than turned into U+FFFD. */
	CharsetDecoder decoder() {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	/** Decodes into a small reused buffer: validation needs no copy of the whole text. */
	private static boolean decodesCleanly(byte[] bytes, int offset, Charset charset) {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		CharBuffer out = CharBuffer.allocate(8192);
		while (true) {
			CoderResult result = decoder.decode(in, out, true);
			if (result.isError()) {
				return false;
			}
			out.clear();
			if (result.isUnderflow()) {
				break;
			}
		}
		while (true) {
			CoderResult result = decoder.flush(out);
			if (result.isError()) {
				return false;
			}
			out.clear();
			if (result.isUnderflow()) {
				return true;
			}
		}
	}

}
