package org.enrolcheck.identity;

import java.util.Map;

import org.enrolcheck.audit.AuditEvent;
import org.enrolcheck.audit.AuditLog;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/identity-disputes/{id}/photo}: the photo holding the ID card a claimant submitted,
 * for SUPPORT only; every view is audited (who, which dispute).
 */
@RestController
class IdentityPhotoController {

	private final DatabaseClient db;

	private final IdentityPhotos photos;

	private final AuditLog audit;

	IdentityPhotoController(DatabaseClient db, IdentityPhotos photos, AuditLog audit) {
		this.db = db;
		this.photos = photos;
		this.audit = audit;
	}

	static String path(String disputeGlobalId) {
		return "/api/identity-disputes/" + disputeGlobalId + "/photo";
	}

	private record Sealed(String contentType, byte[] bytes) {
	}

	@GetMapping("/api/identity-disputes/{id}/photo")
	Mono<ResponseEntity<byte[]>> photo(@PathVariable String id) {
		return DisputeQueue.support().flatMap(viewer -> {
			long disputeId = GlobalId.decode(id, "IdentityDispute");
			return db.sql("""
					SELECT u.content_type, u.bytes_cipher FROM identity_dispute d JOIN upload u ON u.id = d.photo_upload_id
					WHERE d.id = :id""")
				.bind("id", disputeId)
				.map(row -> new Sealed(row.get("content_type", String.class), row.get("bytes_cipher", byte[].class)))
				.one()
				.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)))
				.flatMap(sealed -> audit.write(new AuditEvent(viewer.subject(), "VIEW_IDENTITY_PHOTO", "IdentityDispute", disputeId,
						null, null, Map.of("dispute", id), null))
					.then(Mono.fromCallable(() -> photos.decrypt(sealed.bytes())).subscribeOn(Schedulers.boundedElastic()))
					.map(bytes -> ResponseEntity.ok()
						.contentType(MediaType.parseMediaType(sealed.contentType()))
						.cacheControl(CacheControl.noStore().cachePrivate())
						.header("X-Content-Type-Options", "nosniff")
						.body(bytes)));
		}).onErrorResume(ApiException.class, ex -> Mono.just(ResponseEntity.status(switch (ex.code()) {
			case UNAUTHENTICATED -> 401;
			case NOT_FOUND -> 404;
			case INVALID_ID -> 400;
			default -> 403;
		}).build()));
	}

}
