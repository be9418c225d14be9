package org.enrolcheck.reference;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.enrolcheck.demo.InstitutionCatalogue;
import org.enrolcheck.demo.SouthwestUniversityCatalogue;
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
 * Demo reference data for one institution (the demo catalogue: 8 colleges, 30 majors, 100
 * classes), loaded on first start when {@code enrolcheck.demo} is on. Every insert is
 * {@code ON CONFLICT DO NOTHING} inside one transaction, so a restart (or two replicas starting
 * together) never duplicates a row.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty("enrolcheck.demo")
class ReferenceDemoData implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(ReferenceDemoData.class);

	private final InstitutionCatalogue catalogue = new SouthwestUniversityCatalogue();

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
			log.info("Demo reference data loaded: " + inserted + " rows for institution " + catalogue.institutionCode());
		}
	}

	Mono<Long> load() {
		Mono<Long> institution = db.sql("INSERT INTO institution (code, name) VALUES (:code, :name) ON CONFLICT DO NOTHING")
			.bind("code", catalogue.institutionCode())
			.bind("name", catalogue.institutionName())
			.fetch()
			.rowsUpdated();
		return institution.concatWith(Flux.fromIterable(catalogue.colleges()).concatMap(this::loadCollege))
			.reduce(0L, Long::sum);
	}

	private Flux<Long> loadCollege(InstitutionCatalogue.College college) {
		Mono<Long> row = db.sql("""
				INSERT INTO college (institution_id, code, name)
				SELECT id, :code, :name FROM institution WHERE code = :institution
				ON CONFLICT DO NOTHING""")
			.bind("code", college.code())
			.bind("name", college.name())
			.bind("institution", catalogue.institutionCode())
			.fetch()
			.rowsUpdated();
		return row.concatWith(Flux.fromIterable(college.majors()).concatMap(major -> loadMajor(college, major)));
	}

	private Flux<Long> loadMajor(InstitutionCatalogue.College college, InstitutionCatalogue.Major major) {
		Mono<Long> row = db.sql("""
				INSERT INTO major (institution_id, college_id, catalogue_code, name, level, length_of_schooling)
				SELECT c.institution_id, c.id, :catalogueCode, :name, :level, :years
				FROM college c JOIN institution i ON i.id = c.institution_id
				WHERE i.code = :institution AND c.code = :college
				ON CONFLICT DO NOTHING""")
			.bind("catalogueCode", major.catalogueCode())
			.bind("name", major.name())
			.bind("level", major.level().name())
			.bind("years", major.lengthOfSchooling())
			.bind("institution", catalogue.institutionCode())
			.bind("college", college.code())
			.fetch()
			.rowsUpdated();
		return row.concatWith(Flux.fromIterable(major.classes()).concatMap(this::loadClass));
	}

	private Mono<Long> loadClass(InstitutionCatalogue.SchoolClass schoolClass) {
		String suffix = schoolClass.level() == Level.MASTER ? "级硕士"
				: schoolClass.level() == Level.BACHELOR_UPGRADE ? "级专升本" : "级";
		String classNumber = String.valueOf(Integer.parseInt(schoolClass.code().substring(schoolClass.code().length() - 2)));
		return db.sql("""
				INSERT INTO school_class (institution_id, college_id, major_id, code, name, admission_year)
				SELECT m.institution_id, m.college_id, m.id, :code, :name, :year
				FROM major m JOIN institution i ON i.id = m.institution_id
				WHERE i.code = :institution AND m.catalogue_code = :catalogueCode AND m.level = :level
				ON CONFLICT DO NOTHING""")
			.bind("code", schoolClass.code())
			.bind("name", schoolClass.majorName() + schoolClass.admissionYear() + suffix + classNumber + "班")
			.bind("year", schoolClass.admissionYear())
			.bind("institution", catalogue.institutionCode())
			.bind("catalogueCode", schoolClass.majorCode())
			.bind("level", schoolClass.level().name())
			.fetch()
			.rowsUpdated();
	}

}
