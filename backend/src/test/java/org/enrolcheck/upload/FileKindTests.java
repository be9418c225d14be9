package org.enrolcheck.upload;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A file's kind comes from its bytes; text rosters of any size and both encodings are text. */
class FileKindTests {

	@Test
	void aUtf8RosterIsTextWhereverItsSampleEnds() {
		// the header is 17 bytes; 3-byte characters then start at 65,500 + shift and run past the
		// 64 KiB sample, so in each phase one of them straddles the end of the sample
		for (int shift = 0; shift < 3; shift++) {
			String roster = "考生号,姓名\n" + "a".repeat(65_500 - 17 + shift) + "张三李四王五赵六".repeat(100) + "\n";
			assertThat(FileKind.of(roster.getBytes(StandardCharsets.UTF_8))).as("shift %d", shift).isEqualTo(FileKind.CSV);
		}
	}

	@Test
	void aGb18030RosterIsText() {
		byte[] roster = ("考生号,姓名\n" + "25500101000001,张三\n".repeat(5000)).getBytes(Charset.forName("GB18030"));
		assertThat(FileKind.of(roster)).isEqualTo(FileKind.CSV);
	}

	@Test
	void binaryAndBrokenTextAreNot() {
		assertThat(FileKind.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 })).isEqualTo(FileKind.JPEG);
		assertThat(FileKind.of("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEqualTo(FileKind.PDF);
		assertThat(FileKind.of(new byte[] { 0x00, 0x01, 0x02, 0x03 })).isEqualTo(FileKind.UNKNOWN);
		assertThat(FileKind.of(new byte[] { 'a', ',', (byte) 0xC3, 0x28, 'b', (byte) 0x80, (byte) 0x80 })).isEqualTo(FileKind.UNKNOWN);
	}

}
