package org.enrolcheck.reference;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.enrolcheck.db.Batches;
import org.enrolcheck.db.Where;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Paging;
import org.enrolcheck.reference.ReferenceFilters.CollegeFilter;
import org.enrolcheck.reference.ReferenceFilters.MajorFilter;
import org.enrolcheck.reference.ReferenceFilters.SchoolClassFilter;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads reference data. It is public, so there is no access rule here beyond the query limits. */
@Service
public class ReferenceService {

	private final ReferenceRepository repository;

	ReferenceService(ReferenceRepository repository) {
		this.repository = repository;
	}

	Mono<Window<Institution>> institutions(Paging paging) {
		return window(repository.institutions(new Where(), paging), paging,
				i -> Map.of("code", i.code(), "id", i.id()));
	}

	Mono<Institution> institution(String code) {
		return repository.institutionByCode(code).next();
	}

	Mono<Window<College>> colleges(CollegeFilter filter, Paging paging) {
		CollegeFilter f = filter != null ? filter : new CollegeFilter(null, null);
		Where where = new Where()
			.and("institution_id = :institutionId", "institutionId", GlobalId.decodeOptional(f.institutionId(), "Institution"))
			.containsText(f.text(), "name", "code");
		return window(repository.colleges(where, paging), paging,
				c -> Map.of("institution", c.institutionId(), "code", c.code(), "id", c.id()));
	}

	Mono<Window<Major>> majors(MajorFilter filter, Paging paging) {
		MajorFilter f = filter != null ? filter : new MajorFilter(null, null, null, null);
		Where where = new Where()
			.and("institution_id = :institutionId", "institutionId", GlobalId.decodeOptional(f.institutionId(), "Institution"))
			.and("college_id = :collegeId", "collegeId", GlobalId.decodeOptional(f.collegeId(), "College"))
			.and("level = :level", "level", f.level() != null ? f.level().name() : null)
			.containsText(f.text(), "name", "catalogue_code");
		return window(repository.majors(where, paging), paging,
				m -> Map.of("institution", m.institutionId(), "code", m.catalogueCode(), "id", m.id()));
	}

	Mono<Window<SchoolClass>> classes(SchoolClassFilter filter, Paging paging) {
		SchoolClassFilter f = filter != null ? filter : new SchoolClassFilter(null, null, null, null, null);
		Where where = new Where()
			.and("institution_id = :institutionId", "institutionId", GlobalId.decodeOptional(f.institutionId(), "Institution"))
			.and("college_id = :collegeId", "collegeId", GlobalId.decodeOptional(f.collegeId(), "College"))
			.and("major_id = :majorId", "majorId", GlobalId.decodeOptional(f.majorId(), "Major"))
			.and("admission_year = :admissionYear", "admissionYear", f.admissionYear())
			.containsText(f.text(), "name", "code");
		return window(repository.classes(where, paging), paging,
				c -> Map.of("institution", c.institutionId(), "code", c.code(), "id", c.id()));
	}

	Mono<Map<Institution, List<College>>> collegesOf(List<Institution> institutions) {
		return repository.collegesByInstitutionIds(institutions.stream().map(Institution::id).toList())
			.collectMultimap(College::institutionId)
			.map(byId -> Batches.children(institutions, Institution::id, byId));
	}

	Mono<Map<College, List<Major>>> majorsOf(List<College> colleges) {
		return repository.majorsByCollegeIds(colleges.stream().map(College::id).toList())
			.collectMultimap(Major::collegeId)
			.map(byId -> Batches.children(colleges, College::id, byId));
	}

	<P> Mono<Map<P, Institution>> institutionsOf(List<P> parents, Function<P, Long> key) {
		return repository.institutionsByIds(parents.stream().map(key).distinct().toList())
			.collectMap(Institution::id)
			.map(byId -> Batches.parents(parents, key, byId));
	}

	<P> Mono<Map<P, College>> collegesOf(List<P> parents, Function<P, Long> key) {
		return repository.collegesByIds(parents.stream().map(key).distinct().toList())
			.collectMap(College::id)
			.map(byId -> Batches.parents(parents, key, byId));
	}

	<P> Mono<Map<P, Major>> majorsOf(List<P> parents, Function<P, Long> key) {
		return repository.majorsByIds(parents.stream().map(key).distinct().toList())
			.collectMap(Major::id)
			.map(byId -> Batches.parents(parents, key, byId));
	}

	Mono<?> find(String typeName, long id) {
		List<Long> ids = List.of(id);
		return switch (typeName) {
			case "Institution" -> repository.institutionsByIds(ids).next();
			case "College" -> repository.collegesByIds(ids).next();
			case "Major" -> repository.majorsByIds(ids).next();
			case "SchoolClass" -> repository.classesByIds(ids).next();
			default -> Mono.empty();
		};
	}

	private static <T> Mono<Window<T>> window(Flux<T> rows, Paging paging, Function<T, Map<String, Object>> keys) {
		return rows.collectList().map(list -> paging.window(list, keys));
	}

}
