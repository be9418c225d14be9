package org.enrolcheck.validation;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LinkDiagnosisTests {

	@Test
	void findsNothingInCleanInput() {
		LinkDiagnosis diagnosis = LinkDiagnosis.of("张三", "11010519491231002X");

		assertThat(diagnosis.hints()).isEmpty();
		assertThat(diagnosis.suggestedName()).isEqualTo("张三");
		assertThat(diagnosis.suggestedIdNumber()).isEqualTo("11010519491231002X");
	}

	@Test
	void spotsFullWidthDigitsAndX() {
		LinkDiagnosis diagnosis = LinkDiagnosis.of("张三", "１１０１０５１９４９１２３１００２Ｘ");

		assertThat(diagnosis.hints()).containsExactly(LinkHint.ID_FULL_WIDTH);
		assertThat(diagnosis.suggestedIdNumber()).isEqualTo("11010519491231002X");
	}

	@Test
	void spotsSpacesOfEveryKind() {
		LinkDiagnosis diagnosis = LinkDiagnosis.of(" 张\u3000三 ", "110105 19491231 002X\u00A0");

		assertThat(diagnosis.hints()).containsExactly(LinkHint.NAME_SPACES, LinkHint.ID_SPACES);
		assertThat(diagnosis.suggestedName()).isEqualTo("张三");
		assertThat(diagnosis.suggestedIdNumber()).isEqualTo("11010519491231002X");
	}

	@Test
	void spotsALowerCaseX() {
		LinkDiagnosis diagnosis = LinkDiagnosis.of("张三", "11010519491231002x");

		assertThat(diagnosis.hints()).containsExactly(LinkHint.ID_LOWER_CASE_X);
		assertThat(diagnosis.suggestedIdNumber()).isEqualTo("11010519491231002X");
	}

	@Test
	void convertsAFifteenDigitOldNumberWithCentury19AndACheckCharacter() {
		LinkDiagnosis diagnosis = LinkDiagnosis.of("张三", "110105491231002");

		assertThat(diagnosis.hints()).containsExactly(LinkHint.ID_LEGACY_FORM);
		assertThat(diagnosis.suggestedIdNumber()).isEqualTo("11010519491231002X");
	}

	@Test
	void spotsLettersTypedForZeroAndOne() {
		LinkDiagnosis diagnosis = LinkDiagnosis.of("张三", "I1O1O519491231OO2X");

		assertThat(diagnosis.hints()).containsExactly(LinkHint.ID_LETTER_FOR_DIGIT);
		assertThat(diagnosis.suggestedIdNumber()).isEqualTo("11010519491231002X");
	}

	@Test
	void combinesSeveralFixesInOrder() {
		LinkDiagnosis diagnosis = LinkDiagnosis.of("张三", " １１０１０５ ４９１２３１ ００２");

		assertThat(diagnosis.hints()).containsExactly(LinkHint.ID_FULL_WIDTH, LinkHint.ID_SPACES,
				LinkHint.ID_LEGACY_FORM);
		assertThat(diagnosis.suggestedIdNumber()).isEqualTo("11010519491231002X");
	}

	@Test
	void flagsAWrongCheckCharacterOrLengthWithoutInventingAFix() {
		assertThat(LinkDiagnosis.of("张三", "110105194912310021").hints()).containsExactly(LinkHint.ID_CHECKSUM);
		assertThat(LinkDiagnosis.of("张三", "1101051949123100").hints()).containsExactly(LinkHint.ID_LENGTH);
		assertThat(LinkDiagnosis.of("张三", "11010519491231002Y").hints()).containsExactly(LinkHint.ID_CHARACTERS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "买买提.艾力", "买买提•艾力", "买买提・艾力", "买买提‧艾力", "买买提﹒艾力" })
	void spotsMiddleDotVariants(String typedName) {
		LinkDiagnosis diagnosis = LinkDiagnosis.of(typedName, "11010519491231002X");

		assertThat(diagnosis.hints()).containsExactly(LinkHint.NAME_DOT_VARIANT);
		assertThat(diagnosis.suggestedName()).isEqualTo("买买提·艾力");
	}

	@Test
	void spotsFullWidthLettersRadicalsAndSelfMadeCharacters() {
		assertThat(LinkDiagnosis.of("Ｊｏｈｎ·Ｓｍｉｔｈ", "").suggestedName()).isEqualTo("John·Smith");
		assertThat(LinkDiagnosis.of("Ｊｏｈｎ", "").hints()).containsExactly(LinkHint.NAME_FULL_WIDTH);

		LinkDiagnosis radical = LinkDiagnosis.of("王⼤⼒", "");
		assertThat(radical.hints()).containsExactly(LinkHint.NAME_RADICAL);
		assertThat(radical.suggestedName()).isEqualTo("王大力");

		assertThat(LinkDiagnosis.of("王\uE8C1", "").hints()).containsExactly(LinkHint.NAME_PRIVATE_USE);
	}

	@Test
	void toleratesMissingInput() {
		LinkDiagnosis diagnosis = LinkDiagnosis.of(null, null);

		assertThat(diagnosis.hints()).isEmpty();
		assertThat(diagnosis.suggestedName()).isEmpty();
		assertThat(diagnosis.suggestedIdNumber()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(LinkHint.class)
	void everyHintSpeaksBothLanguages(LinkHint hint) {
		assertThat(hint.zh()).isNotBlank().containsPattern("\\p{IsHan}");
		assertThat(hint.en()).isNotBlank().matches("[A-Z].*\\.");
		assertThat(hint.message(Locale.ENGLISH)).isEqualTo(hint.en());
		assertThat(hint.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(hint.zh());
	}

}
