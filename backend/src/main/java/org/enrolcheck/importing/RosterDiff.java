package org.enrolcheck.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.enrolcheck.importing.RosterCatalogue.KnownClass;
import org.enrolcheck.importing.RowPlan.ClassPlace;
import org.enrolcheck.importing.RowPlan.FieldDiff;
import org.enrolcheck.validation.EducationCategory;
import org.enrolcheck.validation.Gender;
import org.enrolcheck.validation.IdType;
import org.enrolcheck.validation.Labelled;
import org.enrolcheck.validation.Level;
import org.enrolcheck.validation.Masking;
import org.enrolcheck.validation.RecordStatus;
import org.enrolcheck.validation.StudyMode;

/**
 * Compares roster lines with the stored records of one institution. Lines are matched by examinee
 * number; the student number is checked too, so a line never lands on someone else's record.
 */
final class RosterDiff {

	/** What the diff needs to know of the institution. */
	record Stored(String institutionCode, Map<String, ExistingRecord> byExamineeNumber,
			Map<String, String> examineeByStudentNumber, Map<Long, String> classCodes, RosterCatalogue catalogue) {
	}

	private final Stored stored;

	private final boolean createMissingReference;

	private final java.util.function.Function<String, byte[]> idIndex;

	RosterDiff(Stored stored, boolean createMissingReference, java.util.function.Function<String, byte[]> idIndex) {
		this.stored = stored;
		this.createMissingReference = createMissingReference;
		this.idIndex = idIndex;
	}

	List<RowPlan> plan(List<RosterRow> rows) {
		List<RowPlan> plans = new ArrayList<>(rows.size());
		for (RosterRow row : rows) {
			plans.add(plan(row));
		}
		return plans;
	}

	RowPlan plan(RosterRow row) {
		int line = row.rowNumber();
		if (row.institutionCode() != null && !row.institutionCode().equals(stored.institutionCode())) {
			return new RowPlan.Clash(line, "院校代码", "INSTITUTION_MISMATCH", "院校代码与当前学校（" + stored.institutionCode() + "）不符。",
					"The institution code is not this institution's (" + stored.institutionCode() + ").");
		}
		KnownClass known = stored.catalogue().classByCode(row.classCode());
		if (known != null && !belongs(known, row)) {
			return new RowPlan.Clash(line, "班号", "CLASS_MISMATCH",
					"班号 " + row.classCode() + " 属于" + known.collegeName() + "·" + known.majorName() + "，与本行的分院或专业不符。",
					"Class " + row.classCode() + " belongs to " + known.collegeName() + " / " + known.majorName()
							+ ", not to this line's college or major.");
		}
		if (known == null && !createMissingReference) {
			return new RowPlan.Clash(line, "班号", "CLASS_UNKNOWN", "本校没有班号 " + row.classCode() + "；可勾选“自动创建缺少的院系、专业和班级”。",
					"This institution has no class " + row.classCode() + "; choose to create missing reference data.");
		}
		if (known == null && row.majorCode() == null
				&& stored.catalogue().major(null, row.majorName(), row.level().name()) == null) {
			return new RowPlan.Clash(line, "专业代码", "MAJOR_CODE_REQUIRED", "要创建新专业，本行须填写专业代码。",
					"To create a new major, the line needs its catalogue code (专业代码).");
		}
		ClassPlace place = known != null ? new ClassPlace(known.id(), known.collegeId(), known.majorId(), row.classCode())
				: new ClassPlace(null, stored.catalogue().collegeByName(row.collegeName()),
						stored.catalogue().major(row.majorCode(), row.majorName(), row.level().name()), row.classCode());
		ExistingRecord existing = stored.byExamineeNumber().get(row.examineeNumber());
		if (existing == null) {
			String holder = stored.examineeByStudentNumber().get(row.studentNumber());
			if (holder != null) {
				return new RowPlan.Clash(line, "学号", "STUDENT_NUMBER_TAKEN", "学号已属于考生号 " + holder + " 的学籍。",
						"The student number already belongs to the record with examinee number " + holder + ".");
			}
			return new RowPlan.New(line, row, place);
		}
		if (!existing.studentNumber().equals(row.studentNumber())) {
			return new RowPlan.Clash(line, "学号", "STUDENT_NUMBER_MISMATCH",
					"考生号对应的学籍学号为 " + existing.studentNumber() + "，与本行不符；请核对是否匹配到了别人的学籍。",
					"The record with this examinee number has student number " + existing.studentNumber()
							+ "; check that the line belongs to it.");
		}
		List<FieldDiff> diffs = diffs(existing, row, place);
		return diffs.isEmpty() ? new RowPlan.Unchanged(line) : new RowPlan.Changed(line, row, place, existing.id(), diffs);
	}

