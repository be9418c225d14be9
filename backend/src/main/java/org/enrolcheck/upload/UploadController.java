package org.enrolcheck.upload;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.enrolcheck.graphql.Language;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.security.Viewer;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/uploads}: multipart with a {@code file} part and a {@code purpose} field. Bytes go
 * over plain HTTP because Spring GraphQL does not implement the multipart spec; the returned id is
 * then passed to a GraphQL mutation. The size limit is enforced while reading, not afterwards.
 */
@RestController
class UploadController {

	private final UploadStore store;

	private final UploadProperties properties;

	UploadController(UploadStore store, UploadProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	@PostMapping(path = "/api/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Mono<ResponseEntity<Map<String, Object>>> upload(ServerWebExchange exchange) {
		return exchange.getMultipartData().flatMap(parts -> {
			UploadPurpose purpose = purpose(parts.getFirst("purpose"));
			if (!(parts.getFirst("file") instanceof FilePart file)) {
				return Mono.error(new UploadRejected(UploadRejected.Reason.FILE_MISSING));
			}
			return Mono.zip(Viewer.current(), read(file, properties.limit(purpose)))
				.flatMap(both -> store.store(both.getT1().subject(), purpose, file.filename(), both.getT2()));
		}).map(upload -> ResponseEntity.status(HttpStatus.CREATED).body(describe(upload)));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> rejected(UploadRejected rejected, Locale locale) {
		UploadRejected.Reason reason = rejected.reason();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", reason.name());
		body.put("message", Language.pick(locale, reason.zh(), reason.en()));
		body.put("messages", Map.of("zh-CN", reason.zh(), "en", reason.en()));
		return ResponseEntity.status(reason.status()).body(body);
	}

	private static Mono<byte[]> read(FilePart file, long limit) {
		return file.content().reduce(new ByteArrayOutputStream(), (out, buffer) -> append(out, buffer, limit))
			.map(ByteArrayOutputStream::toByteArray)
			.filter(bytes -> bytes.length > 0)
			.switchIfEmpty(Mono.error(new UploadRejected(UploadRejected.Reason.FILE_EMPTY)));
	}

	private static ByteArrayOutputStream append(ByteArrayOutputStream out, DataBuffer buffer, long limit) {
		try {
			if (out.size() + (long) buffer.readableByteCount() > limit) {
				throw new UploadRejected(UploadRejected.Reason.FILE_TOO_LARGE);
			}
			byte[] chunk = new byte[buffer.readableByteCount()];
			buffer.read(chunk);
			out.write(chunk, 0, chunk.length);
			return out;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	private static UploadPurpose purpose(Part part) {
		String value = part instanceof FormFieldPart field ? field.value() : "";
		try {
			return UploadPurpose.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new UploadRejected(UploadRejected.Reason.PURPOSE_UNKNOWN);
		}
	}

	private static Map<String, Object> describe(Upload upload) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", GlobalId.encode("Upload", upload.id()));
		body.put("purpose", upload.purpose().name());
		body.put("fileName", upload.fileName());
		body.put("contentType", upload.kind().contentType());
		body.put("byteSize", upload.byteSize());
		body.put("sha256", upload.sha256());
		return body;
	}

}
