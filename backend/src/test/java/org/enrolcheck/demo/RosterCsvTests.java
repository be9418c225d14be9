package org.enrolcheck.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.enrolcheck.importing.RosterRow;
import org.enrolcheck.validation.EducationCategory;
import org.enrolcheck.validation.Ethnicity;
import org.enrolcheck.validation.FlexibleDate;
import org.enrolcheck.validation.Gender;
import org.enrolcheck.validation.IdType;
import org.enrolcheck.validation.LengthOfSchooling;
import org.enrolcheck.validation.Level;
import org.enrolcheck.validation.Province;
import org.enrolcheck.validation.RecordStatus;
import org.enrolcheck.validation.StudyMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RosterCsvTests {

	static final String HEADER = "考生号,学号,姓名,性别,出生日期,证件类型,身份证号,民族,生源省市,院校代码,院校名称,分院/系所,班号,专业代码,专业名称,"
			+ "学制,层次,录取年份,学习形式,学历类别,入学日期,预毕业日期,学籍状态";

	@Test
	void startsWithTheByteOrderMarkAndTheChineseHeaderThenOneLinePerRow() throws IOException {
		SyntheticStudents students = DemoClock.students(42);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		long written = new RosterCsv(students.catalogue()).write(students.rows(2_000).iterator(), out);

		byte[] bytes = out.toByteArray();
		assertThat(written).isEqualTo(2_000);
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines).hasSize(2_001);
		assertThat(lines.getFirst()).isEqualTo(HEADER);
		assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(23));
	}

	@Test
	void everyCellReadsBackThroughTheValidationModuleAsTheRowItCameFrom() throws IOException {
		SyntheticStudents students = DemoClock.students(8);
		List<RosterRow> rows = students.rows(3_000).toList();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new RosterCsv(students.catalogue()).write(rows.iterator(), out);

		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
		for (int i = 0; i < rows.size(); i++) {
			RosterRow row = rows.get(i);
			String[] cells = lines.get(i).split(",", -1);
			assertThat(cells[0]).as(row.toString()).isEqualTo(row.examineeNumber());
			assertThat(cells[1]).isEqualTo(row.studentNumber());
			assertThat(cells[2]).isEqualTo(row.name());
			assertThat(Gender.parse(cells[3]).toOptional()).contains(row.gender());
			assertThat(FlexibleDate.parse(cells[4]).toOptional()).contains(row.birthDate());
			assertThat(IdType.parse(cells[5]).toOptional()).contains(row.idType());
			assertThat(cells[6].equals(row.idNumber())).as(row.toString()).isTrue();
			assertThat(Ethnicity.parse(cells[7]).toOptional()).contains(row.ethnicity());
			assertThat(Province.parse(cells[8]).toOptional()).contains(row.originProvince());
			assertThat(List.of(cells[9], cells[10], cells[11], cells[12], cells[13], cells[14]))
				.containsExactly("10635", "西南大学", row.collegeName(), row.classCode(), row.majorCode(), row.majorName());
			assertThat(LengthOfSchooling.parse(cells[15]).toOptional().orElseThrow().years())
				.isEqualByComparingTo(row.lengthOfSchooling());
			assertThat(Level.parse(cells[16]).toOptional()).contains(row.level());
			assertThat(cells[17]).isEqualTo(String.valueOf(row.admissionYear()));
			assertThat(StudyMode.parse(cells[18]).toOptional()).contains(row.studyMode());
			assertThat(EducationCategory.parse(cells[19]).toOptional()).contains(row.educationCategory());
			assertThat(FlexibleDate.parse(cells[20]).toOptional()).contains(row.enrolmentDate());
			assertThat(FlexibleDate.parse(cells[21]).toOptional()).contains(row.expectedGraduationDate());
			assertThat(RecordStatus.parse(cells[22]).toOptional()).contains(row.status());
		}
	}

	@Test
	void writesLabelsAsRegistrarsWriteThem() throws IOException {
		SyntheticStudents students = DemoClock.students(42);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new RosterCsv(students.catalogue()).write(students.rows(200).iterator(), out);

		String first = out.toString(StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow();
		assertThat(first).containsPattern(",[男女],\\d{4}-\\d{2}-\\d{2},居民身份证,")
			.contains(",10635,西南大学,计算机与信息科学学院,2024010101,080901,计算机科学与技术,4,本科,2024,普通全日制,普通高等教育,2024-09-");
	}

	@Test
	void generateRosterWritesTheRequestedRowsToAFile(@TempDir Path directory) throws IOException {
		Path csv = directory.resolve("roster.csv");
		Path zip = directory.resolve("photos.zip");

		GenerateRoster.main(new String[] { "250", csv.toString(), "7", zip.toString() });

		assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize(251).first().isEqualTo("\uFEFF" + HEADER);
		assertThat(Files.size(zip)).isPositive();
	}

	/** Not an assertion: the figure goes to the test output for the benchmark notes. */
	@Test
	void printsTheCsvThroughputForAMillionRows() throws IOException {
		SyntheticStudents students = DemoClock.students(2025);
		RosterCsv csv = new RosterCsv(students.catalogue());
		csv.write(students.rows(100_000).iterator(), OutputStream.nullOutputStream());
		long started = System.nanoTime();
		long written = csv.write(students.rows(1_000_000).iterator(), OutputStream.nullOutputStream());
		long nanos = System.nanoTime() - started;
		System.out.printf("RosterCsv: %d rows generated and written in %d ms (%.0f rows/s)%n", written,
				nanos / 1_000_000, written * 1e9 / nanos);
		assertThat(written).isEqualTo(1_000_000);
	}

}
