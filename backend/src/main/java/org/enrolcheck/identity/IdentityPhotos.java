package org.enrolcheck.identity;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.upload.FileKind;
import org.enrolcheck.upload.UploadPurpose;
import org.enrolcheck.upload.UploadStore;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The photo holding the ID card: the claimant's own IDENTITY_PHOTO upload (jpg/png ≤ 300 KB, the
 * kind told by content — POST /api/uploads enforces both for this purpose). Decoded and encoded
 * afresh so EXIF (GPS, camera serials) never reaches SUPPORT, then kept for as long as the dispute.
 */
@Component
class IdentityPhotos {

	/** UploadStore's column label: the cleaned bytes are sealed under the upload's key. */
	static final String UPLOAD_COLUMN = org.enrolcheck.privacy.CipherLabels.UPLOAD_BYTES;

	private final UploadStore uploads;

	private final PersonalDataCipher cipher;

	private final DatabaseClient db;

	IdentityPhotos(UploadStore uploads, PersonalDataCipher cipher, DatabaseClient db) {
		this.uploads = uploads;
		this.cipher = cipher;
		this.db = db;
	}

	/** The cleaned photo of the owner's upload; null bytes when it cannot be decoded as an image. */
	record Cleaned(long uploadId, byte @Nullable [] bytes) {
	}

	Mono<Cleaned> open(long uploadId, String owner) {
		return uploads.open(uploadId, owner, UploadPurpose.IDENTITY_PHOTO)
			.publishOn(Schedulers.boundedElastic())
			.map(file -> new Cleaned(uploadId, reencode(file.bytes(), FileKind.of(file.bytes()))));
	}

	/** Stores the cleaned bytes over the upload's and keeps it past its one-day lease (caller's transaction). */
	Mono<Void> keep(Cleaned photo) {
		byte[] bytes = photo.bytes();
		return db.sql("UPDATE upload SET bytes_cipher = :bytes, byte_size = :size, expires_at = 'infinity' WHERE id = :id")
			.bind("bytes", cipher.encrypt(UPLOAD_COLUMN, bytes))
			.bind("size", (long) bytes.length)
			.bind("id", photo.uploadId())
			.then();
	}

	byte[] decrypt(byte[] sealed) {
		return cipher.decrypt(UPLOAD_COLUMN, sealed);
	}

	/** No metadata is passed to the writer, so only pixels survive; null when not an image. */
	static byte @Nullable [] reencode(byte[] bytes, FileKind kind) {
		if (kind != FileKind.JPEG && kind != FileKind.PNG) {
			return null;
		}
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
			if (image == null) {
				return null;
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
			return null;
		}
	}

}
