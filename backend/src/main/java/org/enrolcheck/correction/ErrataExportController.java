package org.enrolcheck.correction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.enrolcheck.audit.AuditEvent;
import org.enrolcheck.audit.AuditLog;
import org.enrolcheck.db.Where;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.importing.file.SpreadsheetWriter;
import org.enrolcheck.privacy.PersonalDataCipher;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/tickets/errata.xlsx?collegeId=&campaignId=}: the 勘误表 — accepted items of
 * approved or applied tickets, in the columns registrars submit to the province. A REGISTRAR gets
 * full ID numbers (the provincial submission needs them) and the export is audited; a COLLEGE_ADMIN
 * gets them masked. Counsellors, analysts and students are refused.
 */
@RestController
class ErrataExportController {

	static final List<String> HEADERS = List.of("考生号", "学号", "姓名", "身份证号", "字段", "原值", "新值", "上报省级", "证据编号",
			"决定时间", "审核人");

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("name", "姓名"), Map.entry("gender", "性别"),
			Map.entry("birthDate", "出生日期"), Map.entry("idType", "证件类型"), Map.entry("idNumber", "身份证号"),
			Map.entry("ethnicity", "民族"), Map.entry("examineeNumber", "考生号"), Map.entry("originProvince", "生源省市"),
			Map.entry("admissionYear", "录取年份"), Map.entry("admissionPhoto", "录取照片"), Map.entry("classCode", "班号"),
			Map.entry("studentNumber", "学号"), Map.entry("lengthOfSchooling", "学制"), Map.entry("studyMode", "学习形式"),
			Map.entry("educationCategory", "学历类别"), Map.entry("enrolmentDate", "入学日期"),
			Map.entry("expectedGraduationDate", "预毕业日期"));

	private final DatabaseClient db;

	private final PersonalDataCipher cipher;

	private final AuditLog audit;

	ErrataExportController(DatabaseClient db, PersonalDataCipher cipher, AuditLog audit) {
		this.db = db;
		this.cipher = cipher;
		this.audit = audit;
	}

	@GetMapping("/api/tickets/errata.xlsx")
	Mono<ResponseEntity<byte[]>> errata(@RequestParam(required = false) String collegeId,
			@RequestParam(required = false) String campaignId) {
		return Viewer.current().flatMap(viewer -> {
			if (!viewer.has(Role.REGISTRAR) && !viewer.has(Role.COLLEGE_ADMIN)) {
				return Mono.error(viewer.refusal());
			}
			boolean full = viewer.has(Role.REGISTRAR);
			Where where = TicketScope.staff(viewer)
				.and("t.college_id = :college", "college", GlobalId.decodeOptional(collegeId, "College"))
				.and("t.campaign_id = :campaign", "campaign", GlobalId.decodeOptional(campaignId, "Campaign"))
				.and("t.state IN ('APPROVED', 'APPLIED') AND i.decision = 'ACCEPTED'", Map.of());
			return where.bindTo(db.sql("""
					SELECT r.examinee_number, r.student_number, r.name, r.id_number_masked, r.id_number_cipher, i.field,
					  i.current_value, i.requested_value, i.requested_cipher, i.provincial, t.decided_at, t.decided_by,
					  (SELECT string_agg(te.upload_id::text, ',' ORDER BY te.upload_id) FROM ticket_evidence te WHERE te.item_id = i.id) AS evidence
					FROM ticket t JOIN ticket_item i ON i.ticket_id = t.id JOIN enrolment_record r ON r.id = t.record_id"""
					+ where.sql() + " ORDER BY t.college_id, r.student_number, t.id, i.id"))
				.map(row -> cells(row, full))
				.all().collectList()
				.flatMap(rows -> (full ? audit.write(new AuditEvent(viewer.subject(), "EXPORT_ERRATA", "Institution",
						viewer.institutionId(), viewer.institutionId(), null, Map.of("rows", rows.size()), "勘误表上报")) : Mono.<Void>empty())
					.then(Mono.fromCallable(() -> xlsx(rows)).subscribeOn(Schedulers.boundedElastic())))
				.map(bytes -> ResponseEntity.ok()
					.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
					.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
						.filename("勘误表-" + LocalDate.now(CHINA) + ".xlsx", StandardCharsets.UTF_8).build().toString())
					.body(bytes));
		}).onErrorResume(ApiException.class, ex -> Mono.just(ResponseEntity.status(
				ex.code() == ErrorCode.UNAUTHENTICATED ? 401 : ex.code() == ErrorCode.INVALID_ID ? 400 : 403).build()));
	}

	private List<Object> cells(io.r2dbc.spi.Readable row, boolean full) {
		String field = row.get("field", String.class);
		byte[] newId = row.get("requested_cipher", byte[].class);
		String idNumber = full ? cipher.decryptText(CorrectionFiling.ID_NUMBER_COLUMN, row.get("id_number_cipher", byte[].class))
				: row.get("id_number_masked", String.class);
		String requested = full && newId != null ? cipher.decryptText(CorrectionFiling.ID_NUMBER_COLUMN, newId)
				: row.get("requested_value", String.class);
		OffsetDateTime decided = row.get("decided_at", OffsetDateTime.class);
		String evidence = row.get("evidence", String.class);
		return Arrays.asList(row.get("examinee_number", String.class), row.get("student_number", String.class),
				row.get("name", String.class), idNumber, LABELS.getOrDefault(field, field), row.get("current_value", String.class),
				requested, Boolean.TRUE.equals(row.get("provincial", Boolean.class)) ? "是" : "否",
				evidence == null ? "" : Arrays.stream(evidence.split(",")).map(id -> GlobalId.encode("Upload", Long.parseLong(id)))
					.reduce((a, b) -> a + " " + b).orElse(""),
				decided == null ? null : decided.atZoneSameInstant(CHINA).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
				row.get("decided_by", String.class));
	}

	private static byte[] xlsx(List<List<Object>> rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (SpreadsheetWriter writer = SpreadsheetWriter.xlsx(out, "勘误表", HEADERS)) {
			for (List<Object> row : rows) {
				writer.row(row);
			}
		}
		return out.toByteArray();
	}

}
