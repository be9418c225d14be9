package org.enrolcheck.validation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Vectors were checked independently (weighted sum and the iterative ISO 7064 MOD 11-2 form). */
class ResidentIdNumberTests {

	static final Clock TODAY_2025_10_22 = Clock.fixed(Instant.parse("2025-10-22T04:00:00Z"),
			ZoneId.of("Asia/Shanghai"));

	@ParameterizedTest
	@CsvSource({ "11010519491231002X, FEMALE, 1949-12-31, BEIJING", "11010119900307803X, MALE, 1990-03-07, BEIJING",
			"310104200001011239, MALE, 2000-01-01, SHANGHAI", "110101200002291248, FEMALE, 2000-02-29, BEIJING",
			"510105198001010029, FEMALE, 1980-01-01, SICHUAN", "440305199511300066, FEMALE, 1995-11-30, GUANGDONG",
			"530102198707060014, MALE, 1987-07-06, YUNNAN", "650101201010101010, MALE, 2010-10-10, XINJIANG",
			"110105190012310026, FEMALE, 1900-12-31, BEIJING", "110105202510220029, FEMALE, 2025-10-22, BEIJING" })
	void acceptsRealNumbersAndReadsThem(String raw, Gender gender, LocalDate birthDate, Province province) {
		Checked<ResidentIdNumber> checked = ResidentIdNumber.parse(raw, TODAY_2025_10_22);

		assertThat(checked).isInstanceOf(Checked.Valid.class);
		assertThat(checked.codes()).isEmpty();
		ResidentIdNumber number = checked.toOptional().orElseThrow();
		assertThat(number.value()).isEqualTo(raw);
		assertThat(number.gender()).isEqualTo(gender);
		assertThat(number.birthDate()).isEqualTo(birthDate);
		assertThat(number.province()).isEqualTo(province);
	}

	@ParameterizedTest
	@CsvSource({ "110105194912310021, ID_NUMBER_CHECKSUM", "990105194912310023, ID_NUMBER_REGION",
			"110105194902300020, ID_NUMBER_DATE", "110105189912310023, ID_NUMBER_DATE",
			"440524188001010014, ID_NUMBER_DATE", "110105202510230024, ID_NUMBER_FUTURE_DATE",
			"110105300001010022, ID_NUMBER_FUTURE_DATE", "11010519491231002, ID_NUMBER_LENGTH",
			"11010519491231002X1, ID_NUMBER_LENGTH", "11010519491231002Y, ID_NUMBER_CHARACTERS",
			"1101051949123100AX, ID_NUMBER_CHARACTERS", "110105491231002, ID_NUMBER_LEGACY_FORM",
			"１１０１０５１９４９１２３１００２Ｘ, ID_NUMBER_FULL_WIDTH", "11010519491231002Ｘ, ID_NUMBER_FULL_WIDTH",
			"1.10105E+17, EXCEL_SCIENTIFIC_NOTATION", "'   ', ID_NUMBER_EMPTY" })
	void rejectsWithOneStableCode(String raw, RuleCode expected) {
		Checked<ResidentIdNumber> checked = ResidentIdNumber.parse(raw, TODAY_2025_10_22);

		assertThat(checked).isInstanceOf(Checked.Invalid.class);
		assertThat(checked.codes()).containsExactly(expected);
	}

	@Test
	void reportsEveryStructuralFaultAtOnce() {
		assertThat(ResidentIdNumber.parse("990105194902300021", TODAY_2025_10_22).codes())
			.containsExactly(RuleCode.ID_NUMBER_REGION, RuleCode.ID_NUMBER_DATE, RuleCode.ID_NUMBER_CHECKSUM);
	}

	@Test
	void rejectsNull() {
		assertThat(ResidentIdNumber.parse(null, TODAY_2025_10_22).codes()).containsExactly(RuleCode.ID_NUMBER_EMPTY);
	}

	@Test
	void upperCasesAFinalLowerCaseXWithAWarning() {
		Checked<ResidentIdNumber> checked = ResidentIdNumber.parse("11010519491231002x", TODAY_2025_10_22);

		assertThat(checked.toOptional()).contains(new ResidentIdNumber("11010519491231002X"));
		assertThat(checked.codes()).containsExactly(RuleCode.ID_NUMBER_LOWER_CASE_X);
	}

	@Test
	void trimsSpacesAroundWithAWarning() {
		Checked<ResidentIdNumber> checked = ResidentIdNumber.parse("\u3000 11010519491231002x\u00A0", TODAY_2025_10_22);

		assertThat(checked.toOptional()).contains(new ResidentIdNumber("11010519491231002X"));
		assertThat(checked.codes()).containsExactly(RuleCode.ID_NUMBER_TRIMMED, RuleCode.ID_NUMBER_LOWER_CASE_X);
	}

	@Test
	void rejectsInnerSpaces() {
		assertThat(ResidentIdNumber.parse("110105 19491231 002X", TODAY_2025_10_22).codes())
			.containsExactly(RuleCode.ID_NUMBER_INNER_SPACE);
	}

	@Test
	void convertsTheFifteenDigitOldFormForMatching() {
		assertThat(ResidentIdNumber.fromLegacy("110105491231002")).contains(new ResidentIdNumber("11010519491231002X"));
		assertThat(ResidentIdNumber.fromLegacy("440524800101001")).contains(new ResidentIdNumber("440524198001010013"));
	}

	@ParameterizedTest
	@CsvSource({ "990105491231002", "110105490230002", "11010549123100", "11010549123100A" })
	void convertsNoOldNumberWithoutARegionOrARealDate(String raw) {
		assertThat(ResidentIdNumber.fromLegacy(raw)).isEmpty();
	}

	@Test
	void constructorTakesOnlyNormalisedNumbers() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ResidentIdNumber("11010519491231002x"));
		assertThatIllegalArgumentException().isThrownBy(() -> new ResidentIdNumber("110105194912310021"))
			.withMessageNotContaining("110105194912310021");
	}

	@Test
	void neverPrintsTheWholeNumber() {
		ResidentIdNumber number = new ResidentIdNumber("11010519491231002X");

		assertThat(number.masked()).isEqualTo("110***********002X");
		assertThat(number).hasToString("ResidentIdNumber[110***********002X]");
	}

}
