package org.enrolcheck.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNameTests {

	@ParameterizedTest
	@ValueSource(strings = { "张三", "𠮷野家", "买买提·艾力", "欧阳娜娜", "王〇", "John·Smith", "阿依古丽·买买提·吐尔逊", "𪚥" })
	void acceptsHanCharactersLettersAndTheMiddleDot(String raw) {
		Checked<PersonName> checked = PersonName.parse(raw);

		assertThat(checked.toOptional()).contains(new PersonName(raw));
		assertThat(checked.codes()).isEmpty();
	}

	@Test
	void countsCodePointsNotChars() {
		String fiftyRareCharacters = "𠮷".repeat(50);

		assertThat(fiftyRareCharacters).hasSize(100);
		assertThat(PersonName.parse(fiftyRareCharacters).isValid()).isTrue();
		assertThat(PersonName.parse(fiftyRareCharacters + "𠮷").codes()).containsExactly(RuleCode.NAME_TOO_LONG);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "张 三|NAME_INNER_SPACE", "张\u3000三|NAME_INNER_SPACE", "张三1|NAME_DIGIT",
			"张三１|NAME_DIGIT", "张三!|NAME_SYMBOL", "张-三|NAME_SYMBOL", "张三😀|NAME_SYMBOL", "Ｊｏｈｎ|NAME_FULL_WIDTH",
			"⼈民|NAME_RADICAL", "张\uE000|NAME_PRIVATE_USE", "·艾力|NAME_DOT_POSITION", "艾力·|NAME_DOT_POSITION",
			"买买提··艾力|NAME_DOT_POSITION" })
	void rejectsWithAStableCode(String raw, RuleCode expected) {
		assertThat(PersonName.parse(raw).codes()).containsExactly(expected);
	}

	@Test
	void reportsEachKindOfFaultOnce() {
		assertThat(PersonName.parse("张 三 1 2!").codes()).containsExactly(RuleCode.NAME_INNER_SPACE,
				RuleCode.NAME_DIGIT, RuleCode.NAME_SYMBOL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "  ", "\u3000" })
	void rejectsAnEmptyName(String raw) {
		assertThat(PersonName.parse(raw).codes()).containsExactly(RuleCode.NAME_EMPTY);
		assertThat(PersonName.parse(null).codes()).containsExactly(RuleCode.NAME_EMPTY);
	}

	@Test
	void trimsAsciiFullWidthAndNonBreakingSpacesWithAWarning() {
		Checked<PersonName> checked = PersonName.parse(" 张三\u3000\u00A0");

		assertThat(checked.toOptional()).contains(new PersonName("张三"));
		assertThat(checked.codes()).containsExactly(RuleCode.NAME_TRIMMED);
	}

	@ParameterizedTest
	@ValueSource(strings = { "买买提.艾力", "买买提•艾力", "买买提・艾力", "买买提‧艾力", "买买提﹒艾力", "买买提．艾力", "买买提･艾力" })
	void replacesLookAlikeDotsWithTheMiddleDotAndWarns(String raw) {
		Checked<PersonName> checked = PersonName.parse(raw);

		assertThat(checked.toOptional()).contains(new PersonName("买买提·艾力"));
		assertThat(checked.codes()).containsExactly(RuleCode.NAME_DOT_NORMALISED);
	}

	@Test
	void normalisesToNfc() {
		// U+F9xx compatibility ideographs and decomposed accents become their canonical forms.
		assertThat(PersonName.parse("\uF900").toOptional()).contains(new PersonName("\u8C48"));
		assertThat(PersonName.parse("Rene\u0301").toOptional()).contains(new PersonName("René"));
	}

}
