package org.enrolcheck.stats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
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
 * {@code GET /api/campaigns/{id}/non-completers.xlsx|csv}: the non-completers of a campaign within
 * the caller's scope (optionally one college or class), phones masked, streamed as they are read.
 */
@RestController
class NonCompleterExportController {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final List<String> HEADERS = List.of("学号", "姓名", "分院", "班号", "状态", "手机号", "最近提醒时间");

	private static final Map<NonCompleter.Stage, String> STAGES = Map.of(NonCompleter.Stage.NOT_REGISTERED, "未注册",
			NonCompleter.Stage.NOT_LINKED, "未关联", NonCompleter.Stage.NOT_CONFIRMED, "未确认",
			NonCompleter.Stage.TICKET_OPEN, "勘误处理中");

	private final StatisticsService statistics;

	private final NonCompleterRepository repository;

	NonCompleterExportController(StatisticsService statistics, NonCompleterRepository repository) {
		this.statistics = statistics;
		this.repository = repository;
	}

	@GetMapping("/api/campaigns/{campaignId}/non-completers.{format}")
	Mono<ResponseEntity<Flux<DataBuffer>>> export(@PathVariable String campaignId, @PathVariable String format,
			@RequestParam(required = false) String collegeId, @RequestParam(required = false) String classId) {
		boolean xlsx = "xlsx".equals(format);
		if (!xlsx && !"csv".equals(format)) {
			return Mono.just(ResponseEntity.notFound().build());
		}
		return Mono.defer(() -> {
			long campaign = GlobalId.decode(campaignId, "Campaign");
			NonCompleterRepository.Filter filter = new NonCompleterRepository.Filter(
					GlobalId.decodeOptional(collegeId, "College"), GlobalId.decodeOptional(classId, "SchoolClass"), null);
			return statistics.scoped(campaign, StatisticsAccess::requirePeople)
				.map(scoped -> repository.all(campaign, scoped.access(), filter));
		})
			.map(rows -> ResponseEntity.ok()
				.contentType(xlsx ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
						: new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
					.filename("未完成自查名单-" + LocalDate.now(CHINA) + "." + format, StandardCharsets.UTF_8).build().toString())
				.body(stream(rows, xlsx)))
			.onErrorResume(ApiException.class, ex -> Mono.just(ResponseEntity.status(switch (ex.code()) {
				case UNAUTHENTICATED -> 401;
				case NOT_FOUND -> 404;
				case INVALID_ID -> 400;
				default -> 403;
			}).build()));
	}

	/** The blocking writer runs on a worker thread, never on an event loop. */
	private static Flux<DataBuffer> stream(Flux<NonCompleter> rows, boolean xlsx) {
		return Flux.from(DataBufferUtils.outputStreamPublisher(out -> write(out, rows, xlsx),
				DefaultDataBufferFactory.sharedInstance, Schedulers.boundedElastic()::schedule));
	}

	private static void write(OutputStream out, Flux<NonCompleter> rows, boolean xlsx) {
		try (SpreadsheetWriter writer = xlsx ? SpreadsheetWriter.xlsx(out, "未完成自查", HEADERS)
				: SpreadsheetWriter.csv(out, HEADERS)) {
			for (NonCompleter row : rows.toIterable(256)) {
				writer.row(Arrays.asList(row.studentNumber(), row.name(), row.collegeName(), row.classCode(),
						STAGES.get(row.stage()), row.phone(),
						row.lastRemindedAt() == null ? null : row.lastRemindedAt().atZoneSameInstant(CHINA).toLocalDateTime().toString()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
