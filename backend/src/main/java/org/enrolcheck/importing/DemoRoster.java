package org.enrolcheck.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.enrolcheck.demo.DemoCohort;
import org.enrolcheck.demo.RosterCsv;
import org.enrolcheck.demo.SouthwestUniversityCatalogue;
import org.enrolcheck.security.Viewer;
import org.enrolcheck.upload.UploadPurpose;
import org.enrolcheck.upload.UploadStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Seeds the demo institution with synthetic students on first start, through the same upload, dry
 * run and commit a registrar uses, so the demo exercises the real import. Skipped once the
 * institution has records.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty("enrolcheck.demo")
public class DemoRoster implements ApplicationRunner {

	public static final String LOADER = "demo-loader";

	private static final Log log = LogFactory.getLog(DemoRoster.class);

	private final DatabaseClient db;

	private final UploadStore uploads;

	private final ImportService imports;

	private final Clock clock;

	private final int students;

	DemoRoster(DatabaseClient db, UploadStore uploads, ImportService imports, Clock clock,
			@Value("${enrolcheck.demo-students:5000}") int students) {
		this.db = db;
		this.uploads = uploads;
		this.imports = imports;
		this.clock = clock;
		this.students = students;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (students <= 0) {
			return;
		}
		SouthwestUniversityCatalogue catalogue = DemoCohort.catalogue();
		Long institution = db.sql("SELECT id FROM institution WHERE code = :code").bind("code", catalogue.institutionCode())
			.map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
		Long existing = db.sql("SELECT count(*) FROM enrolment_record WHERE institution_id = :id").bind("id", institution)
			.map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
		if (institution == null || existing == null || existing > 0) {
			return;
		}
		ImportOutcome outcome = uploads.store(LOADER, UploadPurpose.ROSTER, "demo-roster.csv", csv(catalogue))
			.flatMap(upload -> imports.start(upload.id(), false))
			.flatMap(started -> started instanceof ImportOutcome.Analysed analysed
					? imports.commit(analysed.batch().id(), analysed.batch().version()) : Mono.just(started))
			.contextWrite(ReactiveSecurityContextHolder.withAuthentication(registrar(institution)))
			.block(Duration.ofMinutes(5));
		if (outcome instanceof ImportOutcome.Committed committed
				&& committed.batch().state() == ImportBatch.State.COMMITTED) {
			log.info("Demo roster imported: " + committed.batch().counts().created() + " synthetic students");
		}
		else {
			throw new IllegalStateException("The demo roster did not import: " + outcome);
		}
	}

	private byte[] csv(SouthwestUniversityCatalogue catalogue) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new RosterCsv(catalogue).write(DemoCohort.rows(clock, students).iterator(), out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The loader acts as a registrar of the demo institution, and the audit trail names it. */
	public static JwtAuthenticationToken registrar(long institution) {
		Jwt jwt = Jwt.withTokenValue("demo").header("alg", "none").subject(LOADER)
			.claims(claims -> claims.putAll(Map.of(Viewer.INSTITUTION_CLAIM, institution)))
			.build();
		return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_REGISTRAR")), LOADER);
	}

}
