package org.enrolcheck.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.importing.file.SpreadsheetWriter;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/audit/export.csv|xlsx}: the audit log with the same filters as
 * {@code auditEvents} (ISO instants for {@code from}/{@code to}), for a REGISTRAR, newest first,
 * streamed as it is read. Values are masked as in the API; text a spreadsheet would run as a formula
 * is neutralised by the writer. The export itself is an audit event ({@code EXPORT_AUDIT_LOG}).
 */
@RestController
class AuditExportController {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final List<String> HEADERS = List.of("时间", "操作人", "操作人标识", "操作", "对象类型", "对象编号", "变更", "原因");

	private static final int NAMES_PER_STATEMENT = 500;

	private final AuditReader reader;

	private final ActorNames actors;

	AuditExportController(AuditReader reader, ActorNames actors) {
		this.reader = reader;
		this.actors = actors;
	}

	@GetMapping("/api/audit/export.{format}")
	Mono<ResponseEntity<Flux<DataBuffer>>> export(@PathVariable String format, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String action, @RequestParam(required = false) String entityType,
			@RequestParam(required = false) String entityId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		boolean xlsx = "xlsx".equals(format);
		if (!xlsx && !"csv".equals(format)) {
			return Mono.just(ResponseEntity.notFound().build());
		}
		AuditFilter filter;
		try {
			filter = new AuditFilter(actor, action, entityType, entityId, instant(from), instant(to));
		}
		catch (DateTimeParseException ex) {
			return Mono.just(ResponseEntity.badRequest().build());
		}
		return reader.export(filter)
			.map(rows -> ResponseEntity.ok()
				.contentType(xlsx ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
						: new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
					.filename("审计日志-" + LocalDate.now(CHINA) + "." + format, StandardCharsets.UTF_8).build().toString())
				.body(stream(named(rows), xlsx)))
			.onErrorResume(ApiException.class, ex -> Mono.just(ResponseEntity.status(status(ex.code())).build()));
	}

	/** Rows with their actors' readable names, one name statement per chunk of rows. */
	private Flux<List<Object>> named(Flux<AuditEntry> rows) {
		return rows.buffer(NAMES_PER_STATEMENT)
			.concatMap(chunk -> actors.of(chunk.stream().map(AuditEntry::actorSubject).distinct().toList())
				.flatMapIterable(names -> chunk.stream().map(entry -> cells(entry, names.get(entry.actorSubject()))).toList()));
	}

	/** The blocking writer runs on a worker thread, never on an event loop. */
	private static Flux<DataBuffer> stream(Flux<List<Object>> rows, boolean xlsx) {
		return Flux.from(DataBufferUtils.outputStreamPublisher(out -> write(out, rows, xlsx), DefaultDataBufferFactory.sharedInstance,
				Schedulers.boundedElastic()::schedule));
	}

	private static void write(OutputStream out, Flux<List<Object>> rows, boolean xlsx) {
		try (SpreadsheetWriter writer = xlsx ? SpreadsheetWriter.xlsx(out, "审计日志", HEADERS) : SpreadsheetWriter.csv(out, HEADERS)) {
			for (List<Object> row : rows.toIterable(256)) {
				writer.row(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Object> cells(AuditEntry e, String actorName) {
		String changes = e.changes().stream()
			.map(change -> change.field() + ": " + text(change.before()) + " → " + text(change.after()))
			.collect(Collectors.joining("; "));
		return Arrays.asList(TIME.format(e.occurredAt().atZoneSameInstant(CHINA)), actorName, e.actorSubject(), e.action(),
				e.entityType(), e.entityId(), changes, e.reason());
	}

	private static String text(String value) {
		return value == null ? "∅" : value;
	}

	private static OffsetDateTime instant(String text) {
		return text == null || text.isBlank() ? null : OffsetDateTime.parse(text.strip());
	}

	private static int status(ErrorCode code) {
		return switch (code) {
			case UNAUTHENTICATED -> 401;
			case INVALID_ID -> 400;
			default -> 403;
		};
	}

}
