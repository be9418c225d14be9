package org.enrolcheck.identity;

import java.time.OffsetDateTime;
import java.util.Map;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Paging;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.enrolcheck.validation.Masking;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Window;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import io.r2dbc.spi.Readable;
import reactor.core.publisher.Mono;

/**
 * SUPPORT's queue of disputes with a submitted photo, keyset-paged by (submission time, id). SUPPORT
 * (学信网客服) is national, so no institution bounds it; every value it shows is masked, and the photo
 * itself is fetched separately (IdentityPhotoController), each view audited.
 */
@Repository
class DisputeQueue {

	record IdentityDisputeParty(String maskedName, @Nullable String maskedPhone, String state, OffsetDateTime registeredAt) {
	}

	record IdentityDisputeReview(long key, String id, String reviewState, String disputeState, int version, String idType,
			String maskedIdNumber, IdentityDisputeParty claimant, IdentityDisputeParty holder, String photoUrl,
			OffsetDateTime submittedAt, OffsetDateTime createdAt, @Nullable OffsetDateTime decidedAt, @Nullable String reason) {
	}

	private static final String SELECT = """
			SELECT d.id, d.review_state, d.state, d.version, d.id_type, d.id_number_masked, d.photo_submitted_at, d.created_at,
			       d.decided_at, d.decision_reason,
			       c.display_name AS c_name, c.phone_masked AS c_phone, c.state AS c_state, c.created_at AS c_created,
			       h.display_name AS h_name, h.phone_masked AS h_phone, h.state AS h_state, h.created_at AS h_created
			FROM identity_dispute d JOIN account c ON c.id = d.claimant_id JOIN account h ON h.id = d.holder_id
			""";

	private final DatabaseClient db;

	DisputeQueue(DatabaseClient db) {
		this.db = db;
	}

	/** The viewer if SUPPORT; UNAUTHENTICATED / FORBIDDEN otherwise. */
	static Mono<Viewer> support() {
		return Viewer.current().flatMap(viewer -> viewer.has(Role.SUPPORT) ? Mono.just(viewer) : Mono.error(viewer.refusal()));
	}

	Mono<Window<IdentityDisputeReview>> page(String state, Paging paging) {
		return support().flatMap(viewer -> db.sql(SELECT + """
				WHERE d.review_state = :state AND (d.photo_submitted_at, d.id) > (:at, :after)
				ORDER BY d.photo_submitted_at, d.id LIMIT :limit""")
			.bind("state", state)
			.bind("at", paging.firstPage() ? OffsetDateTime.parse("1970-01-01T00:00:00Z")
					: OffsetDateTime.parse(paging.afterString("at")))
			.bind("after", paging.firstPage() ? 0L : paging.afterLong("id"))
			.bind("limit", paging.limit() + 1)
			.map(DisputeQueue::review)
			.all()
			.collectList()
			.map(rows -> paging.window(rows, review -> Map.of("at", review.submittedAt().toString(), "id", review.key()))));
	}

	/** One dispute as the queue shows it (after a decision). */
	Mono<IdentityDisputeReview> find(long disputeId) {
		return db.sql(SELECT + "WHERE d.id = :id AND d.review_state IS NOT NULL").bind("id", disputeId).map(DisputeQueue::review).one();
	}

	private static IdentityDisputeReview review(Readable row) {
		long id = row.get("id", Long.class);
		String globalId = GlobalId.encode("IdentityDispute", id);
		return new IdentityDisputeReview(id, globalId, row.get("review_state", String.class), row.get("state", String.class),
				row.get("version", Integer.class), row.get("id_type", String.class), row.get("id_number_masked", String.class),
				party(row, "c_"), party(row, "h_"), IdentityPhotoController.path(globalId),
				row.get("photo_submitted_at", OffsetDateTime.class), row.get("created_at", OffsetDateTime.class),
				row.get("decided_at", OffsetDateTime.class), row.get("decision_reason", String.class));
	}

	private static IdentityDisputeParty party(Readable row, String prefix) {
		return new IdentityDisputeParty(Masking.name(row.get(prefix + "name", String.class)), row.get(prefix + "phone", String.class),
				row.get(prefix + "state", String.class), row.get(prefix + "created", OffsetDateTime.class));
	}

}
