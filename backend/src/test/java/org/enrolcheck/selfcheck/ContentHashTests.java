package org.enrolcheck.selfcheck;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The confirmed content's hash is canonical: same main fields, same hash, whatever the map's order. */
class ContentHashTests {

	@Test
	void theSerialisationIsFixedAndEveryMainFieldAndThePhotoCount() {
		Map<String, String> values = new LinkedHashMap<>();
		for (String field : ContentHash.FIELDS) {
			values.put(field, field + "-value");
		}
		Map<String, String> reversed = new HashMap<>();
		values.entrySet().stream().toList().reversed().forEach(entry -> reversed.put(entry.getKey(), entry.getValue()));
		assertThat(ContentHash.hex(ContentHash.of(reversed))).isEqualTo(ContentHash.hex(ContentHash.of(values)));
		assertThat(ContentHash.canonical(values)).startsWith("examineeNumber=examineeNumber-value\nstudentNumber=")
			.endsWith("admissionPhotoSha256=admissionPhotoSha256-value\n");
		for (String field : ContentHash.FIELDS) {
			Map<String, String> changed = new HashMap<>(values);
			changed.put(field, "other");
			assertThat(ContentHash.of(changed)).as(field).isNotEqualTo(ContentHash.of(values));
		}
		Map<String, String> nonMain = new HashMap<>(values);
		nonMain.put("classCode", "2025010102");
		assertThat(ContentHash.of(nonMain)).isEqualTo(ContentHash.of(values));
		Map<String, String> noPhoto = new HashMap<>(values);
		noPhoto.remove("admissionPhotoSha256");
		assertThat(ContentHash.canonical(noPhoto)).endsWith("admissionPhotoSha256=\n");
	}

}
