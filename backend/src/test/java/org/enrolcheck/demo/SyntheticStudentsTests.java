package org.enrolcheck.demo;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.enrolcheck.importing.RosterRow;
import org.enrolcheck.validation.Ethnicity;
import org.enrolcheck.validation.Province;
import org.enrolcheck.validation.RecordStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SyntheticStudentsTests {

	static List<RosterRow> fiveThousand;

	@BeforeAll
	static void generate() {
		fiveThousand = DemoClock.students(42).rows(5_000).toList();
	}

	@Test
	void theSameSeedGivesTheSameRosterAndAnotherSeedAnotherOne() {
		List<RosterRow> again = DemoClock.students(42).rows(5_000).toList();
		List<RosterRow> other = DemoClock.students(43).rows(5_000).toList();

		assertThat(again).isEqualTo(fiveThousand);
		assertThat(other).hasSize(5_000).isNotEqualTo(fiveThousand);
		Set<String> examinees = fiveThousand.stream().map(RosterRow::examineeNumber).collect(Collectors.toSet());
		assertThat(other.stream().map(RosterRow::examineeNumber).filter(examinees::contains).count()).isLessThan(50);
	}

	@Test
	void aShorterRosterOfTheSameSeedIsReproducibleToo() {
		assertThat(DemoClock.students(42).rows(1_000).toList()).isEqualTo(DemoClock.students(42).rows(1_000).toList());
	}

	@Test
	void examineeStudentAndIdNumbersAreUniqueInTwoHundredThousandRows() {
		Set<String> examinees = new HashSet<>();
		Set<String> students = new HashSet<>();
		Set<String> ids = new HashSet<>();
		DemoClock.students(7).rows(200_000).forEach(row -> {
			examinees.add(row.examineeNumber());
			students.add(row.studentNumber());
			ids.add(row.idNumber());
		});

		// Sizes only: a failing assertion must not print ID numbers.
		assertThat(examinees.size()).isEqualTo(200_000);
		assertThat(students.size()).isEqualTo(200_000);
		assertThat(ids.size()).isEqualTo(200_000);
	}

	@Test
	void allFiftySixEthnicGroupsAppearInFiveThousandRowsWithHanAboutNineTenths() {
		Map<Ethnicity, Long> groups = fiveThousand.stream()
			.collect(Collectors.groupingBy(RosterRow::ethnicity, Collectors.counting()));

		assertThat(groups.keySet()).containsExactlyInAnyOrderElementsOf(EthnicMix.GROUPS);
		assertThat(groups.get(Ethnicity.HAN)).isBetween(4_400L, 4_700L);
	}

	@Test
	void minoritiesMostlyComeFromTheirHomeProvinces() {
		List<RosterRow> rows = DemoClock.students(11).rows(50_000).toList();

		assertThat(share(rows, Ethnicity.UYGUR, Province.XINJIANG)).isGreaterThan(0.8);
		assertThat(share(rows, Ethnicity.ZANG, Province.XIZANG)).isGreaterThan(0.3);
		assertThat(share(rows, Ethnicity.ZHUANG, Province.GUANGXI)).isGreaterThan(0.6);
	}

	@Test
	void studentsComeFromEveryProvinceIncludingHongKongMacaoAndTaiwan() {
		assertThat(fiveThousand.stream().map(RosterRow::originProvince).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder(Province.values());
	}

	@Test
	void namesIncludeMinorityFormsAndRareCharacters() {
		assertThat(fiveThousand).anyMatch(row -> row.name().contains("\u00B7"));
		assertThat(fiveThousand).anyMatch(row -> row.name().codePoints().anyMatch(Character::isSupplementaryCodePoint));
		assertThat(fiveThousand).anyMatch(row -> row.name().codePoints()
			.anyMatch(codePoint -> HanNames.rareCharacters().contains(Character.toString(codePoint))
					&& !Character.isSupplementaryCodePoint(codePoint)));
		assertThat(HanNames.rareCharacters()).allSatisfy(character -> assertThat(
				Character.UnicodeScript.of(character.codePointAt(0)))
			.isEqualTo(Character.UnicodeScript.HAN));
	}

	@Test
	void everyStatusAppearsAndMostAreRegistered() {
		for (List<RosterRow> rows : List.of(fiveThousand, DemoClock.students(5).rows(1_000).toList())) {
			Map<RecordStatus, Long> statuses = rows.stream()
				.collect(Collectors.groupingBy(RosterRow::status, Collectors.counting()));

			assertThat(statuses.keySet()).containsExactlyInAnyOrder(RecordStatus.values());
			assertThat(statuses.get(RecordStatus.REGISTERED)).isGreaterThan(rows.size() * 95L / 100);
		}
	}

	@Test
	void newStudentsAreTheOnesWhoForfeitOrReserveAdmission() {
		assertThat(fiveThousand).filteredOn(row -> EnumSet
			.of(RecordStatus.ADMISSION_FORFEITED, RecordStatus.ADMISSION_RESERVED)
			.contains(row.status())).allSatisfy(row -> assertThat(row.admissionYear()).isEqualTo(2025));
		assertThat(fiveThousand).filteredOn(row -> EnumSet
			.of(RecordStatus.GRADUATED, RecordStatus.COMPLETED, RecordStatus.INCOMPLETE)
			.contains(row.status())).allSatisfy(row -> assertThat(row.admissionYear()).isEqualTo(2024));
	}

	@Test
	void everyClassGetsStudentsInRoughlyEvenShares() {
		for (int count : List.of(100, 1_000, 5_000)) {
			List<RosterRow> rows = count == 5_000 ? fiveThousand : DemoClock.students(3).rows(count).toList();
			Map<String, Long> perClass = rows.stream()
				.collect(Collectors.groupingBy(RosterRow::classCode, Collectors.counting()));

			assertThat(perClass.keySet()).hasSize(100);
			if (count == 5_000) {
				assertThat(perClass.values()).allSatisfy(size -> assertThat(size).isBetween(35L, 65L));
			}
		}
	}

	@Test
	void rowsComeInClassOrderNumberedFromTwo() {
		assertThat(fiveThousand).extracting(RosterRow::rowNumber).startsWith(2, 3, 4).endsWith(5_001);
		assertThat(fiveThousand).extracting(RosterRow::classCode).isSorted();
		assertThat(fiveThousand.getFirst().studentNumber()).isEqualTo("2024010001");
	}

	@Test
	void refusesMoreRowsThanNumbersCanStayUniqueFor() {
		assertThatIllegalArgumentException().isThrownBy(() -> DemoClock.students(1).rows(1_000_001));
	}

	/**
	 * Not an assertion: the figure goes to the test output (target/surefire-reports) for the
	 * benchmark notes.
	 */
	@Test
	void printsTheThroughputForAMillionRows() {
		SyntheticStudents students = DemoClock.students(2025);
		students.rows(100_000).forEach(row -> {
		});
		long started = System.nanoTime();
		long names = students.rows(1_000_000).mapToLong(row -> row.name().length()).sum();
		long nanos = System.nanoTime() - started;
		System.out.printf("SyntheticStudents: 1,000,000 rows in %d ms (%.0f rows/s)%n", nanos / 1_000_000,
				1e15 / nanos);
		assertThat(names).isPositive();
	}

	private static double share(List<RosterRow> rows, Ethnicity ethnicity, Province province) {
		Map<Boolean, Long> split = rows.stream()
			.filter(row -> row.ethnicity() == ethnicity)
			.collect(Collectors.partitioningBy(row -> row.originProvince() == province, Collectors.counting()));
		return (double) split.get(true) / (split.get(true) + split.get(false));
	}

}
