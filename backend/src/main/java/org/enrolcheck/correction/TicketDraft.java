package org.enrolcheck.correction;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.ValidationFailed.FieldError;
import org.enrolcheck.record.EnrolmentRecord;
import org.enrolcheck.validation.Checked;
import org.enrolcheck.validation.IdDocumentNumber;
import org.enrolcheck.validation.IdType;
import org.enrolcheck.validation.Masking;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's items checked against the record: known, correctable fields, each once; requested
 * values valid by the record's own rules (org.enrolcheck.validation) and different from the current
 * one; a reason code from {@link ReasonCode}; evidence on every main or IDENTITY field.
 */
record TicketDraft(List<Item> items, List<FieldError> problems) {

	static final int MAX_ITEMS = 20;

	static final int MAX_EVIDENCE = 5;

	/**
	 * @param displayValue what lists show (an ID number masked)
	 * @param secret the full requested ID number, stored encrypted; null for other fields
	 */
	record Item(TicketField field, TicketField.Tier tier, String currentValue, String value, String displayValue,
			@Nullable String secret, ReasonCode reasonCode, @Nullable String note, List<Long> evidence) {
	}

	static TicketDraft of(List<CorrectionFiling.ItemInput> inputs, EnrolmentRecord record,
			Map<String, TicketField.Tier> tiers, Clock clock, boolean english) {
		List<Item> items = new ArrayList<>();
		List<FieldError> problems = new ArrayList<>();
		if (inputs == null || inputs.isEmpty() || inputs.size() > MAX_ITEMS) {
			problems.add(new FieldError("items", "ITEMS_REQUIRED", english ? "Mark 1–20 fields as wrong."
					: "请标记 1–20 个有误的字段。"));
			return new TicketDraft(items, problems);
		}
		IdType idType = inputs.stream().filter(input -> "idType".equals(input.field())).findFirst()
			.flatMap(input -> IdType.parse(input.requestedValue()) instanceof Checked.Valid<IdType> valid
					? java.util.Optional.of(valid.value()) : java.util.Optional.empty())
			.orElse(record.idType());
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < inputs.size(); i++) {
			CorrectionFiling.ItemInput input = inputs.get(i);
			String path = "items[" + i + "]";
			String refusal = TicketField.refusal(input.field()).orElse(null);
			if (refusal != null) {
				problems.add(new FieldError(path + ".field", refusal, message(refusal, english)));
				continue;
			}
			TicketField field = TicketField.of(input.field()).orElseThrow();
			if (!seen.add(field.graphQlName())) {
				problems.add(new FieldError(path + ".field", "DUPLICATE_FIELD",
						english ? "Each field may appear once in a ticket." : "同一字段在一份申请中只能出现一次。"));
				continue;
			}
			TicketField.Tier tier = tiers.getOrDefault(field.graphQlName(), field.defaultTier());
			Checked<String> checked = field == TicketField.ID_NUMBER
					? IdDocumentNumber.parse(idType, input.requestedValue(), clock) : field.parse(input.requestedValue(), clock);
			String value = switch (checked) {
				case Checked.Valid<String> valid -> valid.value();
				case Checked.Invalid<String> invalid -> {
					invalid.violations().forEach(v -> problems.add(new FieldError(path + ".requestedValue", v.code().name(),
							english ? v.en() : v.zh())));
					yield null;
				}
			};
			String current = field.currentValue(record);
			if (value != null && field != TicketField.ID_NUMBER && value.equals(current)) {
				problems.add(new FieldError(path + ".requestedValue", "SAME_AS_CURRENT",
						english ? "The requested value equals the current one." : "申请修改的值与当前值相同。"));
			}
			ReasonCode reason = reason(input.reasonCode());
			if (reason == null) {
				problems.add(new FieldError(path + ".reasonCode", "REASON_CODE_UNKNOWN",
						english ? "Pick a reason from the list." : "请从列表中选择原因。"));
			}
			String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
			if (note != null && note.length() > 500) {
				problems.add(new FieldError(path + ".note", "NOTE_TOO_LONG",
						english ? "The note may have at most 500 characters." : "说明最多 500 字。"));
			}
			List<Long> evidence = new ArrayList<>();
			for (String id : input.evidenceIds() == null ? List.<String>of() : input.evidenceIds()) {
				evidence.add(GlobalId.decode(id, "Upload"));
			}
			if (evidence.isEmpty() && (field.main() || tier == TicketField.Tier.IDENTITY)) {
				problems.add(new FieldError(path + ".evidenceIds", "EVIDENCE_REQUIRED", english
						? "Changing a main field needs evidence (jpg, png or pdf, at most 1 MB each)."
						: "修改主要字段须上传证明材料（jpg、png 或 pdf，每个不超过 1 MB）。"));
			}
			if (evidence.size() > MAX_EVIDENCE) {
				problems.add(new FieldError(path + ".evidenceIds", "TOO_MANY_EVIDENCE_FILES",
						english ? "At most 5 evidence files per field." : "每个字段最多 5 个证明材料。"));
			}
			if (value != null && reason != null) {
				boolean secret = field == TicketField.ID_NUMBER;
				items.add(new Item(field, tier, current, value, secret ? Masking.idNumber(value) : value, secret ? value : null,
						reason, note, List.copyOf(evidence)));
			}
		}
		return new TicketDraft(items, problems);
	}

	private static @Nullable ReasonCode reason(String code) {
		try {
			return code == null ? null : ReasonCode.valueOf(code);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String message(String refusal, boolean english) {
		return switch (refusal) {
			case "FIELD_IS_CONTACT" -> english ? "Change your phone or e-mail yourself in your profile (账号设置)."
					: "手机号和邮箱请在“账号设置”中自行修改，无需提交勘误。";
			case "FIELD_FOLLOWS_CLASS" -> english ? "College, major and level follow the class: request the right class (classCode)."
					: "分院、专业和层次随班级确定：请申请更正班号（classCode）。";
			default -> english ? "This field cannot be corrected through a ticket." : "该字段不能通过勘误申请修改。";
		};
	}

}
