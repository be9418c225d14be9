package org.enrolcheck.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enrolcheck.validation.ResidentIdNumberTests.TODAY_2025_10_22;

class IdDocumentNumberTests {

	@Test
	void checksAResidentIdInFull() {
		assertThat(IdDocumentNumber.parse(IdType.RESIDENT_ID, "11010519491231002x", TODAY_2025_10_22).toOptional())
			.contains("11010519491231002X");
		assertThat(IdDocumentNumber.parse(IdType.RESIDENT_ID, "110105194912310021", TODAY_2025_10_22).codes())
			.containsExactly(RuleCode.ID_NUMBER_CHECKSUM);
	}

	@Test
	void checksOtherDocumentsForLettersAndDigitsOnly() {
		assertThat(IdDocumentNumber.parse(IdType.PASSPORT, "e12345678", TODAY_2025_10_22).toOptional())
			.contains("E12345678");
		assertThat(IdDocumentNumber.parse(IdType.HK_MACAO_PERMIT, " H12345678", TODAY_2025_10_22).codes())
			.containsExactly(RuleCode.ID_NUMBER_TRIMMED);
		assertThat(IdDocumentNumber.parse(IdType.TAIWAN_PERMIT, "1234", TODAY_2025_10_22).codes())
			.containsExactly(RuleCode.ID_DOCUMENT_FORMAT);
		assertThat(IdDocumentNumber.parse(IdType.PASSPORT, "E1234-5678", TODAY_2025_10_22).codes())
			.containsExactly(RuleCode.ID_DOCUMENT_FORMAT);
		assertThat(IdDocumentNumber.parse(IdType.PASSPORT, "Ｅ12345678", TODAY_2025_10_22).codes())
			.containsExactly(RuleCode.ID_NUMBER_FULL_WIDTH);
		assertThat(IdDocumentNumber.parse(IdType.PASSPORT, null, TODAY_2025_10_22).codes())
			.containsExactly(RuleCode.ID_NUMBER_EMPTY);
	}

}
