package org.enrolcheck.photo;

import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.record.EnrolmentRecord;
import org.enrolcheck.record.RecordService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/records/{recordId}/admission-photo|diploma-photo}: the decrypted image for staff
 * whose scope covers the record. Anyone else, an unknown id and a record without that photo all get
 * the same 404, so the answer never tells whether a record or photo exists. The frontend builds
 * these URLs from the record's global id and sends its bearer token.
 */
@RestController
class PhotoDownloadController {

	private final RecordService records;

	private final PhotoStore store;

	PhotoDownloadController(RecordService records, PhotoStore store) {
		this.records = records;
		this.store = store;
	}

	@GetMapping("/api/records/{recordId}/admission-photo")
	Mono<ResponseEntity<byte[]>> admissionPhoto(@PathVariable String recordId) {
		return photo(recordId, Which.ADMISSION);
	}

	@GetMapping("/api/records/{recordId}/diploma-photo")
	Mono<ResponseEntity<byte[]>> diplomaPhoto(@PathVariable String recordId) {
		return photo(recordId, Which.DIPLOMA);
	}

	private enum Which {

		ADMISSION, DIPLOMA;

		@Nullable Long of(EnrolmentRecord record) {
			return this == ADMISSION ? record.admissionPhotoId() : record.diplomaPhotoId();
		}

	}

	private Mono<ResponseEntity<byte[]>> photo(String recordId, Which which) {
		return Mono.fromCallable(() -> GlobalId.decode(recordId, "EnrolmentRecord"))
			.flatMap(records::record)
			.mapNotNull(which::of)
			.flatMap(store::content)
			.map(content -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(content.contentType()))
				.contentLength(content.bytes().length)
				// personal data: no shared cache may keep it, no browser may guess another type
				.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
				.header("X-Content-Type-Options", "nosniff")
				.body(content.bytes()))
			// out of scope, not staff, or an invalid id: indistinguishable from "no such photo"
			.onErrorResume(ApiException.class, hidden -> Mono.empty())
			.defaultIfEmpty(ResponseEntity.notFound().build());
	}

}
