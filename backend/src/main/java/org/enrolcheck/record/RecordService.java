package org.enrolcheck.record;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.enrolcheck.audit.AuditEvent;
import org.enrolcheck.audit.AuditLog;
import org.enrolcheck.db.Batches;
import org.enrolcheck.db.Where;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Paging;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.enrolcheck.validation.Level;
import org.enrolcheck.validation.RecordStatus;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads records within the viewer's scope, and reveals an ID number with an audited reason. */
@Service
public class RecordService {

	static final String ID_NUMBER_COLUMN = org.enrolcheck.privacy.CipherLabels.ID_NUMBER;

	private final RecordRepository repository;

	private final PersonalDataCipher cipher;

	private final AuditLog audit;

	private final TransactionalOperator transaction;

	RecordService(RecordRepository repository, PersonalDataCipher cipher, AuditLog audit,
			TransactionalOperator transaction) {
		this.repository = repository;
		this.cipher = cipher;
		this.audit = audit;
		this.transaction = transaction;
	}

	/** The filters of {@code records}, ids still global. */
	record Filter(String collegeId, String majorId, String classId, Level level, RecordStatus status,
			Integer admissionYear, String text) {

		static final Filter NONE = new Filter(null, null, null, null, null, null, null);

		Where where() {
			return new Where()
				.and("r.college_id = :collegeId", "collegeId", GlobalId.decodeOptional(collegeId, "College"))
				.and("r.major_id = :majorId", "majorId", GlobalId.decodeOptional(majorId, "Major"))
				.and("r.class_id = :classId", "classId", GlobalId.decodeOptional(classId, "SchoolClass"))
				.and("r.level = :level", "level", level != null ? level.name() : null)
				.and("r.status = :status", "status", status != null ? status.name() : null)
				.and("r.admission_year = :admissionYear", "admissionYear", admissionYear)
				.containsText(text, "r.name", "r.student_number", "r.examinee_number");
		}

	}

	Mono<Window<EnrolmentRecord>> records(Filter filter, Paging paging) {
		return Viewer.current().flatMap(viewer -> {
			Where where = RecordScope.of(viewer).restrict((filter != null ? filter : Filter.NONE).where());
			return repository.page(where, paging).collectList()
				.map(rows -> paging.window(rows, RecordRepository::cursorKeys));
		});
	}

	/** Every record of the filter within the viewer's scope, for an export. */
	Mono<Flux<EnrolmentRecord>> export(Filter filter) {
		return Viewer.current().map(viewer -> repository.all(RecordScope.of(viewer).restrict((filter != null ? filter : Filter.NONE).where())));
	}

	/**
	 * The records linked to an account (same name and ID number), for the account's owner only: a
	 * student may hold several (专科, then 专升本, then 硕士). Anyone else's account shows none.
	 */
	public Mono<List<EnrolmentRecord>> linkedTo(long accountId) {
		return Viewer.current().flatMap(viewer -> {
			boolean own = viewer.has(Role.STUDENT) && viewer.subject().equals(GlobalId.encode("Account", accountId));
			return own ? repository.all(new RecordScope.LinkedTo(accountId).restrict(new Where())).collectList()
					: Mono.just(List.<EnrolmentRecord>of());
		});
	}

	/** The records among {@code ids} the viewer's scope covers, in one statement (for batch fields). */
	public Mono<Map<Long, EnrolmentRecord>> recordsByIds(java.util.Collection<Long> ids) {
		return Viewer.current().flatMap(viewer -> repository.all(RecordScope.of(viewer).restrict(new Where())
			.and("r.id = ANY(:ids)", "ids", ids.toArray(Long[]::new))).collectMap(EnrolmentRecord::id));
	}

	/** The record if the viewer's scope covers it; empty when it does not exist or is out of scope. */
	public Mono<EnrolmentRecord> record(long id) {
		return Viewer.current().flatMap(viewer -> repository.find(RecordScope.ofStaffOrStudent(viewer).restrict(new Where())
			.and("r.id = :id", "id", id)));
	}

	Mono<Map<EnrolmentRecord, Photo>> admissionPhotos(List<EnrolmentRecord> records) {
		return photos(records, EnrolmentRecord::admissionPhotoId);
	}

	Mono<Map<EnrolmentRecord, Photo>> diplomaPhotos(List<EnrolmentRecord> records) {
		return photos(records, EnrolmentRecord::diplomaPhotoId);
	}

	/**
	 * The full ID number for staff whose role allows it (REGISTRAR, COLLEGE_ADMIN) within their scope.
	 * The read and its reason are audited in the same transaction as the decryption is released; a
	 * missing reason (under 4 characters) gives an empty result, checked after who is asking.
	 */
	Mono<Optional<String>> revealIdNumber(long recordId, String reason) {
		return Viewer.current().flatMap(viewer -> {
			if (!viewer.has(Role.REGISTRAR) && !viewer.has(Role.COLLEGE_ADMIN)) {
				return Mono.error(new ApiException(viewer.isAnonymous() ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN));
			}
			if (reason == null || reason.strip().length() < 4) {
				return Mono.just(Optional.<String>empty());
			}
			return record(recordId)
				.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)))
				.flatMap(record -> audit.write(new AuditEvent(viewer.subject(), "REVEAL_ID_NUMBER", "EnrolmentRecord",
						record.id(), record.institutionId(), null, null, reason.strip()))
					.then(repository.idNumberCipher(record.id())))
				.map(stored -> Optional.of(cipher.decryptText(ID_NUMBER_COLUMN, stored)))
				.as(transaction::transactional);
		});
	}

	private Mono<Map<EnrolmentRecord, Photo>> photos(List<EnrolmentRecord> records,
			java.util.function.Function<EnrolmentRecord, Long> photoId) {
		List<EnrolmentRecord> withPhoto = records.stream().filter(record -> photoId.apply(record) != null).toList();
		if (withPhoto.isEmpty()) {
			return Mono.just(Map.of());
		}
		return repository.photos(withPhoto.stream().map(photoId).distinct().toList())
			.collectMap(Photo::id)
			.map(byId -> Batches.parents(withPhoto, photoId, byId));
	}

}
