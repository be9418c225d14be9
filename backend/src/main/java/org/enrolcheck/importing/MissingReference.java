package org.enrolcheck.importing;

import java.util.List;

import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Creates the colleges, majors and classes a roster names but the institution lacks, when the
 * registrar asked for it. Each statement skips what exists, so it is safe to run on every commit.
 */
final class MissingReference {

	private MissingReference() {
	}

	static Mono<Void> create(DatabaseClient db, long institution, List<RosterRow> rows) {
		List<RosterRow> withCode = rows.stream().filter(row -> row.majorCode() != null).toList();
		Mono<Void> colleges = db.sql(ImportMerge.MISSING_COLLEGES)
			.bind("institution", institution)
			.bind("names", rows.stream().map(RosterRow::collegeName).distinct().toArray(String[]::new))
			.then();
		Mono<Void> majors = db.sql(ImportMerge.MISSING_MAJORS)
			.bind("institution", institution)
			.bind("colleges", withCode.stream().map(RosterRow::collegeName).toArray(String[]::new))
			.bind("codes", withCode.stream().map(RosterRow::majorCode).toArray(String[]::new))
			.bind("names", withCode.stream().map(RosterRow::majorName).toArray(String[]::new))
			.bind("levels", withCode.stream().map(row -> row.level().name()).toArray(String[]::new))
			.bind("years", withCode.stream().map(RosterRow::lengthOfSchooling).toArray(java.math.BigDecimal[]::new))
			.then();
		Mono<Void> classes = db.sql(ImportMerge.MISSING_CLASSES)
			.bind("institution", institution)
			.bind("codes", withCode.stream().map(RosterRow::classCode).toArray(String[]::new))
			.bind("majorCodes", withCode.stream().map(RosterRow::majorCode).toArray(String[]::new))
			.bind("levels", withCode.stream().map(row -> row.level().name()).toArray(String[]::new))
			.bind("names", withCode.stream().map(row -> row.majorName() + row.admissionYear() + "级" + row.classCode())
				.toArray(String[]::new))
			.bind("years", withCode.stream().map(row -> (short) row.admissionYear()).toArray(Short[]::new))
			.then();
		return colleges.then(majors).then(classes);
	}

}