	private static boolean belongs(KnownClass known, RosterRow row) {
		boolean sameMajor = row.majorCode() != null ? known.majorCode().equals(row.majorCode())
				: known.majorName().equals(row.majorName());
		return known.collegeName().equals(row.collegeName()) && sameMajor && known.level().equals(row.level().name());
	}

	private List<FieldDiff> diffs(ExistingRecord old, RosterRow row, ClassPlace place) {
		List<FieldDiff> diffs = new ArrayList<>();
		add(diffs, "name", old.name(), row.name());
		add(diffs, "gender", label(Gender.valueOf(old.gender())), label(row.gender()));
		add(diffs, "birthDate", old.birthDate().toString(), row.birthDate().toString());
		add(diffs, "idType", label(IdType.valueOf(old.idType())), label(row.idType()));
		if (!Arrays.equals(old.idIndex(), idIndex.apply(row.idNumber()))) {
			diffs.add(new FieldDiff("idNumber", old.idMasked(), Masking.idNumber(row.idNumber())));
		}
		add(diffs, "ethnicity", old.ethnicity(), row.ethnicity().code());
		add(diffs, "originProvince", old.originProvince(), row.originProvince().code());
		add(diffs, "classCode", stored.classCodes().get(old.classId()), place.classCode());
		add(diffs, "lengthOfSchooling", old.lengthOfSchooling().stripTrailingZeros().toPlainString(),
				row.lengthOfSchooling().stripTrailingZeros().toPlainString());
		add(diffs, "level", label(Level.valueOf(old.level())), label(row.level()));
		add(diffs, "admissionYear", String.valueOf(old.admissionYear()), String.valueOf(row.admissionYear()));
		add(diffs, "studyMode", label(StudyMode.valueOf(old.studyMode())), label(row.studyMode()));
		add(diffs, "educationCategory", label(EducationCategory.valueOf(old.educationCategory())),
				label(row.educationCategory()));
		add(diffs, "enrolmentDate", text(old.enrolmentDate()), text(row.enrolmentDate()));
		add(diffs, "expectedGraduationDate", text(old.expectedGraduationDate()), text(row.expectedGraduationDate()));
		add(diffs, "status", label(RecordStatus.valueOf(old.status())), label(row.status()));
		return diffs;
	}

	/** The fields a new record's change lists, in this order; its IMPORT_CREATE event holds the same. */
	private static final List<String> CREATED_FIELDS = List.of("examineeNumber", "studentNumber", "name", "idNumber",
			"classCode", "status");

	/** Every field of a new record, for the dry run's review and the audit trail. */
	static List<FieldDiff> created(RosterRow row) {
		List<String> values = Arrays.asList(row.examineeNumber(), row.studentNumber(), row.name(),
				Masking.idNumber(row.idNumber()), row.classCode(), label(row.status()));
		List<FieldDiff> created = new ArrayList<>(CREATED_FIELDS.size());
		for (int i = 0; i < CREATED_FIELDS.size(); i++) {
			created.add(new FieldDiff(CREATED_FIELDS.get(i), null, values.get(i)));
		}
		return List.copyOf(created);
	}

	/** The same list read back from a new record's IMPORT_CREATE event ({@code after}: field → value). */
	static List<FieldDiff> created(Map<String, String> after) {
		return CREATED_FIELDS.stream().filter(after::containsKey)
			.map(field -> new FieldDiff(field, null, after.get(field))).toList();
	}

	private static void add(List<FieldDiff> diffs, String field, String before, String after) {
		if (!Objects.equals(before, after)) {
			diffs.add(new FieldDiff(field, before, after));
		}
	}

	private static String label(Labelled value) {
		return value.label();
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

}
