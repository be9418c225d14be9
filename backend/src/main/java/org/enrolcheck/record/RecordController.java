package org.enrolcheck.record;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.enrolcheck.graphql.Language;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Paging;
import org.enrolcheck.graphql.QueryLimitsProperties;
import org.enrolcheck.graphql.ValidationFailed;
import org.enrolcheck.graphql.VersionConflict;
import org.enrolcheck.validation.Ethnicity;
import org.enrolcheck.validation.Province;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Enrolment record queries and the registrar's edits; rules live in the services. */
@Controller
class RecordController {

	private final RecordService records;

	private final RecordEditing editing;

	private final QueryLimitsProperties limits;

	RecordController(RecordService records, RecordEditing editing, QueryLimitsProperties limits) {
		this.records = records;
		this.editing = editing;
		this.limits = limits;
	}

	@QueryMapping
	Mono<EnrolmentRecord> record(@Argument String id) {
		return records.record(GlobalId.decode(id, "EnrolmentRecord"));
	}

	@QueryMapping
	Mono<Window<EnrolmentRecord>> records(@Argument RecordService.Filter filter, ScrollSubrange subrange) {
		return records.records(filter, Paging.of(subrange, limits));
	}

	@BatchMapping(typeName = "EnrolmentRecord", field = "admissionPhoto")
	Mono<Map<EnrolmentRecord, Photo>> admissionPhoto(List<EnrolmentRecord> page) {
		return records.admissionPhotos(page);
	}

	@BatchMapping(typeName = "EnrolmentRecord", field = "diplomaPhoto")
	Mono<Map<EnrolmentRecord, Photo>> diplomaPhoto(List<EnrolmentRecord> page) {
		return records.diplomaPhotos(page);
	}

	@SchemaMapping(typeName = "EthnicGroup", field = "name")
	String ethnicGroupName(Ethnicity group) {
		return group.label();
	}

	@SchemaMapping(typeName = "ProvinceOfOrigin", field = "name")
	String provinceName(Province province) {
		return province.fullName();
	}

	record UpdateInput(String id, int version, String reason, RecordChanges changes) {
	}

	@MutationMapping
	Mono<Object> updateEnrolmentRecord(@Argument UpdateInput input, Locale locale) {
		return editing.update(input.id(), input.version(), input.reason(), input.changes()).map(edit -> switch (edit) {
			case RecordEdit.Updated updated -> new UpdateEnrolmentRecordSuccess(updated.record());
			case RecordEdit.Conflict conflict -> VersionConflict.of(conflict.currentVersion(), locale);
			case RecordEdit.Rejected rejected -> ValidationFailed.of(rejected.violations().stream()
				.map(v -> new ValidationFailed.FieldError(v.field(), v.code(), Language.english(locale) ? v.en() : v.zh()))
				.toList(), locale);
		});
	}

	record RevealInput(String recordId, String reason) {
	}

	@MutationMapping
	Mono<Object> revealIdNumber(@Argument RevealInput input, Locale locale) {
		return records.revealIdNumber(GlobalId.decode(input.recordId(), "EnrolmentRecord"), input.reason())
			.map(number -> number.<Object>map(value -> new RevealIdNumberSuccess(input.recordId(), value))
				.orElseGet(() -> ValidationFailed.of(List.of(new ValidationFailed.FieldError("reason", "REASON_REQUIRED",
						Language.english(locale) ? "Say why you need the full number (at least 4 characters)."
								: "请说明查看完整证件号码的原因（至少 4 个字）。")), locale)));
	}

	record UpdateEnrolmentRecordSuccess(EnrolmentRecord record) {
	}

	record RevealIdNumberSuccess(String recordId, String idNumber) {
	}

}
