package org.enrolcheck.photo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enrolcheck.demo.PlaceholderPhotos;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Imports a class-year's worth of placeholder admission photos (240×320 JPEG, as the demo draws them)
 * through the running server, then the same ZIP again. Times are printed, never asserted.
 *
 * <p>Run: {@code ./mvnw test -Dsurefire.excludedGroups= -Dgroups=bench -Dtest=PhotoImportBenchmark};
 * {@code -Dbench.photos=500} for a quicker look.
 */
@EnrolCheckTest
@Tag("bench")
class PhotoImportBenchmark {

	static final int PHOTOS = Integer.getInteger("bench.photos", 3_000);

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient http;

	@Autowired
	TestTokens tokens;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	DatabaseClient db;

	@Test
	void importsAClassYearOfPhotos() {
		long institution = db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class)).one().block();
		String bearer = tokens.staff(Role.REGISTRAR, institution, List.of(), List.of());
		PlaceholderPhotos photos = new PlaceholderPhotos(20251022L);
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (int i = 0; i < PHOTOS; i++) {
			String student = "B" + (100_000 + i);
			fixtures.add("2025010101", "照片", student, RecordFixtures.IDS.get(i % RecordFixtures.IDS.size()));
			files.put(student + ".jpg", photos.photo(i));
		}
		byte[] zip = PhotoFiles.zip(files);
		HttpGraphQlTester registrar = graphQl.mutate().header("Authorization", bearer)
			.webTestClient(client -> client.responseTimeout(java.time.Duration.ofMinutes(5))).build();
		for (String run : List.of("first import", "same ZIP again")) {
			long uploadStart = System.nanoTime();
			String upload = PhotoFiles.upload(http.mutate().responseTimeout(java.time.Duration.ofMinutes(2)).build(), bearer, zip);
			System.out.printf("[bench] upload: %d ms%n", (System.nanoTime() - uploadStart) / 1_000_000);
			long start = System.nanoTime();
			int matched = registrar.documentName("photoImport").variable("input", Map.of("uploadId", upload)).execute()
				.path("importAdmissionPhotos.matched").entity(Integer.class).get();
			long millis = (System.nanoTime() - start) / 1_000_000;
			System.out.printf("[bench] photo import, %s: %d photos (%d KB ZIP) matched %d in %d ms, %.0f photos/s%n", run,
					PHOTOS, zip.length / 1024, matched, millis, matched * 1000.0 / Math.max(1, millis));
		}
	}

}
