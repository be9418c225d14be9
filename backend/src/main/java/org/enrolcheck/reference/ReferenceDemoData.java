package org.enrolcheck.reference;

import java.time.Duration;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.enrolcheck.validation.Level;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Demo reference data for one institution, loaded on first start when {@code enrolcheck.demo} is on.
 * Every insert is {@code ON CONFLICT DO NOTHING} inside one transaction, so a restart (or two
 * replicas starting together) never duplicates a row.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty("enrolcheck.demo")
class ReferenceDemoData implements ApplicationRunner {

	static final String INSTITUTION_CODE = "10635";

	private static final Log log = LogFactory.getLog(ReferenceDemoData.class);

	private static final List<Integer> YEARS = List.of(2024, 2025);

	private static final List<DemoCollege> COLLEGES = List.of(
			new DemoCollege("01", "计算机与信息科学学院", List.of(bachelor("080901", "计算机科学与技术"),
					bachelor("080902", "软件工程"), bachelor("080903", "网络工程"), bachelor("080910T", "数据科学与大数据技术"),
					new DemoMajor("081200", "计算机科学与技术", Level.MASTER, 3))),
			new DemoCollege("02", "电子信息工程学院", List.of(bachelor("080701", "电子信息工程"), bachelor("080703", "通信工程"),
					bachelor("080601", "电气工程及其自动化"), bachelor("080801", "自动化"))),
			new DemoCollege("03", "经济管理学院", List.of(bachelor("020101", "经济学"), bachelor("020301K", "金融学"),
					bachelor("120203K", "会计学"), bachelor("120201K", "工商管理"),
					new DemoMajor("120203K", "会计学", Level.BACHELOR_UPGRADE, 2))),
			new DemoCollege("04", "文学院", List.of(bachelor("050101", "汉语言文学"), bachelor("050103", "汉语国际教育"),
					bachelor("060101", "历史学"), bachelor("050301", "新闻学"))),
			new DemoCollege("05", "外国语学院", List.of(bachelor("050201", "英语"), bachelor("050207", "日语"),
					bachelor("050262", "商务英语"))),
			new DemoCollege("06", "数学与统计学院", List.of(bachelor("070101", "数学与应用数学"),
					bachelor("070102", "信息与计算科学"), bachelor("071201", "统计学"))),
			new DemoCollege("07", "化学化工学院", List.of(bachelor("070301", "化学"), bachelor("081301", "化学工程与工艺"),
					bachelor("082502", "环境工程"))),
			new DemoCollege("08", "法学院", List.of(bachelor("030101K", "法学"), bachelor("030301", "社会学"),
					bachelor("030201", "政治学与行政学"))));

	private final DatabaseClient db;

	private final TransactionalOperator transaction;

	ReferenceDemoData(DatabaseClient db, TransactionalOperator transaction) {
		this.db = db;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		Long inserted = load().as(transaction::transactional).block(Duration.ofMinutes(1));
		if (inserted != null && inserted > 0) {
			log.info("Demo reference data loaded: " + inserted + " rows for institution " + INSTITUTION_CODE);
		}
	}

	Mono<Long> load() {
		Mono<Long> institution = db.sql("INSERT INTO institution (code, name) VALUES (:code, '西南大学') ON CONFLICT DO NOTHING")
			.bind("code", INSTITUTION_CODE)
			.fetch()
			.rowsUpdated();
		Flux<Long> rest = Flux.fromIterable(COLLEGES).concatMap(this::loadCollege);
		return institution.concatWith(rest).reduce(0L, Long::sum);
	}

	private Flux<Long> loadCollege(DemoCollege college) {
		Mono<Long> row = db.sql("""
				INSERT INTO college (institution_id, code, name)
				SELECT id, :code, :name FROM institution WHERE code = :institution
				ON CONFLICT DO NOTHING""")
			.bind("code", college.code())
			.bind("name", college.name())
			.bind("institution", INSTITUTION_CODE)
			.fetch()
			.rowsUpdated();
		Flux<Long> majors = Flux.range(0, college.majors().size())
			.concatMap(index -> loadMajor(college, index + 1, college.majors().get(index)));
		return row.concatWith(majors);
	}

	private Flux<Long> loadMajor(DemoCollege college, int number, DemoMajor major) {
		Mono<Long> row = db.sql("""
				INSERT INTO major (institution_id, college_id, catalogue_code, name, level, length_of_schooling)
				SELECT c.institution_id, c.id, :catalogueCode, :name, :level, :years
				FROM college c JOIN institution i ON i.id = c.institution_id
				WHERE i.code = :institution AND c.code = :college
				ON CONFLICT DO NOTHING""")
			.bind("catalogueCode", major.catalogueCode())
			.bind("name", major.name())
			.bind("level", major.level().name())
			.bind("years", java.math.BigDecimal.valueOf(major.lengthOfSchooling()))
			.bind("institution", INSTITUTION_CODE)
			.bind("college", college.code())
			.fetch()
			.rowsUpdated();
		return row.concatWith(Flux.fromIterable(YEARS).concatMap(year -> Flux.range(1, classesPerYear(college, number))
			.concatMap(classNumber -> loadClass(college, number, major, year, classNumber))));
	}

	private Mono<Long> loadClass(DemoCollege college, int majorNumber, DemoMajor major, int year, int classNumber) {
		String code = "%d%s%02d%02d".formatted(year, college.code(), majorNumber, classNumber);
		String suffix = major.level() == Level.MASTER ? "级硕士" : major.level() == Level.BACHELOR_UPGRADE ? "级专升本" : "级";
		return db.sql("""
				INSERT INTO school_class (institution_id, college_id, major_id, code, name, admission_year)
				SELECT m.institution_id, m.college_id, m.id, :code, :name, :year
				FROM major m JOIN institution i ON i.id = m.institution_id
				WHERE i.code = :institution AND m.catalogue_code = :catalogueCode AND m.level = :level
				ON CONFLICT DO NOTHING""")
			.bind("code", code)
			.bind("name", major.name() + year + suffix + classNumber + "班")
			.bind("year", year)
			.bind("institution", INSTITUTION_CODE)
			.bind("catalogueCode", major.catalogueCode())
			.bind("level", major.level().name())
			.fetch()
			.rowsUpdated();
	}

	/** Larger majors (the first ones of each big college) run two classes a year: 100 classes in all. */
	private static int classesPerYear(DemoCollege college, int majorNumber) {
		int twoClassMajors = college.majors().size() >= 4 ? 3 : 2;
		return majorNumber <= twoClassMajors ? 2 : 1;
	}

	private static DemoMajor bachelor(String catalogueCode, String name) {
		return new DemoMajor(catalogueCode, name, Level.BACHELOR, 4);
	}

	private record DemoCollege(String code, String name, List<DemoMajor> majors) {
	}

	private record DemoMajor(String catalogueCode, String name, Level level, double lengthOfSchooling) {
	}

}
