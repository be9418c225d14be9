package org.enrolcheck.photo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.enrolcheck.upload.UploadProperties;
import org.enrolcheck.upload.UploadPurpose;
import org.enrolcheck.upload.UploadStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A REGISTRAR's import of admission photos from their own PHOTO_ZIP upload. The archive is read
 * and every image decoded before the transaction opens (the transaction holds a connection and
 * must not wait on CPU work); then all photos, record versions and audit rows are written in one
 * transaction, so a failure leaves every record as it was.
 */
@Service
class PhotoImportService {

	static final String AUDIT_ACTION = "PHOTO_IMPORT";

	private static final Log log = LogFactory.getLog(PhotoImportService.class);

	private final UploadStore uploads;

	private final PhotoStore store;

	private final TransactionalOperator transaction;

	private final ArchiveLimits limits;

	PhotoImportService(UploadStore uploads, PhotoStore store, TransactionalOperator transaction,
			UploadProperties uploadLimits) {
		this.uploads = uploads;
		this.store = store;
		this.transaction = transaction;
		this.limits = ArchiveLimits.forUploadLimit(uploadLimits.limit(UploadPurpose.PHOTO_ZIP));
	}

	Mono<PhotoImportOutcome> importAdmissionPhotos(long uploadId) {
		return Viewer.registrar().flatMap(viewer -> uploads.open(uploadId, viewer.subject(), UploadPurpose.PHOTO_ZIP)
			.zipWith(store.numbers(institution(viewer)))
			// inflating and re-encoding is blocking CPU work: never on an event loop
			.publishOn(Schedulers.boundedElastic())
			.map(fileAndNumbers -> PhotoSorting.sort(fileAndNumbers.getT1().bytes(), fileAndNumbers.getT2(), limits))
			.flatMap(result -> switch (result) {
				case PhotoSorting.Rejected rejected -> Mono.just(new PhotoImportOutcome.Rejected(rejected.rejection()));
				case PhotoSorting.Sorted sorted -> write(viewer, uploadId, sorted);
			}));
	}

	private Mono<PhotoImportOutcome> write(Viewer viewer, long uploadId, PhotoSorting.Sorted sorted) {
		long institution = institution(viewer);
		if (sorted.photos().isEmpty()) {
			return Mono.just(new PhotoImportOutcome.Imported(0, 0, 0, sorted.unmatched()));
		}
		List<Long> recordIds = sorted.photos().stream().map(MatchedPhoto::recordId).toList();
		return store.lock(institution, recordIds).flatMap(current -> {
			List<UnmatchedPhoto> unmatched = new ArrayList<>(sorted.unmatched());
			List<MatchedPhoto> changes = new ArrayList<>();
			int replaced = 0;
			int unchanged = 0;
			for (MatchedPhoto photo : sorted.photos()) {
				Optional<String> before = current.get(photo.recordId());
				if (before == null) {
					// removed since the archive was read
					unmatched.add(new UnmatchedPhoto(photo.name().shown(), UnmatchedReason.NO_SUCH_RECORD));
				}
				else if (before.filter(photo.image().sha256Hex()::equals).isPresent()) {
					unchanged++;
				}
				else {
					replaced += before.isPresent() ? 1 : 0;
					changes.add(photo);
				}
			}
			PhotoImportOutcome.Imported outcome = new PhotoImportOutcome.Imported(changes.size() + unchanged, replaced,
					unchanged, List.copyOf(unmatched));
			// only digests enter the audit trail; the photo and its file name (a personal number) do not
			List<PhotoStore.Attachment> attachments = changes.stream()
				.map(photo -> new PhotoStore.Attachment(photo.recordId(), photo.image(),
						current.get(photo.recordId()).orElse(null)))
				.toList();
			return store.attach(attachments, viewer.subject(), institution, "photo archive upload " + uploadId)
				.then(Mono.fromRunnable(() -> log.info("Admission photos of institution " + institution + ": "
						+ changes.size() + " written (" + outcome.replaced() + " replaced), " + outcome.unchanged()
						+ " unchanged, " + outcome.unmatched().size() + " not imported")))
				.thenReturn(outcome);
		}).as(transaction::transactional).map(PhotoImportOutcome.class::cast);
	}

	/** The registrar's institution; photo imports are refused to everyone else. */

	private static long institution(Viewer viewer) {
		Long institution = viewer.institutionId();
		if (institution == null) {
			throw new ApiException(ErrorCode.FORBIDDEN);
		}
		return institution;
	}

}
