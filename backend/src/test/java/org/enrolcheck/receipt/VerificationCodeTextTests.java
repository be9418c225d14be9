package org.enrolcheck.receipt;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Codes are long, random, readable aloud, and forgiving when typed. */
class VerificationCodeTextTests {

	@Test
	void everyCodeHasSixteenCharactersOfTheUnambiguousAlphabetAndNoneRepeats() {
		Set<String> codes = new HashSet<>();
		Set<Character> seen = new HashSet<>();
		for (int i = 0; i < 20_000; i++) {
			String code = VerificationCodeText.generate();
			assertThat(code).hasSize(16).matches("[2-9A-HJKMNP-Z]{16}").doesNotContain("0", "O", "1", "I", "L");
			code.chars().forEach(c -> seen.add((char) c));
			codes.add(code);
		}
		assertThat(codes).hasSize(20_000);
		// every character of the alphabet turns up, so no part of it is dead weight
		assertThat(seen).isEqualTo(VerificationCodeText.ALPHABET.chars().mapToObj(c -> (char) c).collect(Collectors.toSet()));
		assertThat(VerificationCodeText.ALPHABET).hasSize(31);
	}

	@Test
	void typedCodesIgnoreCaseSpacesAndDashesButNotLookAlikes() {
		assertThat(VerificationCodeText.normalise(" abcd-efgh jkmn-pqrs ")).contains("ABCDEFGHJKMNPQRS");
		assertThat(VerificationCodeText.grouped("ABCDEFGHJKMNPQRS")).isEqualTo("ABCD-EFGH-JKMN-PQRS");
		for (String bad : new String[] { "ABCD-EFGH-JKMN-PQR0", "ABCD-EFGH-JKMN-PQRO", "ABCD-EFGH-JKMN-PQR1",
				"ABCD-EFGH-JKMN-PQRI", "ABCD-EFGH-JKMN-PQRL", "ABCD-EFGH-JKMN-PQR", "ABCD-EFGH-JKMN-PQRST", "", "x" }) {
			assertThat(VerificationCodeText.normalise(bad)).as(bad).isEmpty();
		}
		assertThat(VerificationCodeText.normalise(null)).isEmpty();
	}

}
