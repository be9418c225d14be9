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
 * Writes the NEW rows of a batch straight into their tables with COPY: the records themselves (class,
 * college and major ids resolved in Java, the ID number encrypted as it goes), then, once the new ids
 * are read back, their audit events and the batch's row changes. No staging table and no
 * {@code INSERT … SELECT}: for 100,000 new rows that join was most of the commit's SQL time.
 */
final class NewRecordCopy {

	static final String RECORDS = """
			COPY enrolment_record (institution_id, college_id, major_id, class_id, examinee_number, student_number,
			    name, gender, birth_date, id_type, id_number_cipher, id_number_index, id_number_masked, ethnicity,
			    origin_province, length_of_schooling, level, admission_year, study_mode, education_category,
			    enrolment_date, expected_graduation_date, status, import_batch_id) FROM STDIN (FORMAT csv)""";

	static final String IDS = "SELECT id, examinee_number FROM enrolment_record"
			+ " WHERE import_batch_id = :batch AND institution_id = :institution";

	static final String AUDIT = """
			COPY audit_event (actor, action, entity_type, entity_id, institution_id, after, reason)
			FROM STDIN (FORMAT csv)""";

	static final String CHANGES = """
			COPY import_row_change (batch_id, row_number, kind, examinee_number, diffs) FROM STDIN (FORMAT csv)""";

	private static final int ROWS_PER_CHUNK = 2_000;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final PersonalDataCipher cipher;

	private final long institution;

	private final long batch;

	NewRecordCopy(PersonalDataCipher cipher, long institution, long batch) {
		this.cipher = cipher;
		this.institution = institution;
		this.batch = batch;
	}

	/** The rows of {@code enrolment_record}; every plan must have its class id. */
	Flux<ByteBuf> records(List<RowPlan.New> plans) {
		return chunked(plans, this::record);
	}

	/**
	 * What the audit events and row changes of one chunk need that does not depend on the new ids: the
	 * row changes' CSV, complete, and each event's {@code after} JSON. Computed while PostgreSQL is busy
	 * with the records' COPY.
	 */
	record Side(byte[] changes, String[] after) {
	}

	Mono<List<Side>> side(List<RowPlan.New> plans) {
		String batchText = String.valueOf(batch);
		return Flux.range(0, chunks(plans))
			.flatMapSequential(index -> Mono.fromCallable(() -> {
				List<RowPlan.New> part = part(plans, index);
				String[] after = new String[part.size()];
				StringBuilder out = new StringBuilder(part.size() * 300);
				for (int i = 0; i < part.size(); i++) {
					RowPlan.New plan = part.get(i);
					List<RowPlan.FieldDiff> created = RosterDiff.created(plan.row());
					Map<String, String> fields = new LinkedHashMap<>();
					for (RowPlan.FieldDiff diff : created) {
						fields.put(diff.field(), diff.after());
					}
					after[i] = json.writeValueAsString(fields);
					cell(out, batchText).append(',');
					cell(out, String.valueOf(plan.rowNumber())).append(',');
					cell(out, "NEW").append(',');
					cell(out, plan.row().examineeNumber()).append(',');
					cell(out, json.writeValueAsString(created)).append('\n');
				}
				return new Side(out.toString().getBytes(StandardCharsets.UTF_8), after);
			}).subscribeOn(Schedulers.parallel()), 2, 1)
			.collectList();
	}

	/** One IMPORT_CREATE event per new record, {@code after} holding the created fields (ID number masked). */
	Flux<ByteBuf> audit(List<RowPlan.New> plans, List<Side> sides, Map<String, Long> ids, String actor) {
		String institutionText = String.valueOf(institution);
		String reason = "import batch " + batch;
		return Flux.range(0, sides.size()).map(index -> {
			List<RowPlan.New> part = part(plans, index);
			String[] after = sides.get(index).after();
			StringBuilder out = new StringBuilder(part.size() * 250);
			for (int i = 0; i < part.size(); i++) {
				RowPlan.New plan = part.get(i);
				Long id = ids.get(plan.row().examineeNumber());
				if (id == null) {
					throw new IllegalStateException("no record id for row " + plan.rowNumber());
				}
				cell(out, actor).append(',');
				out.append("\"IMPORT_CREATE\",\"EnrolmentRecord\",").append(id).append(',').append(institutionText).append(',');
				cell(out, after[i]).append(',');
				cell(out, reason).append('\n');
			}
			return Unpooled.wrappedBuffer(out.toString().getBytes(StandardCharsets.UTF_8));
		}).subscribeOn(Schedulers.parallel());
	}

	/** A row change per new record: rollback finds the record by the batch and its examinee number. */
	static Flux<ByteBuf> changes(List<Side> sides) {
		return Flux.fromIterable(sides).map(side -> Unpooled.wrappedBuffer(side.changes()));
	}

	private static int chunks(List<?> plans) {
		return (plans.size() + ROWS_PER_CHUNK - 1) / ROWS_PER_CHUNK;
	}

	private static List<RowPlan.New> part(List<RowPlan.New> plans, int index) {
		return plans.subList(index * ROWS_PER_CHUNK, Math.min(plans.size(), (index + 1) * ROWS_PER_CHUNK));
	}

	private interface Line {

		void write(StringBuilder out, RowPlan.New plan);

	}

	private static Flux<ByteBuf> chunked(List<RowPlan.New> plans, Line line) {
		Function<Integer, ByteBuf> chunk = index -> {
			List<RowPlan.New> part = plans.subList(index * ROWS_PER_CHUNK,
					Math.min(plans.size(), (index + 1) * ROWS_PER_CHUNK));
			StringBuilder out = new StringBuilder(part.size() * 400);
			for (RowPlan.New plan : part) {
				line.write(out, plan);
			}
			return Unpooled.wrappedBuffer(out.toString().getBytes(StandardCharsets.UTF_8));
		};
		// formatting (and encrypting) is CPU work: off the connection's event loop, a few chunks at once,
		// in order, while PostgreSQL reads the previous ones
		return Flux.range(0, (plans.size() + ROWS_PER_CHUNK - 1) / ROWS_PER_CHUNK)
			.flatMapSequential(index -> Mono.fromCallable(() -> chunk.apply(index)).subscribeOn(Schedulers.parallel()), 4, 1);
	}

	private void record(StringBuilder out, RowPlan.New plan) {
		RosterRow row = plan.row();
		RowPlan.ClassPlace place = plan.place();
		cell(out, String.valueOf(institution)).append(',');
		cell(out, String.valueOf(place.collegeId())).append(',');
		cell(out, String.valueOf(place.majorId())).append(',');
		cell(out, String.valueOf(place.classId())).append(',');
		CopyCsv.person(out, row, cipher);
		CopyCsv.study(out, row);
		cell(out, String.valueOf(batch)).append('\n');
	}



}
