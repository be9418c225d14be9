package org.enrolcheck.photo;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The path of one ZIP entry and what it says about the entry. Only the last segment names the
 * student; folders are for the registrar's own order ({@code 计算机学院/2025级/25500101000001.jpg}).
 */
record EntryName(String path) {

	private static final Pattern PHOTO = Pattern.compile("(?i)\\.(jpe?g|png)$");

	private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:");

	private static final int SHOWN_LENGTH = 300;

	/**
	 * Names from a ZIP read as ISO-8859-1, which never fails, then decoded here: archives made on
	 * Chinese Windows carry GBK names without the UTF-8 flag, those from macOS and Linux UTF-8 ones,
	 * and a strict decoder in the ZIP reader would refuse the whole archive over one folder name.
	 * Names the reader already decoded as flagged UTF-8 hold characters above U+00FF and stay as
	 * they are.
	 */
	static EntryName decode(String asRead) {
		if (asRead.chars().anyMatch(c -> c > 0xFF)) {
			return new EntryName(asRead);
		}
		byte[] raw = asRead.getBytes(StandardCharsets.ISO_8859_1);
		String decoded = strict(raw, StandardCharsets.UTF_8);
		if (decoded == null) {
			decoded = strict(raw, Charset.forName("GB18030"));
		}
		return new EntryName(decoded != null ? decoded : asRead);
	}

	private static @Nullable String strict(byte[] raw, Charset charset) {
		try {
			return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/** Absolute, drive-letter or climbing ({@code ..}) paths: nothing legitimate needs them. */
	boolean unsafe() {
		String slashed = path.replace('\\', '/');
		if (slashed.startsWith("/") || DRIVE.matcher(slashed).find() || slashed.indexOf('\0') >= 0) {
			return true;
		}
		for (String segment : slashed.split("/")) {
			if ("..".equals(segment)) {
				return true;
			}
		}
		return false;
	}

	/** Folders, macOS resource forks ({@code __MACOSX/}, {@code ._x.jpg}) and hidden files such as {@code .DS_Store}. */
	boolean ignored() {
		String slashed = path.replace('\\', '/');
		if (slashed.endsWith("/")) {
			return true;
		}
		for (String segment : slashed.split("/")) {
			if ("__MACOSX".equals(segment) || segment.startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	/** A jpg, jpeg or png by its extension, in any case; its content is checked separately. */
	boolean photo() {
		return PHOTO.matcher(path).find();
	}

	/** The file name without folders and extension: the examinee or student number it should be. */
	String stem() {
		String slashed = path.replace('\\', '/');
		String file = slashed.substring(slashed.lastIndexOf('/') + 1);
		int dot = file.lastIndexOf('.');
		return (dot > 0 ? file.substring(0, dot) : file).strip();
	}

	/** The path as reported back, cut to a readable length. */
	String shown() {
		return path.length() <= SHOWN_LENGTH ? path : "…" + path.substring(path.length() - SHOWN_LENGTH);
	}

}
