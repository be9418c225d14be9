package org.enrolcheck.importing;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.enrolcheck.privacy.PersonalDataCipher;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import static org.enrolcheck.importing.CopyCsv.cell;

/**
 * Writes planned rows as the CSV that {@code COPY roster_staging FROM STDIN} reads, encrypting each
 * ID number on the way. COPY is the fast path: one round trip for the whole file instead of one
 * INSERT per row.
 */
final class StagingCopy {

	static final String CREATE = """
			CREATE TEMP TABLE roster_staging (
			    row_number integer, kind text, record_id bigint, examinee_number text, student_number text, name text,
			    gender text, birth_date date, id_type text, id_cipher bytea, id_index bytea, id_masked text,
			    ethnicity text, origin_province text, class_code text, length_of_schooling numeric,
			    level text, admission_year smallint, study_mode text, education_category text, enrolment_date date,
			    expected_graduation_date date, status text, diffs jsonb
			) ON COMMIT DROP""";

	static final String COPY = "COPY roster_staging FROM STDIN (FORMAT csv)";

	private static final int ROWS_PER_CHUNK = 2_000;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final PersonalDataCipher cipher;

	StagingCopy(PersonalDataCipher cipher) {
		this.cipher = cipher;
	}

	Flux<ByteBuf> csv(List<RowPlan> plans) {
		List<RowPlan> written = plans.stream().filter(plan -> plan instanceof RowPlan.New || plan instanceof RowPlan.Changed)
			.toList();
		return Flux.range(0, (written.size() + ROWS_PER_CHUNK - 1) / ROWS_PER_CHUNK)
			.map(chunk -> chunk(written.subList(chunk * ROWS_PER_CHUNK, Math.min(written.size(), (chunk + 1) * ROWS_PER_CHUNK))))
			// encrypting every ID number is CPU work: keep it off the connection's event loop
			.subscribeOn(Schedulers.parallel());
	}

	private ByteBuf chunk(List<RowPlan> plans) {
		StringBuilder out = new StringBuilder(plans.size() * 400);
		for (RowPlan plan : plans) {
			switch (plan) {
				case RowPlan.New created -> line(out, created.rowNumber(), "NEW", null, created.row(), RosterDiff.created(created.row()));
				case RowPlan.Changed changed -> line(out, changed.rowNumber(), "CHANGED", changed.recordId(), changed.row(),
						changed.diffs());
				default -> {
				}
			}
		}
		return Unpooled.wrappedBuffer(out.toString().getBytes(StandardCharsets.UTF_8));
	}

	private void line(StringBuilder out, int rowNumber, String kind, Long recordId, RosterRow row,
			List<RowPlan.FieldDiff> diffs) {
		cell(out, String.valueOf(rowNumber)).append(',');
		cell(out, kind).append(',');
		cell(out, recordId == null ? null : recordId.toString()).append(',');
		CopyCsv.person(out, row, cipher);
		cell(out, row.classCode()).append(',');
		CopyCsv.study(out, row);
		cell(out, json.writeValueAsString(diffs)).append('\n');
	}



}
