package org.enrolcheck.photo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.enrolcheck.demo.DemoCohort;
import org.enrolcheck.importing.DemoRoster;
import org.enrolcheck.upload.UploadPurpose;
import org.enrolcheck.upload.UploadStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Gives the demo students their placeholder admission photos on first start, through the same ZIP
 * import a registrar uses, for the first {@code enrolcheck.demo-photos} of them. Runs after the demo
 * roster; skipped once any demo record has a photo.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("enrolcheck.demo")
class DemoPhotos implements ApplicationRunner {

	private static final Log log = LogFactory.getLog(DemoPhotos.class);

	private final DatabaseClient db;

	private final UploadStore uploads;

	private final PhotoImportService photos;

	private final Clock clock;

	private final int students;

	private final int withPhoto;

	DemoPhotos(DatabaseClient db, UploadStore uploads, PhotoImportService photos, Clock clock,
			@Value("${enrolcheck.demo-students:5000}") int students, @Value("${enrolcheck.demo-photos:2000}") int withPhoto) {
		this.db = db;
		this.uploads = uploads;
		this.photos = photos;
		this.clock = clock;
		this.students = students;
		this.withPhoto = withPhoto;
	}

	@Override
	public void run(ApplicationArguments args) {
		Long institution = db.sql("SELECT i.id FROM institution i WHERE i.code = :code"
				+ " AND EXISTS (SELECT 1 FROM enrolment_record r WHERE r.institution_id = i.id)"
				+ " AND NOT EXISTS (SELECT 1 FROM enrolment_record r WHERE r.institution_id = i.id AND r.admission_photo_id IS NOT NULL)")
			.bind("code", DemoCohort.catalogue().institutionCode())
			.map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
		if (students <= 0 || withPhoto <= 0 || institution == null) {
			return;
		}
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try {
			// drawing and re-encoding costs a few ms a photo: the rest of the cohort shows what a
			// missing photo looks like, which registrars chase too
			DemoCohort.photos().photoZip(DemoCohort.rows(clock, students).limit(withPhoto).iterator(), zip);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		PhotoImportOutcome outcome = uploads.store(DemoRoster.LOADER, UploadPurpose.PHOTO_ZIP, "demo-photos.zip", zip.toByteArray())
			.flatMap(upload -> photos.importAdmissionPhotos(upload.id()))
			.contextWrite(ReactiveSecurityContextHolder.withAuthentication(DemoRoster.registrar(institution)))
			.block(Duration.ofMinutes(5));
		switch (outcome) {
			case PhotoImportOutcome.Imported imported -> log.info("Demo admission photos imported: " + imported.matched());
			case PhotoImportOutcome.Rejected rejected -> throw new IllegalStateException("Demo photos refused: " + rejected.rejection());
			case null -> throw new IllegalStateException("Demo photos did not import in time");
		}
	}

}
