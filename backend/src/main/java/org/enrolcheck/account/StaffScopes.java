package org.enrolcheck.account;

import java.util.List;

import org.enrolcheck.graphql.ValidationFailed.FieldError;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Checks that a staff scope names only colleges and classes of the registrar's own institution. */
@Component
class StaffScopes {

	private final DatabaseClient db;

	StaffScopes(DatabaseClient db) {
		this.db = db;
	}

	Flux<FieldError> unknownScope(long institution, List<Long> colleges, List<Long> classes, StaffRules rules) {
		Mono<FieldError> college = outside("college", institution, colleges).flatMap(
				bad -> bad ? Mono.just(rules.unknownCollege()) : Mono.empty());
		Mono<FieldError> schoolClass = outside("school_class", institution, classes).flatMap(
				bad -> bad ? Mono.just(rules.unknownClass()) : Mono.empty());
		return college.concatWith(schoolClass);
	}

	private Mono<Boolean> outside(String table, long institution, List<Long> ids) {
		if (ids.isEmpty()) {
			return Mono.just(false);
		}
		return db.sql("SELECT count(*) FROM " + table + " WHERE id = ANY(:ids) AND institution_id = :institution")
			.bind("ids", ids.toArray(Long[]::new))
			.bind("institution", institution)
			.map(row -> row.get(0, Long.class) < ids.size())
			.one();
	}

}
