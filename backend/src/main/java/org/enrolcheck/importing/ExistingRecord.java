package org.enrolcheck.importing;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A stored record as the diff needs it. The ID number is compared through its blind index, so a
 * dry run over 60,000 records decrypts nothing.
 */
record ExistingRecord(long id, String examineeNumber, String studentNumber, String name, String gender,
		LocalDate birthDate, String idType, byte[] idIndex, String idMasked, String ethnicity, String originProvince,
		long classId, BigDecimal lengthOfSchooling, String level, int admissionYear, String studyMode,
		String educationCategory, @Nullable LocalDate enrolmentDate, @Nullable LocalDate expectedGraduationDate,
		String status) {
}
