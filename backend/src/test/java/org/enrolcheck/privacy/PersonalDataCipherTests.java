package org.enrolcheck.privacy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PersonalDataCipherTests {

	@TempDir
	Path dir;

	@Test
	void theKeyFileIsCreatedOnceReadableOnlyByItsOwnerAndReused() throws Exception {
		Path file = dir.resolve("keys/data.key");
		PersonalDataCipher first = new PersonalDataCipher(DataKeys.fromFile(file));
		assertThat(Files.getPosixFilePermissions(file))
			.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		byte[] sealed = first.encryptText("enrolment_record.id_number", "11010519491231002X");

		PersonalDataCipher again = new PersonalDataCipher(DataKeys.fromFile(file));
		assertThat(again.decryptText("enrolment_record.id_number", sealed)).isEqualTo("11010519491231002X");
	}

	@Test
	void aValueIsSealedToItsColumnAndAnyTamperingIsDetected() {
		PersonalDataCipher cipher = new PersonalDataCipher(DataKeys.fromFile(dir.resolve("k")));
		byte[] sealed = cipher.encryptText("enrolment_record.id_number", "11010519491231002X");
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("1949");
		assertThatIllegalStateException().isThrownBy(() -> cipher.decryptText("upload.bytes", sealed));
		sealed[sealed.length - 1] ^= 1;
		assertThatIllegalStateException().isThrownBy(() -> cipher.decryptText("enrolment_record.id_number", sealed));
	}

	@Test
	void equalValuesShareABlindIndexAndEncryptionsDiffer() {
		PersonalDataCipher cipher = new PersonalDataCipher(DataKeys.fromFile(dir.resolve("k")));
		assertThat(cipher.blindIndex("c", "110")).isEqualTo(cipher.blindIndex("c", "110"))
			.isNotEqualTo(cipher.blindIndex("c", "111")).isNotEqualTo(cipher.blindIndex("d", "110"));
		assertThat(cipher.encryptText("c", "110")).isNotEqualTo(cipher.encryptText("c", "110"));
	}

	@Test
	void aConfiguredKeyMustBeSixtyFourBytes() {
		assertThatIllegalArgumentException().isThrownBy(() -> DataKeys.fromBase64("c2hvcnQ="))
			.withMessageContaining("64 random bytes");
		assertThat(Set.of(DataKeys.fromBase64(org.enrolcheck.support.EnrolCheckTest.TEST_DATA_KEY).toString()))
			.containsExactly("DataKeys[hidden]");
	}

}
