package org.enrolcheck.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.enrolcheck.validation.Level;

/**
 * The demo institution 10635 西南大学 as {@code reference.ReferenceDemoData} loads it: 8 colleges,
 * 30 majors and 100 classes (admission years 2024 and 2025, class codes
 * {@code {year}{college}{major:02}{class:02}}). The one list: reference.ReferenceDemoData loads it.
 */
public final class SouthwestUniversityCatalogue implements InstitutionCatalogue {

	private static final List<Integer> YEARS = List.of(2024, 2025);

	private static final List<College> COLLEGES = List.of(
			college("01", "计算机与信息科学学院", bachelor("080901", "计算机科学与技术"), bachelor("080902", "软件工程"),
					bachelor("080903", "网络工程"), bachelor("080910T", "数据科学与大数据技术"),
					major("081200", "计算机科学与技术", Level.MASTER, 3)),
			college("02", "电子信息工程学院", bachelor("080701", "电子信息工程"), bachelor("080703", "通信工程"),
					bachelor("080601", "电气工程及其自动化"), bachelor("080801", "自动化")),
			college("03", "经济管理学院", bachelor("020101", "经济学"), bachelor("020301K", "金融学"),
					bachelor("120203K", "会计学"), bachelor("120201K", "工商管理"),
					major("120203K", "会计学", Level.BACHELOR_UPGRADE, 2)),
			college("04", "文学院", bachelor("050101", "汉语言文学"), bachelor("050103", "汉语国际教育"),
					bachelor("060101", "历史学"), bachelor("050301", "新闻学")),
			college("05", "外国语学院", bachelor("050201", "英语"), bachelor("050207", "日语"), bachelor("050262", "商务英语")),
			college("06", "数学与统计学院", bachelor("070101", "数学与应用数学"), bachelor("070102", "信息与计算科学"),
					bachelor("071201", "统计学")),
			college("07", "化学化工学院", bachelor("070301", "化学"), bachelor("081301", "化学工程与工艺"),
					bachelor("082502", "环境工程")),
			college("08", "法学院", bachelor("030101K", "法学"), bachelor("030301", "社会学"), bachelor("030201", "政治学与行政学")));

	@Override
	public String institutionCode() {
		return "10635";
	}

	@Override
	public String institutionName() {
		return "西南大学";
	}

	@Override
	public List<College> colleges() {
		return COLLEGES;
	}

	private record MajorSpec(String catalogueCode, String name, Level level, int years) {
	}

	private static MajorSpec bachelor(String catalogueCode, String name) {
		return new MajorSpec(catalogueCode, name, Level.BACHELOR, 4);
	}

	private static MajorSpec major(String catalogueCode, String name, Level level, int years) {
		return new MajorSpec(catalogueCode, name, level, years);
	}

	private static College college(String code, String name, MajorSpec... specs) {
		// As in ReferenceDemoData: the first majors of a college run two classes a year, 100 classes in all.
		int twoClassMajors = specs.length >= 4 ? 3 : 2;
		List<Major> majors = new ArrayList<>();
		for (int index = 0; index < specs.length; index++) {
			MajorSpec spec = specs[index];
			int number = index + 1;
			BigDecimal length = BigDecimal.valueOf(spec.years());
			int classesPerYear = number <= twoClassMajors ? 2 : 1;
			List<SchoolClass> classes = new ArrayList<>();
			for (int year : YEARS) {
				for (int classNumber = 1; classNumber <= classesPerYear; classNumber++) {
					String classCode = year + code + twoDigits(number) + twoDigits(classNumber);
					classes.add(new SchoolClass(classCode, year, code, name, number, spec.catalogueCode(), spec.name(),
							spec.level(), length));
				}
			}
			majors.add(new Major(number, spec.catalogueCode(), spec.name(), spec.level(), length, classes));
		}
		return new College(code, name, majors);
	}

	private static String twoDigits(int number) {
		return number < 10 ? "0" + number : String.valueOf(number);
	}

}
