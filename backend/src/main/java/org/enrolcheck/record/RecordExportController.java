package org.enrolcheck.record;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.importing.file.RosterTemplate;
import org.enrolcheck.importing.file.SpreadsheetWriter;
import org.enrolcheck.validation.Level;
import org.enrolcheck.validation.RecordStatus;
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
 * {@code GET /api/records/export.xlsx|csv}: the filtered roster within the caller's scope, in the
 * import template's columns, streamed as it is read. ID numbers are masked; text cells that a
 * spreadsheet would run as a formula are neutralised by the writer.
 */
@RestController
class RecordExportController {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final RecordService records;

	RecordExportController(RecordService records) {
		this.records = records;
	}

	@GetMapping("/api/records/export.{format}")
	Mono<ResponseEntity<Flux<DataBuffer>>> export(@PathVariable String format,
			@RequestParam(required = false) String collegeId, @RequestParam(required = false) String majorId,
			@RequestParam(required = false) String classId, @RequestParam(required = false) Level level,
			@RequestParam(required = false) RecordStatus status, @RequestParam(required = false) Integer admissionYear,
			@RequestParam(required = false) String text) {
		boolean xlsx = "xlsx".equals(format);
		if (!xlsx && !"csv".equals(format)) {
			return Mono.just(ResponseEntity.notFound().build());
		}
		RecordService.Filter filter = new RecordService.Filter(collegeId, majorId, classId, level, status, admissionYear, text);
		return records.export(filter)
			.map(rows -> ResponseEntity.ok()
				.contentType(xlsx ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
						: new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
					.filename("学籍名单-" + LocalDate.now(CHINA) + "." + format, StandardCharsets.UTF_8).build().toString())
				.body(stream(rows, xlsx)))
			.onErrorResume(ApiException.class, ex -> Mono.just(ResponseEntity.status(
					ex.code() == org.enrolcheck.graphql.ErrorCode.UNAUTHENTICATED ? 401 : 403).build()));
	}

	/** The blocking writer runs on a worker thread, never on an event loop. */
	private static Flux<DataBuffer> stream(Flux<EnrolmentRecord> rows, boolean xlsx) {
		return Flux.from(DataBufferUtils.outputStreamPublisher(out -> write(out, rows, xlsx), DefaultDataBufferFactory.sharedInstance,
				Schedulers.boundedElastic()::schedule));
	}

	private static void write(OutputStream out, Flux<EnrolmentRecord> rows, boolean xlsx) {
		List<String> headers = RosterTemplate.headers();
		try (SpreadsheetWriter writer = xlsx ? SpreadsheetWriter.xlsx(out, "学籍名单", headers) : SpreadsheetWriter.csv(out, headers)) {
			for (EnrolmentRecord record : rows.toIterable(256)) {
				writer.row(cells(record));
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** In the template's order: 考生号 … 学籍状态. */
	private static List<Object> cells(EnrolmentRecord r) {
		return Arrays.asList(r.examineeNumber(), r.studentNumber(), r.name(), r.gender().label(), r.birthDate(),
				r.idType().label(), r.idNumber(), r.ethnicity().label(), r.originProvince().label(), r.institution().code(),
				r.institution().name(), r.college().name(), r.classCode(), r.major().catalogueCode(), r.major().name(),
				java.math.BigDecimal.valueOf(r.lengthOfSchooling()).stripTrailingZeros().toPlainString(), r.level().label(),
				r.admissionYear(), r.studyMode().label(), r.educationCategory().label(), r.enrolmentDate(),
				r.expectedGraduationDate(), r.status().label());
	}

}
