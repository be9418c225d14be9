package org.enrolcheck.identity;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.enrolcheck.account.AccountSessions;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.upload.UploadPurpose;
import org.enrolcheck.upload.UploadStore;
import org.enrolcheck.validation.IdType;
import org.enrolcheck.validation.Masking;
import org.enrolcheck.validation.MobilePhone;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Demo students in the states the linked demo students (account.DemoStudents) do not show: one whose
 * account name differs from the record with its ID number (not linked; can correct the name), and one
 * who claimed the first demo student's ID number (an open identity dispute, with a drawn photo waiting
 * for SUPPORT's review). Runs after DemoStudents,
 * whose first student holds that number, and prints its lines below the demo logins table.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnBooleanProperty("enrolcheck.demo")
class DemoIdentities implements ApplicationListener<ApplicationReadyEvent> {

	static final String NOT_LINKED_PHONE = "13800000003";

	static final String DISPUTING_PHONE = "13800000004";

	/** The demo password (account.DemoLogins); demo mode only. */
	private static final String PASSWORD = "Demo@2025";

	private final DatabaseClient db;

	private final StudentIdentities identities;

	private final IdentityDisputes disputes;

	private final AccountSessions sessions;

	private final UploadStore uploads;

	DemoIdentities(DatabaseClient db, StudentIdentities identities, IdentityDisputes disputes, AccountSessions sessions,
			UploadStore uploads) {
		this.db = db;
		this.identities = identities;
		this.disputes = disputes;
		this.sessions = sessions;
		this.uploads = uploads;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		List<String> lines = ensure().block(Duration.ofSeconds(30));
		if (lines != null && !lines.isEmpty()) {
			System.out.println(String.join("\n", lines) + "\n");
		}
	}

	private record Roster(String name, String idNumber) {
	}

	/** Creates the two students when missing; one table line per student that exists afterwards. */
	Mono<List<String>> ensure() {
		return db.sql("""
				SELECT r.name, r.id_number_cipher FROM enrolment_record r JOIN institution i ON i.id = r.institution_id
				WHERE i.code = '10635' AND r.status = 'REGISTERED' AND r.id_type = 'RESIDENT_ID'
				ORDER BY r.id LIMIT 3""")
			.map(row -> new Roster(row.get("name", String.class),
					identities.cipher().decryptText(Identities.ID_NUMBER_INDEX, row.get("id_number_cipher", byte[].class))))
			.all()
			.collectList()
			.filter(roster -> roster.size() == 3)
			.flatMap(roster -> sessions.hashPassword(PASSWORD).flatMap(hash -> {
				List<String> lines = new ArrayList<>();
				Roster third = roster.get(2);
				String misspelt = third.name().substring(0, third.name().length() - 1) + (third.name().endsWith("明") ? "民" : "明");
				Mono<Void> notLinked = identities.insert(new StudentIdentities.NewStudent(misspelt, IdType.RESIDENT_ID,
						third.idNumber(), new MobilePhone(NOT_LINKED_PHONE), null), hash).then()
					.then(exists(NOT_LINKED_PHONE, lines, "not linked: account name " + misspelt
							+ " differs from the record's (correctAccountName fixes it)"));
				Roster first = roster.get(0);
				Mono<Void> disputing = identities.holderOf(first.idNumber())
					.flatMap(holder -> identities.insertClaimant(new StudentIdentities.NewStudent(first.name(), IdType.RESIDENT_ID,
							first.idNumber(), new MobilePhone(DISPUTING_PHONE), null), hash)
						.flatMap(claimant -> disputes.open(claimant, holder, IdType.RESIDENT_ID.name(),
								identities.cipher().encryptText(Identities.ID_NUMBER_CIPHER, first.idNumber()),
								Identities.idNumberIndex(identities.cipher(), first.idNumber()), Masking.idNumber(first.idNumber()))
							.then(photoForReview(claimant))))
					.then(exists(DISPUTING_PHONE, lines, "disputed: claims the ID number of " + first.name()
							+ " (13800000001); proveEnrolmentFacts with that record's facts resolves it;"
							+ " a photo holding the ID card waits in SUPPORT's queue"));
				return notLinked.then(disputing).thenReturn(lines);
			}))
			.defaultIfEmpty(List.of());
	}

	/** A drawn photo "holding the ID card", submitted for SUPPORT's review, so the queue has an entry. */
	private Mono<Void> photoForReview(long claimant) {
		return uploads.store(GlobalId.encode("Account", claimant), UploadPurpose.IDENTITY_PHOTO, "holding-id-card.png", drawnPhoto())
			.flatMap(upload -> db.sql("""
					UPDATE identity_dispute SET photo_upload_id = :upload, review_state = 'PENDING', photo_submitted_at = now()
					WHERE claimant_id = :claimant AND state = 'OPEN'""")
				.bind("upload", upload.id()).bind("claimant", claimant).then()
				.then(db.sql("UPDATE upload SET expires_at = 'infinity' WHERE id = :id").bind("id", upload.id()).then()));
	}

	private static byte[] drawnPhoto() {
		BufferedImage image = new BufferedImage(240, 180, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(236, 236, 236));
		g.fillRect(0, 0, 240, 180);
		g.setColor(new Color(241, 204, 174));
		g.fillOval(30, 20, 80, 100);
		g.setColor(new Color(120, 170, 220));
		g.fillRoundRect(120, 70, 100, 64, 10, 10);
		g.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Adds the student's line when the account exists (created now or on an earlier start). */
	private Mono<Void> exists(String phone, List<String> lines, String note) {
		return identities.accountWithPhone(new MobilePhone(phone))
			.doOnNext(id -> lines.add(line(phone, note)))
			.then();
	}

	private static String line(String phone, String note) {
		return String.format("  %-15s %-14s %s", phone, "STUDENT", note);
	}

}
