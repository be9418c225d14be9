package org.enrolcheck.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.enrolcheck.demo.InstitutionCatalogue.SchoolClass;

/**
 * How a roster's rows fall into classes: ordered by admission year, college and 班号 as a registrar's
 * export is, each class a block of rows of roughly equal size (±20 %, every class at least one row
 * once there are as many rows as classes), and 学号 numbered within year and college.
 */
final class ClassPlacement {

	private final List<PlacedClass> classes = new ArrayList<>();

	private final int serialWidth;

	ClassPlacement(List<SchoolClass> catalogue, int count, long seed) {
		if (catalogue.isEmpty()) {
			throw new IllegalArgumentException("the catalogue has no classes");
		}
		List<SchoolClass> ordered = catalogue.stream()
			.sorted(Comparator.comparingInt(SchoolClass::admissionYear)
				.thenComparing(SchoolClass::collegeCode)
				.thenComparing(SchoolClass::code))
			.toList();
		int size = ordered.size();
		double[] cumulative = new double[size + 1];
		for (int k = 0; k < size; k++) {
			cumulative[k + 1] = cumulative[k] + 0.8 + 0.4 * Seeds.dice(seed, k).nextDouble();
		}
		// Every class first gets one row (when there are enough), the rest is shared out by weight.
		int base = Math.min(1, count / size);
		int spare = count - base * size;
		int groupFirstRow = 0;
		int widestGroup = 0;
		for (int k = 0; k < size; k++) {
			SchoolClass schoolClass = ordered.get(k);
			int first = base * k + (int) Math.round(spare * cumulative[k] / cumulative[size]);
			int end = base * (k + 1) + (int) Math.round(spare * cumulative[k + 1] / cumulative[size]);
			if (k > 0 && !sameGroup(ordered.get(k - 1), schoolClass)) {
				groupFirstRow = first;
			}
			widestGroup = Math.max(widestGroup, end - groupFirstRow);
			LocalDate enrolment = LocalDate.of(schoolClass.admissionYear(), Month.SEPTEMBER,
					1 + Seeds.pick(seed, 1000 + k, 10));
			classes.add(new PlacedClass(schoolClass, first, end, groupFirstRow, enrolment,
					expectedGraduation(schoolClass, Seeds.pick(seed, 2000 + k, 2) == 0), femaleShare(schoolClass)));
		}
		this.serialWidth = Math.max(4, String.valueOf(widestGroup).length());
	}

	List<PlacedClass> classes() {
		return classes;
	}

	/**
	 * The index of the class holding a row, searching onwards from {@code from}: rows are generated
	 * in order, so the search only ever moves forward.
	 */
	int indexOf(int row, int from) {
		int index = from;
		while (!classes.get(index).holds(row)) {
			index++;
		}
		return index;
	}

	PlacedClass get(int index) {
		return classes.get(index);
	}

	/** Year, college code, then the row's place within its year and college, e.g. 2025010137. */
	String studentNumber(int row, PlacedClass placed) {
		SchoolClass schoolClass = placed.schoolClass();
		char[] serial = new char[serialWidth];
		IdentityNumbers.write(serial, 0, row - placed.groupFirstRow() + 1, serialWidth);
		return schoolClass.admissionYear() + schoolClass.collegeCode() + new String(serial);
	}

	private static boolean sameGroup(SchoolClass a, SchoolClass b) {
		return a.admissionYear() == b.admissionYear() && a.collegeCode().equals(b.collegeCode());
	}

	/** The end of the last term: 30 June or 1 July, or January for a length with half a year. */
	static LocalDate expectedGraduation(SchoolClass schoolClass, boolean lastDayOfJune) {
		int halfYears = schoolClass.lengthOfSchooling().multiply(BigDecimal.TWO).intValueExact();
		int year = schoolClass.admissionYear() + (halfYears + 1) / 2;
		if (halfYears % 2 == 1) {
			return LocalDate.of(year, Month.JANUARY, 15);
		}
		return lastDayOfJune ? LocalDate.of(year, Month.JUNE, 30) : LocalDate.of(year, Month.JULY, 1);
	}

	/** Women are most of a language or literature class and a minority of an engineering one. */
	private static double femaleShare(SchoolClass schoolClass) {
		String major = schoolClass.majorName();
		if (major.contains("语") || major.contains("文学") || major.contains("新闻") || major.contains("会计")
				|| major.contains("教育")) {
			return 0.72;
		}
		if (major.contains("计算机") || major.contains("软件") || major.contains("网络") || major.contains("工程")
				|| major.contains("自动化") || major.contains("电")) {
			return 0.3;
		}
		return 0.5;
	}

}
