package org.enrolcheck.photo;

import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.enrolcheck.privacy.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The SQL of photos: which numbers name which records, attaching photos, reading one back. */
@Repository
class PhotoStore {

	/** Bound into the ciphertext: photo bytes copied into another column do not decrypt. */
	static final String BYTES_COLUMN = "photo.bytes";

	/** Photos per statement: about 900 parameters and a few megabytes, well inside PostgreSQL's limits. */
	private static final int CHUNK = 100;

	private final DatabaseClient db;

	private final PersonalDataCipher cipher;

	PhotoStore(DatabaseClient db, PersonalDataCipher cipher) {
		this.db = db;
		this.cipher = cipher;
	}

	Mono<RecordNumbers> numbers(long institution) {
		return db.sql("SELECT id, examinee_number, student_number FROM enrolment_record WHERE institution_id = :institution")
			.bind("institution", institution)
			.map(row -> new Object[] { row.get("id", Long.class), row.get("examinee_number", String.class),
					row.get("student_number", String.class) })
			.all()
			.collectList()
			.map(rows -> {
				Map<String, Long> byExaminee = new HashMap<>(rows.size() * 2);
				Map<String, Long> byStudent = new HashMap<>(rows.size() * 2);
				for (Object[] row : rows) {
					byExaminee.put(((String) row[1]).strip(), (Long) row[0]);
					byStudent.put((String) row[2], (Long) row[0]);
				}
				return new RecordNumbers(byExaminee, byStudent);
			});
	}

	/**
	 * Locks the records (in id order, so two imports cannot deadlock) and returns the SHA-256 of each
	 * one's admission photo, empty for none. The institution's advisory lock is the roster import's
	 * too: a photo import and a roster commit or rollback of one institution never interleave.
	 */
	Mono<Map<Long, Optional<String>>> lock(long institution, Collection<Long> recordIds) {
		return db.sql("SELECT pg_advisory_xact_lock(:key)").bind("key", institution).fetch().rowsUpdated()
			.thenMany(db.sql("""
					SELECT r.id, p.sha256 FROM enrolment_record r LEFT JOIN photo p ON p.id = r.admission_photo_id
					WHERE r.institution_id = :institution AND r.id = ANY(:ids) ORDER BY r.id FOR UPDATE OF r""")
				.bind("institution", institution)
				.bind("ids", recordIds.toArray(Long[]::new))
				.map(row -> Map.entry(row.get("id", Long.class),
						Optional.ofNullable(row.get("sha256", byte[].class)).map(HexFormat.of()::formatHex)))
				.all())
			.collectMap(Map.Entry::getKey, Map.Entry::getValue);
	}

	/** One record's new photo, with the digest of the photo it replaces for the audit trail. */
	record Attachment(long recordId, StoredImage image, @Nullable String replacedSha256) {
	}

	/**
	 * Stores the photos encrypted, makes each its record's (a new version: a confirmed check is asked
	 * again) and writes an audit row per record: one statement per {@value #CHUNK} photos, not three
	 * per photo. Photo ids are drawn from the identity sequence first, so every statement knows which
	 * photo belongs to which record without relying on the order of RETURNING.
	 */
	Mono<Void> attach(List<Attachment> attachments, String actor, long institution, String reason) {
		if (attachments.isEmpty()) {
			return Mono.empty();
		}
		return db.sql("SELECT nextval(pg_get_serial_sequence('photo', 'id')) FROM generate_series(1, :n)")
			.bind("n", attachments.size())
			.map(row -> row.get(0, Long.class))
			.all()
			.collectList()
			.flatMapMany(ids -> Flux.range(0, (attachments.size() + CHUNK - 1) / CHUNK).concatMap(chunk -> {
				int from = chunk * CHUNK;
				int to = Math.min(attachments.size(), from + CHUNK);
				return attachChunk(attachments.subList(from, to), ids.subList(from, to), actor, institution, reason);
			}))
			.then();
	}

	private Mono<Long> attachChunk(List<Attachment> attachments, List<Long> photoIds, String actor, long institution,
			String reason) {
		StringJoiner rows = new StringJoiner(", ");
		for (int i = 0; i < attachments.size(); i++) {
			rows.add("(:photo%1$d, :record%1$d, :sha%1$d, :type%1$d, :width%1$d, :height%1$d, :size%1$d, :bytes%1$d, :was%1$d)"
				.formatted(i));
		}
		var spec = db.sql("""
				WITH incoming (photo_id, record_id, sha256, content_type, width, height, byte_size, bytes_cipher, replaced) AS (
				    VALUES %s),
				stored AS (
				    INSERT INTO photo (id, sha256, content_type, width, height, byte_size, bytes_cipher) OVERRIDING SYSTEM VALUE
				    SELECT photo_id, sha256, content_type, width, height, byte_size, bytes_cipher FROM incoming),
				attached AS (
				    UPDATE enrolment_record r SET admission_photo_id = i.photo_id, version = r.version + 1, updated_at = now()
				    FROM incoming i WHERE r.id = i.record_id)
				INSERT INTO audit_event (actor, action, entity_type, entity_id, institution_id, before, after, reason)
				SELECT :actor, :action, 'EnrolmentRecord', record_id, :institution,
				       jsonb_build_object('admissionPhotoSha256', replaced),
				       jsonb_build_object('admissionPhotoSha256', encode(sha256, 'hex')), :reason
				FROM incoming""".formatted(rows))
			.bind("actor", actor)
			.bind("action", PhotoImportService.AUDIT_ACTION)
			.bind("institution", institution)
			.bind("reason", reason);
		for (int i = 0; i < attachments.size(); i++) {
			StoredImage image = attachments.get(i).image();
			spec = spec.bind("photo" + i, photoIds.get(i))
				.bind("record" + i, attachments.get(i).recordId())
				.bind("sha" + i, image.sha256())
				.bind("type" + i, image.contentType())
				.bind("width" + i, image.width())
				.bind("height" + i, image.height())
				.bind("size" + i, image.bytes().length)
				.bind("bytes" + i, cipher.encrypt(BYTES_COLUMN, image.bytes()))
				.bind("was" + i, Parameter.fromOrEmpty(attachments.get(i).replacedSha256(), String.class));
		}
		return spec.fetch().rowsUpdated();
	}

	/** A photo's type and plain bytes. */
	record Content(String contentType, byte[] bytes) {
	}

	Mono<Content> content(long photoId) {
		return db.sql("SELECT content_type, bytes_cipher FROM photo WHERE id = :id")
			.bind("id", photoId)
			.map(row -> new Content(row.get("content_type", String.class),
					cipher.decrypt(BYTES_COLUMN, row.get("bytes_cipher", byte[].class))))
			.one();
	}

}
