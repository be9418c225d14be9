package org.enrolcheck.campaign;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.r2dbc.spi.Readable;
import org.enrolcheck.graphql.Paging;
import org.enrolcheck.validation.Level;
import org.enrolcheck.validation.RecordStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Campaign SQL; the cohort counts for a page of campaigns come from one grouped statement. */
@Repository
class CampaignRepository {

	private static final String SELECT = """
			SELECT id, institution_id, name, admission_year, levels, opens_at, closes_at, fields_to_check, notice,
			       reminder_days, created_by, version, created_at
			FROM campaign""";

	private final DatabaseClient db;

	CampaignRepository(DatabaseClient db) {
		this.db = db;
	}

	Mono<Long> insert(long institutionId, CampaignDraft draft, String createdBy) {
		return db.sql("""
				INSERT INTO campaign (institution_id, name, admission_year, levels, opens_at, closes_at, fields_to_check,
				    notice, reminder_days, created_by)
				VALUES (:institution, :name, :year, :levels, :opensAt, :closesAt, :fields, :notice, :reminders, :createdBy)
				RETURNING id""")
			.bind("institution", institutionId).bind("name", draft.name()).bind("year", draft.admissionYear())
			.bind("levels", draft.levels().stream().map(Enum::name).toArray(String[]::new))
			.bind("opensAt", draft.opensAt()).bind("closesAt", draft.closesAt())
			.bind("fields", draft.fieldsToCheck().toArray(String[]::new)).bind("notice", draft.notice())
			.bind("reminders", draft.reminderDays().toArray(Integer[]::new)).bind("createdBy", createdBy)
			.map(row -> row.get(0, Long.class)).one();
	}

	/** Writes the draft over a campaign if {@code version} is still current; 0 rows means it was not. */
	Mono<Long> update(long id, int version, CampaignDraft draft) {
		return db.sql("""
				UPDATE campaign SET name = :name, opens_at = :opensAt, closes_at = :closesAt, fields_to_check = :fields,
				    notice = :notice, reminder_days = :reminders, version = version + 1, updated_at = now()
				WHERE id = :id AND version = :version""")
			.bind("name", draft.name()).bind("opensAt", draft.opensAt()).bind("closesAt", draft.closesAt())
			.bind("fields", draft.fieldsToCheck().toArray(String[]::new)).bind("notice", draft.notice())
			.bind("reminders", draft.reminderDays().toArray(Integer[]::new)).bind("id", id).bind("version", version)
			.fetch().rowsUpdated();
	}

	Mono<Campaign> find(long id, long institutionId) {
		return db.sql(SELECT + " WHERE id = :id AND institution_id = :institution").bind("id", id)
			.bind("institution", institutionId).map(CampaignRepository::campaign).one();
	}

	Flux<Campaign> page(long institutionId, Paging paging) {
		String after = paging.firstPage() ? "" : " AND id < :afterId";
		var spec = db.sql(SELECT + " WHERE institution_id = :institution" + after + " ORDER BY id DESC LIMIT :limit")
			.bind("institution", institutionId).bind("limit", paging.limit() + 1);
		return (paging.firstPage() ? spec : spec.bind("afterId", paging.afterLong("id"))).map(CampaignRepository::campaign).all();
	}

	/** Records of each campaign's cohort by status, for many campaigns in one statement. */
	/** Campaigns of the institution with that code whose deadline is after {@code since}, soonest deadline first. */
	Flux<Campaign> closingAfter(String institutionCode, OffsetDateTime since) {
		return db.sql(SELECT + " WHERE institution_id = (SELECT id FROM institution WHERE code = :code)"
				+ " AND closes_at > :since ORDER BY closes_at, id LIMIT 20")
			.bind("code", institutionCode).bind("since", since).map(CampaignRepository::campaign).all();
	}

	Flux<StatusCount> cohortCounts(Collection<Long> campaignIds) {
		return db.sql("""
				SELECT c.id AS campaign_id, r.status, count(*) AS n
				FROM campaign c
				JOIN enrolment_record r ON r.institution_id = c.institution_id AND r.admission_year = c.admission_year
				    AND (cardinality(c.levels) = 0 OR r.level = ANY(c.levels))
				WHERE c.id = ANY(:ids)
				GROUP BY c.id, r.status""")
			.bind("ids", campaignIds.toArray(Long[]::new))
			.map(row -> new StatusCount(row.get("campaign_id", Long.class), RecordStatus.valueOf(row.get("status", String.class)),
					row.get("n", Long.class).intValue()))
			.all();
	}

	Flux<Extension> extensions(Collection<Long> campaignIds) {
		return db.sql("SELECT campaign_id, record_id, closes_at, reason, granted_by FROM campaign_extension"
				+ " WHERE campaign_id = ANY(:ids) ORDER BY granted_at")
			.bind("ids", campaignIds.toArray(Long[]::new))
			.map(row -> new Extension(row.get("campaign_id", Long.class), row.get("record_id", Long.class),
					row.get("closes_at", OffsetDateTime.class), row.get("reason", String.class),
					row.get("granted_by", String.class)))
			.all();
	}

	/** Whether the record belongs to the campaign's cohort. */
	Mono<Boolean> inCohort(Campaign campaign, long recordId) {
		return db.sql("""
				SELECT count(*) FROM enrolment_record r WHERE r.id = :record AND r.institution_id = :institution
				  AND r.admission_year = :year AND (cardinality(:levels::text[]) = 0 OR r.level = ANY(:levels::text[]))""")
			.bind("record", recordId).bind("institution", campaign.institutionId()).bind("year", campaign.admissionYear())
			.bind("levels", campaign.levels().stream().map(Enum::name).toArray(String[]::new))
			.map(row -> row.get(0, Long.class) > 0).one();
	}

	Mono<Void> extend(long campaignId, long recordId, OffsetDateTime closesAt, String reason, String grantedBy) {
		return db.sql("""
				INSERT INTO campaign_extension (campaign_id, record_id, closes_at, reason, granted_by)
				VALUES (:campaign, :record, :closesAt, :reason, :grantedBy)
				ON CONFLICT (campaign_id, record_id) DO UPDATE
				SET closes_at = excluded.closes_at, reason = excluded.reason, granted_by = excluded.granted_by,
				    granted_at = now()""")
			.bind("campaign", campaignId).bind("record", recordId).bind("closesAt", closesAt).bind("reason", reason)
			.bind("grantedBy", grantedBy)
			.then();
	}

	record StatusCount(long campaignId, RecordStatus status, int count) {
	}

	record Extension(long campaignId, long recordId, OffsetDateTime closesAt, String reason, String grantedBy) {
	}

	private static Campaign campaign(Readable row) {
		return new Campaign(row.get("id", Long.class), row.get("institution_id", Long.class), row.get("name", String.class),
				row.get("admission_year", Short.class),
				Arrays.stream(row.get("levels", String[].class)).map(Level::valueOf).toList(),
				row.get("opens_at", OffsetDateTime.class), row.get("closes_at", OffsetDateTime.class),
				List.of(row.get("fields_to_check", String[].class)), row.get("notice", String.class),
				List.of(row.get("reminder_days", Integer[].class)), row.get("created_by", String.class),
				row.get("version", Integer.class), row.get("created_at", OffsetDateTime.class));
	}

	static Map<String, Object> cursorKeys(Campaign campaign) {
		return Map.of("id", campaign.id());
	}

}
