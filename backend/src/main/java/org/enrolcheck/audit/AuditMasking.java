package org.enrolcheck.audit;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enrolcheck.validation.Masking;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Masks personal numbers in audit values as they are read. Writers already store masked values,
 * but rows written by older code, by hand-written SQL or typed into a reason must not leak either:
 * every string that looks like a resident ID (18 or 15 digits) or a mainland mobile number is masked,
 * and every value under an ID-number or phone key (passports too) unless it is masked already.
 * An 18-digit student number would be masked as well: wrong in the safe direction.
 */
final class AuditMasking {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final Pattern ID_LIKE = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[\\dXx]|\\d{15})(?![0-9A-Za-z])");

	private static final Pattern PHONE_LIKE = Pattern.compile("(?<![0-9A-Za-z])(1[3-9]\\d{9})(?![0-9A-Za-z])");

	private AuditMasking() {
	}

	/** Free text with every ID-like or phone-like number masked. */
	static @Nullable String text(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String ids = replace(ID_LIKE.matcher(text), true);
		return replace(PHONE_LIKE.matcher(ids), false);
	}

	/** A JSON document (an object of field → value) with personal numbers masked; null stays null. */
	static @Nullable JsonNode json(@Nullable String document) {
		if (document == null) {
			return null;
		}
		JsonNode node = json.readTree(document);
		return mask(node, null);
	}

	static String write(JsonNode node) {
		return json.writeValueAsString(node);
	}

	private static JsonNode mask(JsonNode node, @Nullable String key) {
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> entry : object.properties()) {
				object.set(entry.getKey(), mask(entry.getValue(), entry.getKey()));
			}
			return object;
		}
		if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				array.set(i, mask(array.get(i), key));
			}
			return array;
		}
		if (node.isString()) {
			return json.getNodeFactory().stringNode(value(key, node.stringValue()));
		}
		return node;
	}

	private static String value(@Nullable String key, String value) {
		String normalised = key == null ? "" : key.toLowerCase(Locale.ROOT).replace("_", "");
		if (!value.contains("*") && normalised.contains("idnumber")) {
			return Masking.idNumber(value);
		}
		if (!value.contains("*") && (normalised.contains("phone") || normalised.contains("mobile"))) {
			return Masking.phone(value);
		}
		return text(value);
	}

	private static String replace(Matcher matcher, boolean id) {
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String number = matcher.group(1);
			matcher.appendReplacement(out, Matcher.quoteReplacement(id ? Masking.idNumber(number) : Masking.phone(number)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
