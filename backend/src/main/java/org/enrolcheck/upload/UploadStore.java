package org.enrolcheck.upload;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Keeps uploaded bytes, encrypted, until a mutation consumes them; only their owner may use them. */
@Service
public class UploadStore {

	private static final String COLUMN = org.enrolcheck.privacy.CipherLabels.UPLOAD_BYTES;

	private final DatabaseClient db;

	private final PersonalDataCipher cipher;

	UploadStore(DatabaseClient db, PersonalDataCipher cipher) {
		this.db = db;
		this.cipher = cipher;
	}

	public Mono<Upload> store(String owner, UploadPurpose purpose, String fileName, byte[] bytes) {
		FileKind kind = FileKind.of(bytes);
		if (!purpose.accepts(kind)) {
			return Mono.error(new UploadRejected(UploadRejected.Reason.FILE_TYPE_UNSUPPORTED));
		}
		byte[] sha256 = sha256(bytes);
		String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
		String safeName = name.length() > 255 ? name.substring(name.length() - 255) : name;
		return db.sql("""
				INSERT INTO upload (owner, purpose, file_name, content_type, byte_size, sha256, bytes_cipher)
				VALUES (:owner, :purpose, :fileName, :contentType, :size, :sha256, :bytes) RETURNING id""")
			.bind("owner", owner)
			.bind("purpose", purpose.name())
			.bind("fileName", safeName)
			.bind("contentType", kind.contentType())
			.bind("size", (long) bytes.length)
			.bind("sha256", sha256)
			.bind("bytes", cipher.encrypt(COLUMN, bytes))
			.map(row -> row.get(0, Long.class))
			.one()
			.map(id -> new Upload(id, owner, purpose, safeName, kind, bytes.length, HexFormat.of().formatHex(sha256)));
	}

	/**
	 * The bytes of an upload of {@code purpose} owned by {@code owner}; NOT_FOUND otherwise. The sealed
	 * bytes travel as base64 text: r2dbc-postgresql receives a bytea in the text format, as hex, and
	 * decodes that about three times slower than the JDK decodes base64 (25 MB: 0.7-0.8 s against
	 * 0.25-0.3 s, measured; selecting 1 MB substrings took 0.55-0.6 s).
	 */
	public Mono<StoredFile> open(long id, String owner, UploadPurpose purpose) {
		return find(", encode(bytes_cipher, 'base64') AS bytes_base64", id, owner, purpose)
			.map(row -> new Sealed(upload(row, purpose), row.get("bytes_base64", String.class)))
			.one()
			// decoding and decrypting up to 200 MB is CPU work: not on the connection's event loop
			.publishOn(Schedulers.boundedElastic())
			.map(sealed -> new StoredFile(sealed.upload(),
					cipher.decrypt(COLUMN, Base64.getMimeDecoder().decode(sealed.base64()))))
			.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)));
	}

	/**
	 * What {@link #open} checks and describes, without the bytes: for a caller that still holds what
	 * it made of them (the roster import's dry-run parse) but must not use an upload that expired or
	 * is not the owner's.
	 */
	public Mono<Upload> describe(long id, String owner, UploadPurpose purpose) {
		return find("", id, owner, purpose)
			.map(row -> upload(row, purpose))
			.one()
			.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)));
	}

	/** The owner's unexpired upload of {@code purpose}, with {@code more} columns after the description. */
	private DatabaseClient.GenericExecuteSpec find(String more, long id, String owner, UploadPurpose purpose) {
		return db.sql("SELECT id, owner, file_name, content_type, byte_size, sha256" + more + " FROM upload"
				+ " WHERE id = :id AND owner = :owner AND purpose = :purpose AND expires_at > now()")
			.bind("id", id)
			.bind("owner", owner)
			.bind("purpose", purpose.name());
	}

	private static Upload upload(io.r2dbc.spi.Readable row, UploadPurpose purpose) {
		return new Upload(row.get("id", Long.class), row.get("owner", String.class), purpose,
				row.get("file_name", String.class), kindOf(row.get("content_type", String.class)),
				row.get("byte_size", Long.class), HexFormat.of().formatHex(row.get("sha256", byte[].class)));
	}

	/** @param base64 the sealed bytes as PostgreSQL's {@code encode(…, 'base64')} writes them (with line breaks) */
	private record Sealed(Upload upload, String base64) {
	}

	/** An upload with its plain bytes, held only while a mutation uses them. */
	public record StoredFile(Upload upload, byte[] bytes) {
	}

	private static FileKind kindOf(String contentType) {
		for (FileKind kind : FileKind.values()) {
			if (kind.contentType().equals(contentType)) {
				return kind;
			}
		}
		return FileKind.UNKNOWN;
	}

	static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
