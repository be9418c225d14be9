package org.enrolcheck.photo;

import java.awt.Color;
import java.util.List;
import java.util.Map;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may import photos and download a record's photo: the record scope decides, and everyone else learns nothing. */
@EnrolCheckTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhotoAccessTests {

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

	long institution;

	long computing;

	long electronics;

	long computingClass;

	long otherClass;

	long withPhoto;

	long withoutPhoto;

	@BeforeAll
	void photographedStudent() {
		institution = id("SELECT id FROM institution WHERE code = '10635'");
		computing = id("SELECT id FROM college WHERE code = '01'");
		electronics = id("SELECT id FROM college WHERE code = '02'");
		computingClass = id("SELECT id FROM school_class WHERE code = '2024010101'");
		otherClass = id("SELECT id FROM school_class WHERE code = '2024010102'");
		withPhoto = fixtures.add("2024010101", "林照", "A202401010101", RecordFixtures.IDS.get(0));
		withoutPhoto = fixtures.add("2024010101", "林无", "A202401010102", RecordFixtures.IDS.get(1));
		String bearer = registrar();
		String upload = PhotoFiles.upload(http, bearer, PhotoFiles.zip(Map.of("A202401010101.jpg", PhotoFiles.jpeg(48, 64, Color.BLUE))));
		graphQl.mutate().header("Authorization", bearer).build().documentName("photoImport")
			.variable("input", Map.of("uploadId", upload)).execute()
			.path("importAdmissionPhotos.matched").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void theRegistrarCollegeAdminAndCounsellorOfTheRecordSeeIt() {
		for (String bearer : List.of(registrar(), tokens.staff(Role.COLLEGE_ADMIN, institution, List.of(computing), List.of()),
				tokens.staff(Role.COUNSELLOR, institution, List.of(), List.of(computingClass)))) {
			byte[] jpeg = get("/api/records/{id}/admission-photo", record(withPhoto), bearer).expectStatus().isOk()
				.expectBody(byte[].class).returnResult().getResponseBody();
			assertThat(PhotoFiles.decode(jpeg).getWidth()).isEqualTo(48);
		}
	}

	@Test
	void staffOutsideTheRecordsScopeGetNotFound() {
		for (String bearer : List.of(tokens.staff(Role.COLLEGE_ADMIN, institution, List.of(electronics), List.of()),
				tokens.staff(Role.COUNSELLOR, institution, List.of(), List.of(otherClass)),
				tokens.staff(Role.REGISTRAR, institution + 1000, List.of(), List.of()),
				tokens.staff(Role.STUDENT, institution, List.of(computing), List.of(computingClass)),
				tokens.staff(Role.ANALYST, institution, List.of(computing), List.of(computingClass)))) {
			get("/api/records/{id}/admission-photo", record(withPhoto), bearer).expectStatus().isNotFound();
		}
	}

	@Test
	void aMissingPhotoAnUnknownRecordAndAMalformedIdLookTheSame() {
		get("/api/records/{id}/admission-photo", record(withoutPhoto), registrar()).expectStatus().isNotFound();
		get("/api/records/{id}/diploma-photo", record(withPhoto), registrar()).expectStatus().isNotFound();
		get("/api/records/{id}/admission-photo", record(999_999_999), registrar()).expectStatus().isNotFound();
		get("/api/records/{id}/admission-photo", GlobalId.encode("ImportBatch", withPhoto), registrar()).expectStatus().isNotFound();
		get("/api/records/{id}/admission-photo", "not-an-id", registrar()).expectStatus().isNotFound();
	}

	@Test
	void aDiplomaPhotoIsServedTheSameWay() {
		db.sql("UPDATE enrolment_record SET diploma_photo_id = admission_photo_id WHERE id = :id").bind("id", withPhoto)
			.fetch().rowsUpdated().block();
		try {
			get("/api/records/{id}/diploma-photo", record(withPhoto), registrar()).expectStatus().isOk()
				.expectHeader().contentType("image/jpeg")
				.expectHeader().valueEquals("Cache-Control", "private, no-store");
		}
		finally {
			db.sql("UPDATE enrolment_record SET diploma_photo_id = NULL WHERE id = :id").bind("id", withPhoto)
				.fetch().rowsUpdated().block();
		}
	}

	@Test
	void anonymousCallersAreAskedToSignIn() {
		http.get().uri("/api/records/{id}/admission-photo", record(withPhoto)).exchange().expectStatus().isUnauthorized();
	}

	@Test
	void onlyARegistrarMayImportAndOnlyTheirOwnUpload() {
		String upload = PhotoFiles.upload(http, registrar(),
				PhotoFiles.zip(Map.of("A202401010102.jpg", PhotoFiles.jpeg(24, 32, Color.BLUE))));
		for (Role role : List.of(Role.COLLEGE_ADMIN, Role.COUNSELLOR, Role.STUDENT, Role.ANALYST, Role.SUPPORT, Role.INTEGRATOR)) {
			expectError(graphQl.mutate().header("Authorization", tokens.staff(role, institution, List.of(computing),
					List.of(computingClass))).build(), upload, "FORBIDDEN");
		}
		expectError(graphQl, upload, "UNAUTHENTICATED");
		String colleague = "Bearer " + tokens.issuer().accessToken("registrar-2", List.of(Role.REGISTRAR),
				Map.of(Viewer.INSTITUTION_CLAIM, institution));
		expectError(graphQl.mutate().header("Authorization", colleague).build(), upload, "NOT_FOUND");
		assertThat(db.sql("SELECT admission_photo_id FROM enrolment_record WHERE id = :id").bind("id", withoutPhoto)
			.map(row -> java.util.Optional.ofNullable(row.get(0, Long.class))).one().block()).isEmpty();
	}

	private void expectError(HttpGraphQlTester tester, String upload, String code) {
		tester.documentName("photoImport").variable("input", Map.of("uploadId", upload)).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", code)));
	}

	private WebTestClient.ResponseSpec get(String uri, String recordId, String bearer) {
		return http.get().uri(uri, recordId).header("Authorization", bearer).exchange();
	}

	private String registrar() {
		return tokens.staff(Role.REGISTRAR, institution, List.of(), List.of());
	}

	private static String record(long id) {
		return GlobalId.encode("EnrolmentRecord", id);
	}

	private long id(String sql) {
		return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
	}

}
