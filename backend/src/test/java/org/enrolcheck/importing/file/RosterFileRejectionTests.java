package org.enrolcheck.importing.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrolcheck.importing.file.RosterFixtures.*;

class RosterFileRejectionTests {

	/** A real 1×1 PNG. */
	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	@Test
	void refusesAPictureRenamedToCsv() {
		assertThat(READER.read(PNG, "名单.csv"))
			.isEqualTo(new RosterParse.Rejected(RosterFileError.FILE_TYPE_UNSUPPORTED, "PNG"));
	}

	@Test
	void refusesAnOldBinaryXlsAndSaysSo() {
		byte[] ole = new byte[4096];
		byte[] header = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(header, 0, ole, 0, header.length);

		RosterParse parse = READER.read(ole, "名单.xlsx");

		assertThat(parse).isEqualTo(new RosterParse.Rejected(RosterFileError.FILE_TYPE_UNSUPPORTED, "Excel 97-2003 (.xls)"));
		assertThat(((RosterParse.Rejected) parse).message(Locale.CHINA)).contains("另存为", ".xlsx");
	}

	@Test
	void refusesPdfHtmlAndOtherBinaries() {
		assertThat(READER.read(bytes("%PDF-1.7\n1 0 obj", "US-ASCII"), "名单.csv"))
			.isEqualTo(new RosterParse.Rejected(RosterFileError.FILE_TYPE_UNSUPPORTED, "PDF"));
		assertThat(READER.read(bytes("<html><table><tr><td>考生号</td></tr></table></html>", "UTF-8"), "名单.xls"))
			.isEqualTo(new RosterParse.Rejected(RosterFileError.FILE_TYPE_UNSUPPORTED, "HTML/XML"));
		assertThat(READER.read(new byte[] { 'a', 0, 'b', 1 }, "名单.csv"))
			.isEqualTo(new RosterParse.Rejected(RosterFileError.FILE_TYPE_UNSUPPORTED, "binary"));
	}

	@Test
	void refusesAnOversizedUploadWithoutReadingItToTheEnd() throws IOException {
		RosterReader reader = new RosterReader(TODAY, RosterLimits.DEFAULTS.withMaxBytes(64 * 1024));
		EndlessCsv upload = new EndlessCsv();

		RosterParse parse = reader.read(upload, "名单.csv");

		assertThat(parse).isEqualTo(new RosterParse.Rejected(RosterFileError.FILE_TOO_LARGE, "64 KB"));
		assertThat(upload.served).isEqualTo(64 * 1024 + 1);
		assertThat(((RosterParse.Rejected) parse).en()).isEqualTo("The file is larger than the 64 KB limit.");
	}

	@Test
	void acceptsAnUploadExactlyAtTheLimit() throws IOException {
		byte[] roster = bytes(csv(wang()), "UTF-8");
		RosterReader reader = new RosterReader(TODAY, RosterLimits.DEFAULTS.withMaxBytes(roster.length));

		assertThat(reader.read(new ByteArrayInputStream(roster), "名单.csv")).isInstanceOf(RosterParse.Parsed.class);
	}

	@Test
	void refusesMoreRowsThanTheLimit() {
		RosterReader reader = new RosterReader(TODAY, RosterLimits.DEFAULTS.withMaxRows(2));

		assertThat(reader.read(bytes(csv(wang(), zhang()), "UTF-8"), "名单.csv")).isInstanceOf(RosterParse.Parsed.class);
		assertThat(reader.read(bytes(csv(wang(), zhang(), li()), "UTF-8"), "名单.csv"))
			.isEqualTo(new RosterParse.Rejected(RosterFileError.TOO_MANY_ROWS, "2"));
		assertThat(reader.read(xlsx(wang(), zhang(), li()), "名单.xlsx"))
			.isEqualTo(new RosterParse.Rejected(RosterFileError.TOO_MANY_ROWS, "2"));
	}

	@Test
	void stopsReadingAheadWhenItRefusesAFile() {
		RosterReader reader = new RosterReader(TODAY, RosterLimits.DEFAULTS.withMaxRows(10));
		StringBuilder text = new StringBuilder(csv(wang()));
		String line = text.substring(text.indexOf("\r\n") + 2);
		text.append(line.repeat(20_000));

		assertThat(reader.read(bytes(text.toString(), "UTF-8"), "名单.csv"))
			.isEqualTo(new RosterParse.Rejected(RosterFileError.TOO_MANY_ROWS, "10"));
		assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().equals("roster-read-ahead"));
	}

	/** An upload that never ends, counting what it served. */
	private static final class EndlessCsv extends InputStream {

		private long served;

		@Override
		public int read() {
			served++;
			return 'a';
		}

	}

}
