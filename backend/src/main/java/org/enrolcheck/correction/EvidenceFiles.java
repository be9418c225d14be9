package org.enrolcheck.correction;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.List;

import javax.imageio.ImageIO;

import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.upload.FileKind;
import org.enrolcheck.upload.UploadPurpose;
import org.enrolcheck.upload.UploadStore;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Evidence files a student attaches: their own EVIDENCE uploads (jpg/png/pdf ≤ 1 MB, the kind told
 * by content — the upload endpoint enforces both). Images are decoded and encoded afresh so EXIF
 * (GPS, camera serials, thumbnails) never stays with a ticket; a PDF is kept as uploaded. Attached
 * files no longer expire with the upload's one-day lease.
 */
@Component
class EvidenceFiles {

	/** UploadStore's column label: the re-encoded bytes are sealed under the same key as the upload's. */
	private static final String UPLOAD_COLUMN = org.enrolcheck.privacy.CipherLabels.UPLOAD_BYTES;

	static final long MAX_BYTES = 1024 * 1024;

	private final UploadStore uploads;

	private final PersonalDataCipher cipher;

	private final DatabaseClient db;

	EvidenceFiles(UploadStore uploads, PersonalDataCipher cipher, DatabaseClient db) {
		this.uploads = uploads;
		this.cipher = cipher;
		this.db = db;
	}

	/** A checked evidence file ready to keep; {@code bytes} null when it stays as uploaded (PDF). */
	record Kept(long uploadId, byte[] bytes) {
	}

	/** Opens the owner's uploads; a missing or foreign one fails with NOT_FOUND. CPU work runs off the event loop. */
	Mono<List<Kept>> open(Collection<Long> uploadIds, String owner) {
		return Flux.fromIterable(uploadIds)
			.concatMap(id -> uploads.open(id, owner, UploadPurpose.EVIDENCE))
			.publishOn(Schedulers.boundedElastic())
			.map(file -> {
				if (file.bytes().length > MAX_BYTES) {
					throw new EvidenceRejected("EVIDENCE_TOO_LARGE");
				}
				FileKind kind = FileKind.of(file.bytes());
				return switch (kind) {
					case JPEG, PNG -> new Kept(file.upload().id(), reencode(file.bytes(), kind));
					case PDF -> new Kept(file.upload().id(), null);
					default -> throw new EvidenceRejected("EVIDENCE_TYPE_UNSUPPORTED");
				};
			})
			.collectList();
	}

	/** Stores the cleaned bytes and keeps the upload for as long as the ticket. Call inside the filing's transaction. */
	Mono<Void> keep(List<Kept> files) {
		return Flux.fromIterable(files).concatMap(file -> file.bytes() == null
				? db.sql("UPDATE upload SET expires_at = 'infinity' WHERE id = :id").bind("id", file.uploadId()).then()
				: db.sql("UPDATE upload SET bytes_cipher = :bytes, byte_size = :size, sha256 = :sha, expires_at = 'infinity'"
						+ " WHERE id = :id")
					.bind("bytes", cipher.encrypt(UPLOAD_COLUMN, file.bytes()))
					.bind("size", (long) file.bytes().length)
					.bind("sha", sha256(file.bytes()))
					.bind("id", file.uploadId())
					.then())
			.then();
	}

	/** No metadata is passed to the writer, so only pixels survive. */
	static byte[] reencode(byte[] bytes, FileKind kind) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (image == null) {
				throw new EvidenceRejected("EVIDENCE_UNDECODABLE");
			}
			if (kind == FileKind.JPEG && image.getColorModel().hasAlpha()) {
				BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
				rgb.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
				image = rgb;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
			ImageIO.write(image, kind == FileKind.JPEG ? "jpeg" : "png", out);
			return out.toByteArray();
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof EvidenceRejected rejected) {
				throw rejected;
			}
			throw new EvidenceRejected("EVIDENCE_UNDECODABLE");
		}
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An attached file that cannot serve as evidence; {@code code} is the field error's code. */
	static final class EvidenceRejected extends RuntimeException {

		final String code;

		EvidenceRejected(String code) {
			super(code, null, false, false);
			this.code = code;
		}

	}

}
