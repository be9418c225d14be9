package org.enrolcheck.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.enrolcheck.graphql.Paging;
import org.enrolcheck.record.RecordService;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the audit log within the viewer's {@link AuditScope}, and records' trails. */
@Service
class AuditReader {

	private static final Set<Role> TRAIL_READERS = Set.of(Role.REGISTRAR, Role.COLLEGE_ADMIN, Role.COUNSELLOR);

	private final AuditRepository repository;

	private final ActorNames actors;

	private final RecordService records;

	private final AuditLog audit;

	AuditReader(AuditRepository repository, ActorNames actors, RecordService records, AuditLog audit) {
		this.repository = repository;
		this.actors = actors;
		this.records = records;
		this.audit = audit;
	}

	Mono<Window<AuditEntry>> events(AuditFilter filter, Paging paging) {
		return Viewer.current().flatMap(viewer -> {
			AuditScope scope = AuditScope.of(viewer);
			AuditFilter given = filter != null ? filter : AuditFilter.NONE;
			return actors.subjectsFor(given.actor())
				.flatMap(subjects -> repository.page(scope.restrict(given.where(subjects)), paging).collectList())
				.map(rows -> paging.window(rows, AuditRepository.CURSOR));
		});
	}

	/**
	 * The export (REGISTRAR only): its own audit event is written first, so an export that fails
	 * half-way still shows that it was asked for.
	 */
	Mono<Flux<AuditEntry>> export(AuditFilter filter) {
		return Viewer.registrar().flatMap(viewer -> {
			AuditScope scope = AuditScope.of(viewer);
			return audit.write(new AuditEvent(viewer.subject(), "EXPORT_AUDIT_LOG", "Institution", viewer.institutionId(),
						viewer.institutionId(), null, filter.described(), null))
				.then(actors.subjectsFor(filter.actor()))
				.map(subjects -> repository.all(scope.restrict(filter.where(subjects))));
		});
	}

	/**
	 * Trail pages for staff who may read the records: records outside the viewer's scope get an
	 * empty page, and a viewer who is not staff (a student, an integrator, an analyst) is refused.
	 */
	Mono<Map<TrailKey, Window<AuditEntry>>> trails(Set<TrailKey> keys) {
		List<TrailKey> ordered = List.copyOf(keys);
		return Viewer.current().flatMap(viewer -> {
			if (TRAIL_READERS.stream().noneMatch(viewer::has)) {
				return Mono.error(viewer.refusal());
			}
			return records.recordsByIds(ordered.stream().map(TrailKey::recordId).distinct().toList())
				.flatMap(visible -> {
					List<TrailKey> allowed = ordered.stream().filter(key -> visible.containsKey(key.recordId())).toList();
					Mono<List<List<AuditEntry>>> pages = allowed.isEmpty() ? Mono.just(List.of()) : repository.trails(allowed);
					return pages.map(answers -> {
						Map<TrailKey, Window<AuditEntry>> windows = new HashMap<>();
						for (int i = 0; i < allowed.size(); i++) {
							windows.put(allowed.get(i), new Paging(allowed.get(i).limit(), Map.of()).window(answers.get(i),
									AuditRepository.CURSOR));
						}
						ordered.stream().filter(key -> !windows.containsKey(key))
							.forEach(key -> windows.put(key, Window.from(List.of(), index -> null, false)));
						return windows;
					});
				});
		});
	}

}
