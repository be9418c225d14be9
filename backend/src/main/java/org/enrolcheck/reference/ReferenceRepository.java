package org.enrolcheck.reference;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

import io.r2dbc.spi.Readable;
import org.enrolcheck.db.Where;
import org.enrolcheck.graphql.Paging;
import org.enrolcheck.validation.Level;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/** SQL for reference data: keyset pages for the lists, one {@code = ANY(:ids)} statement per batch. */
@Repository
class ReferenceRepository {

	private static final String INSTITUTION = "SELECT id, code, name FROM institution";

	private static final String COLLEGE = "SELECT id, institution_id, code, name FROM college";

	private static final String MAJOR = "SELECT id, institution_id, college_id, catalogue_code, name, level, length_of_schooling FROM major";

	private static final String SCHOOL_CLASS = "SELECT id, institution_id, college_id, major_id, code, name, admission_year FROM school_class";

	private final DatabaseClient db;

	ReferenceRepository(DatabaseClient db) {
		this.db = db;
	}

	Flux<Institution> institutions(Where where, Paging paging) {
		if (!paging.firstPage()) {
			where.and("(code, id) > (:afterCode, :afterId)",
					Map.of("afterCode", paging.afterString("code"), "afterId", paging.afterLong("id")));
		}
		return page(INSTITUTION, where, "code, id", paging, ReferenceRepository::institution);
	}

	Flux<College> colleges(Where where, Paging paging) {
		return page(COLLEGE, afterInstitutionAndCode(where, paging, "code"), "institution_id, code, id", paging,
				ReferenceRepository::college);
	}

	Flux<Major> majors(Where where, Paging paging) {
		return page(MAJOR, afterInstitutionAndCode(where, paging, "catalogue_code"), "institution_id, catalogue_code, id",
				paging, ReferenceRepository::major);
	}

	Flux<SchoolClass> classes(Where where, Paging paging) {
		return page(SCHOOL_CLASS, afterInstitutionAndCode(where, paging, "code"), "institution_id, code, id", paging,
				ReferenceRepository::schoolClass);
	}

	/** Colleges, majors and classes page by (institution, code, id); the cursor holds those three keys. */
	private static Where afterInstitutionAndCode(Where where, Paging paging, String codeColumn) {
		if (paging.firstPage()) {
			return where;
		}
		return where.and("(institution_id, " + codeColumn + ", id) > (:afterInstitution, :afterCode, :afterId)",
				Map.of("afterInstitution", paging.afterLong("institution"), "afterCode", paging.afterString("code"),
						"afterId", paging.afterLong("id")));
	}

	Flux<Institution> institutionsByIds(Collection<Long> ids) {
		return byIds(INSTITUTION + " WHERE id = ANY(:ids)", ids, ReferenceRepository::institution);
	}

	Flux<College> collegesByIds(Collection<Long> ids) {
		return byIds(COLLEGE + " WHERE id = ANY(:ids)", ids, ReferenceRepository::college);
	}

	Flux<College> collegesByInstitutionIds(Collection<Long> ids) {
		return byIds(COLLEGE + " WHERE institution_id = ANY(:ids) ORDER BY code, id", ids, ReferenceRepository::college);
	}

	Flux<Major> majorsByIds(Collection<Long> ids) {
		return byIds(MAJOR + " WHERE id = ANY(:ids)", ids, ReferenceRepository::major);
	}

	Flux<Major> majorsByCollegeIds(Collection<Long> ids) {
		return byIds(MAJOR + " WHERE college_id = ANY(:ids) ORDER BY catalogue_code, id", ids, ReferenceRepository::major);
	}

	Flux<SchoolClass> classesByIds(Collection<Long> ids) {
		return byIds(SCHOOL_CLASS + " WHERE id = ANY(:ids)", ids, ReferenceRepository::schoolClass);
	}

	Flux<Institution> institutionByCode(String code) {
		return db.sql(INSTITUTION + " WHERE code = :code").bind("code", code).map(ReferenceRepository::institution).all();
	}

	private <T> Flux<T> page(String select, Where where, String orderBy, Paging paging, Function<Readable, T> mapper) {
		String sql = select + where.sql() + " ORDER BY " + orderBy + " LIMIT :limit";
		return where.bindTo(db.sql(sql)).bind("limit", paging.limit() + 1).map(mapper).all();
	}

	private <T> Flux<T> byIds(String sql, Collection<Long> ids, Function<Readable, T> mapper) {
		return db.sql(sql).bind("ids", ids.toArray(Long[]::new)).map(mapper).all();
	}

	private static Institution institution(Readable row) {
		return new Institution(row.get("id", Long.class), row.get("code", String.class), row.get("name", String.class));
	}

	private static College college(Readable row) {
		return new College(row.get("id", Long.class), row.get("institution_id", Long.class),
				row.get("code", String.class), row.get("name", String.class));
	}

	private static Major major(Readable row) {
		return new Major(row.get("id", Long.class), row.get("institution_id", Long.class),
				row.get("college_id", Long.class), row.get("catalogue_code", String.class),
				row.get("name", String.class), Level.valueOf(row.get("level", String.class)),
				row.get("length_of_schooling", java.math.BigDecimal.class).doubleValue());
	}

	private static SchoolClass schoolClass(Readable row) {
		return new SchoolClass(row.get("id", Long.class), row.get("institution_id", Long.class),
				row.get("college_id", Long.class), row.get("major_id", Long.class), row.get("code", String.class),
				row.get("name", String.class), row.get("admission_year", Short.class));
	}

}
