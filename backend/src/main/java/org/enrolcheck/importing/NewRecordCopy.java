package org.enrolcheck.importing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.enrolcheck.privacy.PersonalDataCipher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import static org.enrolcheck.importing.CopyCsv.cell;

/**
 * Writes the NEW rows of a batch straight into their tables with COPY: the records themselves, with
 * ids allocated beforehand from their sequence (class, college and major ids resolved in Java, the ID
 * number encrypted as it goes), their audit events, and the batch's list of new rows, a chunk of rows
 * per line of {@code import_new_rows}. No staging table, no {@code INSERT … SELECT} and no read-back
 * of the new ids: with the ids known, the audit events are formatted on other threads while
 * PostgreSQL works through the records' COPY.
 */
final class NewRecordCopy {

	static final String RECORDS = """
			COPY enrolment_record (id, institution_id, college_id, major_id, class_id, examinee_number, student_number,
			    name, gender, birth_date, id_type, id_number_cipher, id_number_index, id_number_masked, ethnicity,
			    origin_province, length_of_schooling, level, admission_year, study_mode, education_category,
			    enrolment_date, expected_graduation_date, status, import_batch_id) FROM STDIN (FORMAT csv)""";

	/**
	 * {@code :n} new ids as runs of consecutive numbers (one run unless other writers took ids at the same
	 * time): COPY writes an identity column's values as given, like {@code OVERRIDING SYSTEM VALUE}. The
	 * sequence's name is looked up once (a sub-select), not per row: 0.09-0.15 s instead of 0.3-0.4 s for 100,000.
	 */
	static final String IDS = """
			SELECT min(v) AS first, count(*) AS n
			FROM (SELECT v, v - row_number() OVER (ORDER BY v) AS run
			      FROM (SELECT nextval((SELECT pg_get_serial_sequence('enrolment_record', 'id'))::regclass) AS v
			            FROM generate_series(1, :n)) ids) t
			GROUP BY run ORDER BY first""";

	static final String AUDIT = """
			COPY audit_event (actor, action, entity_type, entity_id, institution_id, after, reason)
			FROM STDIN (FORMAT csv)""";

	static final String NEW_ROWS = """
			COPY import_new_rows (batch_id, first_row, last_row, row_numbers, record_ids) FROM STDIN (FORMAT csv)""";

	private static final int ROWS_PER_CHUNK = 2_000;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final PersonalDataCipher cipher;

	private final long institution;

	private final long batch;

	private final List<RowPlan.New> plans;

	private final long[] ids;

	/** @param ids one per plan, in the same order */
	NewRecordCopy(PersonalDataCipher cipher, long institution, long batch, List<RowPlan.New> plans, long[] ids) {
		if (ids.length != plans.size()) {
			throw new IllegalArgumentException(ids.length + " ids for " + plans.size() + " new rows");
		}
		this.cipher = cipher;
		this.institution = institution;
		this.batch = batch;
		this.plans = plans;
		this.ids = ids;
	}

	/** Expands the runs {@link #IDS} returns, in order. */
	static long[] ids(List<long[]> runs, int n) {
		long[] ids = new long[n];
		int next = 0;
		for (long[] run : runs) {
			for (long i = 0; i < run[1]; i++) {
				ids[next++] = run[0] + i;
			}
		}
		if (next != n) {
			throw new IllegalStateException(next + " ids allocated, expected " + n);
		}
		return ids;
	}

	/** The rows of {@code enrolment_record}; every plan must have its class id. */
	Flux<ByteBuf> records() {
		return chunked(this::record, 4);
	}

	/**
	 * One IMPORT_CREATE event per new record, {@code after} holding the created fields (ID number
	 * masked); the batch's change list and its rollback read them back from there.
	 */
	Flux<ByteBuf> audit(String actor) {
		String institutionText = String.valueOf(institution);
		String reason = "import batch " + batch;
		return chunked((out, index) -> {
			RowPlan.New plan = plans.get(index);
			Map<String, String> fields = new LinkedHashMap<>();
			for (RowPlan.FieldDiff diff : RosterDiff.created(plan.row())) {
				fields.put(diff.field(), diff.after());
			}
			cell(out, actor).append(',');
			out.append("\"IMPORT_CREATE\",\"EnrolmentRecord\",").append(ids[index]).append(',').append(institutionText).append(',');
			cell(out, json.writeValueAsString(fields)).append(',');
			cell(out, reason).append('\n');
		}, 2);
	}

	/** One line per chunk: the chunk's row numbers and record ids, parallel arrays in file order. */
	ByteBuf newRows() {
		StringBuilder out = new StringBuilder(plans.size() * 16 + 64);
		for (int start = 0; start < plans.size(); start += ROWS_PER_CHUNK) {
			int end = Math.min(plans.size(), start + ROWS_PER_CHUNK);
			out.append(batch).append(',').append(plans.get(start).rowNumber()).append(',')
				.append(plans.get(end - 1).rowNumber()).append(",\"{");
			for (int i = start; i < end; i++) {
				out.append(i == start ? "" : ",").append(plans.get(i).rowNumber());
			}
			out.append("}\",\"{");
			for (int i = start; i < end; i++) {
				out.append(i == start ? "" : ",").append(ids[i]);
			}
			out.append("}\"\n");
		}
		return Unpooled.wrappedBuffer(out.toString().getBytes(StandardCharsets.US_ASCII));
	}

	private interface Line {

		void write(StringBuilder out, int index);

	}

	private Flux<ByteBuf> chunked(Line line, int parallel) {
		Function<Integer, ByteBuf> chunk = index -> {
			int from = index * ROWS_PER_CHUNK;
			int to = Math.min(plans.size(), from + ROWS_PER_CHUNK);
			StringBuilder out = new StringBuilder((to - from) * 400);
			for (int i = from; i < to; i++) {
				line.write(out, i);
			}
			return Unpooled.wrappedBuffer(out.toString().getBytes(StandardCharsets.UTF_8));
		};
		// formatting (and encrypting) is CPU work: off the connection's event loop, a few chunks at once,
		// in order, while PostgreSQL reads the previous ones
		return Flux.range(0, (plans.size() + ROWS_PER_CHUNK - 1) / ROWS_PER_CHUNK)
			.flatMapSequential(index -> Mono.fromCallable(() -> chunk.apply(index)).subscribeOn(Schedulers.parallel()),
					parallel, 1);
	}

	private void record(StringBuilder out, int index) {
		RowPlan.New plan = plans.get(index);
		RosterRow row = plan.row();
		RowPlan.ClassPlace place = plan.place();
		out.append(ids[index]).append(',');
		cell(out, String.valueOf(institution)).append(',');
		cell(out, String.valueOf(place.collegeId())).append(',');
		cell(out, String.valueOf(place.majorId())).append(',');
		cell(out, String.valueOf(place.classId())).append(',');
		CopyCsv.person(out, row, cipher);
		CopyCsv.study(out, row);
		cell(out, String.valueOf(batch)).append('\n');
	}

}
