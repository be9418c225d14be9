package org.enrolcheck.correction;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.enrolcheck.audit.AuditEvent;
import org.enrolcheck.audit.AuditLog;
import org.enrolcheck.db.Where;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/tickets/evidence/{id}}: an evidence file of a ticket, for the student who filed
 * it and for its reviewers (REGISTRAR, COLLEGE_ADMIN of the ticket's college; a staff view is
 * audited). Counsellors read tickets but not the identity documents behind them.
 */
@RestController
class EvidenceDownloadController {

	private static final String UPLOAD_COLUMN = org.enrolcheck.privacy.CipherLabels.UPLOAD_BYTES;

	private final DatabaseClient db;

	private final PersonalDataCipher cipher;

	private final AuditLog audit;

	EvidenceDownloadController(DatabaseClient db, PersonalDataCipher cipher, AuditLog audit) {
		this.db = db;
		this.cipher = cipher;
		this.audit = audit;
	}

	private record Sealed(long ticketId, long institutionId, String fileName, String contentType, byte[] bytes) {
	}

	@GetMapping("/api/tickets/evidence/{id}")
	Mono<ResponseEntity<byte[]>> evidence(@PathVariable String id) {
		return Viewer.current().flatMap(viewer -> {
			boolean student = TicketScope.isStudent(viewer);
			if (!student && !viewer.has(Role.REGISTRAR) && !viewer.has(Role.COLLEGE_ADMIN)) {
				return Mono.error(viewer.refusal());
			}
			Where where = TicketScope.staffOrStudent(viewer).and("te.upload_id = :upload", "upload", GlobalId.decode(id, "Upload"));
			return where.bindTo(db.sql("""
					SELECT t.id, t.institution_id, u.file_name, u.content_type, u.bytes_cipher FROM ticket_evidence te
					JOIN ticket_item i ON i.id = te.item_id JOIN ticket t ON t.id = i.ticket_id JOIN upload u ON u.id = te.upload_id"""
					+ where.sql() + " LIMIT 1"))
				.map(row -> new Sealed(row.get("id", Long.class), row.get("institution_id", Long.class),
						row.get("file_name", String.class), row.get("content_type", String.class),
						row.get("bytes_cipher", byte[].class)))
				.one()
				.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)))
				.flatMap(sealed -> (student ? Mono.<Void>empty()
						: audit.write(new AuditEvent(viewer.subject(), "VIEW_EVIDENCE", "CorrectionTicket", sealed.ticketId(),
								sealed.institutionId(), null, Map.of("upload", id), null)))
					.then(Mono.fromCallable(() -> cipher.decrypt(UPLOAD_COLUMN, sealed.bytes()))
						.subscribeOn(Schedulers.boundedElastic()))
					.map(bytes -> ResponseEntity.ok()
						.contentType(MediaType.parseMediaType(sealed.contentType()))
						.cacheControl(CacheControl.noStore().cachePrivate())
						.header("X-Content-Type-Options", "nosniff")
						.header(HttpHeaders.CONTENT_DISPOSITION,
								ContentDisposition.inline().filename(sealed.fileName(), StandardCharsets.UTF_8).build().toString())
						.body(bytes)));
		}).onErrorResume(ApiException.class, ex -> Mono.just(ResponseEntity.status(switch (ex.code()) {
			case UNAUTHENTICATED -> 401;
			case NOT_FOUND -> 404;
			case INVALID_ID -> 400;
			default -> 403;
		}).build()));
	}

}
