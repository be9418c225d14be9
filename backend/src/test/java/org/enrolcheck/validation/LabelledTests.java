package org.enrolcheck.validation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The domain's enumerations, parsed by Chinese label, code or enum name. */
class LabelledTests {

	static Stream<Arguments> spellings() {
		return Stream.of(Arguments.of(Gender.parse("男"), Gender.MALE), Arguments.of(Gender.parse("女"), Gender.FEMALE),
				Arguments.of(Gender.parse("1"), Gender.MALE), Arguments.of(Gender.parse("2"), Gender.FEMALE),
				Arguments.of(Gender.parse("female"), Gender.FEMALE), Arguments.of(Gender.parse(" 男性 "), Gender.MALE),
				Arguments.of(IdType.parse("居民身份证"), IdType.RESIDENT_ID),
				Arguments.of(IdType.parse("身份证"), IdType.RESIDENT_ID),
				Arguments.of(IdType.parse("台湾居民来往大陆通行证"), IdType.TAIWAN_PERMIT),
				Arguments.of(IdType.parse("PASSPORT"), IdType.PASSPORT),
				Arguments.of(IdType.parse("护照"), IdType.PASSPORT),
				Arguments.of(Level.parse("专升本"), Level.BACHELOR_UPGRADE),
				Arguments.of(Level.parse("博士研究生"), Level.DOCTORATE), Arguments.of(Level.parse("高职(专科)"),
						Level.JUNIOR_COLLEGE),
				Arguments.of(Level.parse("junior_college"), Level.JUNIOR_COLLEGE),
				Arguments.of(StudyMode.parse("普通全日制"), StudyMode.FULL_TIME),
				Arguments.of(StudyMode.parse("函授"), StudyMode.CORRESPONDENCE),
				Arguments.of(StudyMode.parse("开放教育"), StudyMode.OPEN),
				Arguments.of(EducationCategory.parse("高等教育自学考试"), EducationCategory.SELF_STUDY),
				Arguments.of(EducationCategory.parse("网络教育"), EducationCategory.ONLINE),
				Arguments.of(EducationCategory.parse("研究生教育"), EducationCategory.POSTGRADUATE),
				Arguments.of(RecordStatus.parse("注册学籍"), RecordStatus.REGISTERED),
				Arguments.of(RecordStatus.parse("放弃入学资格"), RecordStatus.ADMISSION_FORFEITED),
				Arguments.of(RecordStatus.parse("肄业"), RecordStatus.INCOMPLETE),
				Arguments.of(RecordStatus.parse("GRADUATED"), RecordStatus.GRADUATED));
	}

	@ParameterizedTest
	@MethodSource("spellings")
	void parsesLabelsCodesAndNames(Checked<?> checked, Enum<?> expected) {
		assertThat(checked.toOptional()).isEqualTo(Optional.of(expected));
	}

	@Test
	void rejectsUnknownAndEmptyValues() {
		assertThat(Gender.parse("3").codes()).containsExactly(RuleCode.ENUM_UNKNOWN);
		assertThat(Level.parse("大专生").codes()).containsExactly(RuleCode.ENUM_UNKNOWN);
		assertThat(RecordStatus.parse(null).codes()).containsExactly(RuleCode.VALUE_EMPTY);
		assertThat(StudyMode.parse("").codes()).containsExactly(RuleCode.VALUE_EMPTY);
	}

	@Test
	void everyConstantParsesFromEachOfItsSpellingsAndNoSpellingIsShared() {
		assertSpellingsRoundTrip(Gender.class);
		assertSpellingsRoundTrip(IdType.class);
		assertSpellingsRoundTrip(Level.class);
		assertSpellingsRoundTrip(StudyMode.class);
		assertSpellingsRoundTrip(EducationCategory.class);
		assertSpellingsRoundTrip(RecordStatus.class);
		assertSpellingsRoundTrip(Ethnicity.class);
		assertSpellingsRoundTrip(Province.class);
	}

	private static <E extends Enum<E> & Labelled> void assertSpellingsRoundTrip(Class<E> type) {
		List<String> keys = Stream.of(type.getEnumConstants())
			.flatMap(Labelled::spellings)
			.map(Typing::lookupKey)
			.toList();
		assertThat(keys).as("spellings of %s", type.getSimpleName()).doesNotHaveDuplicates();
		for (E constant : type.getEnumConstants()) {
			constant.spellings()
				.forEach(spelling -> assertThat(Labelled.parse(type, spelling, RuleCode.ENUM_UNKNOWN).toOptional())
					.as("%s from %s", constant, spelling)
					.contains(constant));
		}
	}

}
