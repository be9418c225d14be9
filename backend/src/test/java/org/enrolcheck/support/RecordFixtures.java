package org.enrolcheck.support;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.validation.Masking;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Puts enrolment records into a test's database the way the import will: the ID number encrypted,
 * blind-indexed and masked by the real cipher. (The roster import replaces this once it lands.)
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordFixtures {

	/** Known-valid resident IDs (GB 11643 checked): number, gender, birth date. */
	public static final List<String[]> IDS = List.of(new String[] { "11010519491231002X", "FEMALE", "1949-12-31" },
			new String[] { "11010119900307803X", "MALE", "1990-03-07" },
			new String[] { "310104200001011239", "MALE", "2000-01-01" },
			new String[] { "110101200002291248", "FEMALE", "2000-02-29" },
			new String[] { "440305199511300066", "FEMALE", "1995-11-30" });

	private final DatabaseClient db;

	private final PersonalDataCipher cipher;

	RecordFixtures(DatabaseClient db, PersonalDataCipher cipher) {
		this.db = db;
		this.cipher = cipher;
	}

	/** Adds {@code count} records to the class with {@code classCode}; returns their database ids. */
	public List<Long> addRecords(String classCode, int count) {
		return java.util.stream.IntStream.range(0, count)
			.mapToObj(index -> add(classCode, "学生" + classCode.substring(6) + "乙" + index,
					classCode + String.format("%02d", index), IDS.get(index % IDS.size())))
			.toList();
	}

	public long add(String classCode, String name, String studentNumber, String[] id) {
		return db.sql("""
				INSERT INTO enrolment_record (institution_id, college_id, major_id, class_id, examinee_number,
				    student_number, name, gender, birth_date, id_type, id_number_cipher, id_number_index,
				    id_number_masked, ethnicity, origin_province, length_of_schooling, level, admission_year,
				    study_mode, education_category, enrolment_date, expected_graduation_date, status)
				SELECT s.institution_id, s.college_id, s.major_id, s.id, :examinee, :student, :name, :gender, :birth,
				       'RESIDENT_ID', :cipher, :index, :masked, '01', '50', m.length_of_schooling, m.level,
				       s.admission_year, 'FULL_TIME', 'REGULAR', make_date(s.admission_year, 9, 1),
				       make_date(s.admission_year + 4, 7, 1), 'REGISTERED'
				FROM school_class s JOIN major m ON m.id = s.major_id WHERE s.code = :classCode
				RETURNING id""")
			.bind("examinee", uniqueExaminee(studentNumber))
			.bind("student", studentNumber)
			.bind("name", name)
			.bind("gender", id[1])
			.bind("birth", LocalDate.parse(id[2]))
			.bind("cipher", cipher.encryptText("enrolment_record.id_number", id[0]))
			.bind("index", cipher.blindIndex("enrolment_record.id_number", id[0]))
			.bind("masked", Masking.idNumber(id[0]))
			.bind("classCode", classCode)
			.map(row -> row.get(0, Long.class))
			.one()
			.block(Duration.ofSeconds(10));
	}

	/** 14 digits derived from the (unique, 12-digit) student number. */
	private static String uniqueExaminee(String studentNumber) {
		String digits = studentNumber.replaceAll("\\D", "");
		return "25" + "0".repeat(Math.max(0, 12 - digits.length())) + digits.substring(Math.max(0, digits.length() - 12));
	}

}
