package org.enrolcheck.reference;

import java.util.List;
import java.util.Map;

import org.enrolcheck.graphql.Paging;
import org.enrolcheck.graphql.QueryLimitsProperties;
import org.enrolcheck.reference.ReferenceFilters.CollegeFilter;
import org.enrolcheck.reference.ReferenceFilters.MajorFilter;
import org.enrolcheck.reference.ReferenceFilters.SchoolClassFilter;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Reference data queries and their batched relations (one SQL statement per field per request). */
@Controller
class ReferenceController {

	private final ReferenceService reference;

	private final QueryLimitsProperties limits;

	ReferenceController(ReferenceService reference, QueryLimitsProperties limits) {
		this.reference = reference;
		this.limits = limits;
	}

	@QueryMapping
	Mono<Window<Institution>> institutions(ScrollSubrange subrange) {
		return reference.institutions(Paging.of(subrange, limits));
	}

	@QueryMapping
	Mono<Institution> institution(@Argument String code) {
		return reference.institution(code);
	}

	@QueryMapping
	Mono<Window<College>> colleges(@Argument CollegeFilter filter, ScrollSubrange subrange) {
		return reference.colleges(filter, Paging.of(subrange, limits));
	}

	@QueryMapping
	Mono<Window<Major>> majors(@Argument MajorFilter filter, ScrollSubrange subrange) {
		return reference.majors(filter, Paging.of(subrange, limits));
	}

	@QueryMapping
	Mono<Window<SchoolClass>> classes(@Argument SchoolClassFilter filter, ScrollSubrange subrange) {
		return reference.classes(filter, Paging.of(subrange, limits));
	}

	@BatchMapping(typeName = "Institution", field = "colleges")
	Mono<Map<Institution, List<College>>> institutionColleges(List<Institution> institutions) {
		return reference.collegesOf(institutions);
	}

	@BatchMapping(typeName = "College", field = "institution")
	Mono<Map<College, Institution>> collegeInstitution(List<College> colleges) {
		return reference.institutionsOf(colleges, College::institutionId);
	}

	@BatchMapping(typeName = "College", field = "majors")
	Mono<Map<College, List<Major>>> collegeMajors(List<College> colleges) {
		return reference.majorsOf(colleges);
	}

	@BatchMapping(typeName = "Major", field = "college")
	Mono<Map<Major, College>> majorCollege(List<Major> majors) {
		return reference.collegesOf(majors, Major::collegeId);
	}

	@BatchMapping(typeName = "SchoolClass", field = "major")
	Mono<Map<SchoolClass, Major>> classMajor(List<SchoolClass> classes) {
		return reference.majorsOf(classes, SchoolClass::majorId);
	}

	@BatchMapping(typeName = "SchoolClass", field = "college")
	Mono<Map<SchoolClass, College>> classCollege(List<SchoolClass> classes) {
		return reference.collegesOf(classes, SchoolClass::collegeId);
	}

}
