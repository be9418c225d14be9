package org.enrolcheck.campaign;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.enrolcheck.audit.AuditEvent;
import org.enrolcheck.audit.AuditLog;
import org.enrolcheck.db.IdempotencyKeys;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.Paging;
import org.enrolcheck.graphql.ValidationFailed.FieldError;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Campaign rules: registrars write, staff and analysts of the institution read, everyone else is
 * refused. Every change writes an audit event in the same transaction.
 */
@Service
public class CampaignService {

	private static final String OPERATION = "createCampaign";

	private final CampaignRepository repository;

	private final IdempotencyKeys idempotency;

	private final AuditLog audit;

	private final TransactionalOperator transaction;

	CampaignService(CampaignRepository repository, IdempotencyKeys idempotency, AuditLog audit,
			TransactionalOperator transaction) {
		this.repository = repository;
		this.idempotency = idempotency;
		this.audit = audit;
		this.transaction = transaction;
	}

	/**
	 * Public on purpose: the landing page shows the notice and the window before anyone signs in. Campaigns
	 * closed more than 30 days ago drop off; a malformed code simply finds nothing.
	 */
	Flux<Campaign> publicCampaigns(String institutionCode, OffsetDateTime now) {
		if (institutionCode == null || !institutionCode.matches("[0-9]{5}")) {
			return Flux.empty();
		}
		return repository.closingAfter(institutionCode, now.minusDays(30));
	}

	Mono<CampaignOutcome> create(String key, CampaignDraft draft, boolean english) {
		return Viewer.registrar().flatMap(viewer -> {
			if (key == null || key.length() < 8 || key.length() > 100) {
				return Mono.just(new CampaignOutcome.Invalid(List.of(new FieldError("idempotencyKey", "IDEMPOTENCY_KEY",
						english ? "The idempotency key must have 8–100 characters." : "幂等键须为 8–100 个字符。"))));
			}
			List<FieldError> problems = draft.problems(english);
			if (!problems.isEmpty()) {
				return Mono.just(new CampaignOutcome.Invalid(problems));
			}
			byte[] fingerprint = IdempotencyKeys.fingerprint(draft);
			long institution = viewer.institutionId();
			return idempotency.claim(viewer.subject(), key, OPERATION, fingerprint)
				.flatMap(claim -> switch (claim) {
					case IdempotencyKeys.Claim.Reused ignored -> Mono.just((CampaignOutcome) new CampaignOutcome.KeyReused());
					case IdempotencyKeys.Claim.Replay replay -> saved(replay.resultId(), institution);
					case IdempotencyKeys.Claim.Fresh ignored -> repository.insert(institution, draft, viewer.subject())
						.flatMap(id -> idempotency.remember(viewer.subject(), key, OPERATION, fingerprint, id)
							.then(audit.write(new AuditEvent(viewer.subject(), "CREATE_CAMPAIGN", "Campaign", id, institution,
									null, Map.of("name", draft.name(), "opensAt", draft.opensAt().toString(), "closesAt",
											draft.closesAt().toString()), null)))
							.then(saved(id, institution)));
				})
				.as(transaction::transactional);
		});
	}

	Mono<CampaignOutcome> update(long id, int version, java.util.function.UnaryOperator<CampaignDraft> change,
			boolean english) {
		return Viewer.registrar().flatMap(viewer -> repository.find(id, viewer.institutionId())
			.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)))
			.flatMap(current -> {
				if (current.version() != version) {
					return Mono.just((CampaignOutcome) new CampaignOutcome.Stale(current.version()));
				}
				CampaignDraft draft = change.apply(draftOf(current));
				List<FieldError> problems = draft.problems(english);
				if (!problems.isEmpty()) {
					return Mono.just(new CampaignOutcome.Invalid(problems));
				}
				return repository.update(id, version, draft)
					.flatMap(rows -> rows == 0 ? repository.find(id, viewer.institutionId())
						.map(now -> (CampaignOutcome) new CampaignOutcome.Stale(now.version()))
							: audit.write(new AuditEvent(viewer.subject(), "UPDATE_CAMPAIGN", "Campaign", id,
									viewer.institutionId(), Map.of("closesAt", current.closesAt().toString()),
									Map.of("closesAt", draft.closesAt().toString()), null))
								.then(saved(id, viewer.institutionId())))
					.as(transaction::transactional);
			}));
	}

	Mono<CampaignOutcome> extend(long campaignId, long recordId, OffsetDateTime closesAt, String reason, boolean english) {
		return Viewer.registrar().flatMap(viewer -> repository.find(campaignId, viewer.institutionId())
			.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)))
			.flatMap(campaign -> repository.inCohort(campaign, recordId).flatMap(inCohort -> {
				List<FieldError> problems = new java.util.ArrayList<>();
				if (!inCohort) {
					problems.add(new FieldError("recordId", "NOT_IN_COHORT",
							english ? "The record is not in this campaign's cohort." : "该学籍不在本次自查范围内。"));
				}
				if (closesAt == null || !closesAt.isAfter(campaign.closesAt())) {
					problems.add(new FieldError("closesAt", "EXTENSION_NOT_LATER",
							english ? "An extension must end after the campaign's deadline." : "延期截止时间须晚于本次自查的截止时间。"));
				}
				if (reason == null || reason.strip().length() < 2 || reason.strip().length() > 500) {
					problems.add(new FieldError("reason", "REASON_REQUIRED",
							english ? "Give a reason (2–500 characters)." : "请填写延期原因（2–500 字）。"));
				}
				if (!problems.isEmpty()) {
					return Mono.just((CampaignOutcome) new CampaignOutcome.Invalid(problems));
				}
				return repository.extend(campaignId, recordId, closesAt, reason.strip(), viewer.subject())
					.then(audit.write(new AuditEvent(viewer.subject(), "EXTEND_CAMPAIGN", "EnrolmentRecord", recordId,
							viewer.institutionId(), null, Map.of("campaign", campaignId, "closesAt", closesAt.toString()),
							reason.strip())))
					.then(saved(campaignId, viewer.institutionId()))
					.as(transaction::transactional);
			})));
	}

	/** Staff, analysts and campaigns:read tokens of the institution read campaigns; they hold no personal data. */
	Mono<Campaign> campaign(long id) {
		return reader().flatMap(viewer -> repository.find(id, viewer.institutionId()));
	}

	Mono<List<Campaign>> page(Paging paging) {
		return reader().flatMap(viewer -> repository.page(viewer.institutionId(), paging).collectList());
	}

	Flux<CampaignRepository.StatusCount> cohortCounts(List<Long> campaignIds) {
		return repository.cohortCounts(campaignIds);
	}

	/**
	 * Extensions name a student's record and a free-text reason: an integrator's token sees them only
	 * when it may read records too (campaigns:read alone gives none).
	 */
	Flux<CampaignRepository.Extension> extensions(List<Long> campaignIds) {
		return Viewer.current().flatMapMany(viewer -> viewer.has(Role.INTEGRATOR) && !viewer.isIntegratorWith("records:read")
				? Flux.empty() : repository.extensions(campaignIds));
	}

	private Mono<CampaignOutcome> saved(long id, long institutionId) {
		return repository.find(id, institutionId).map(CampaignOutcome.Saved::new);
	}

	private static CampaignDraft draftOf(Campaign campaign) {
		return new CampaignDraft(campaign.name(), campaign.admissionYear(), campaign.levels(), campaign.opensAt(),
				campaign.closesAt(), campaign.fieldsToCheck(), campaign.notice(), campaign.reminderDays());
	}


	/** Staff and analysts of an institution, or an integrator's token with campaigns:read: that institution only. */
	private static Mono<Viewer> reader() {
		return Viewer.current().flatMap(viewer -> viewer.institutionId() != null && (viewer.has(Role.REGISTRAR)
				|| viewer.has(Role.COLLEGE_ADMIN) || viewer.has(Role.COUNSELLOR) || viewer.has(Role.ANALYST)
				|| viewer.isIntegratorWith("campaigns:read"))
						? Mono.just(viewer) : Mono.error(viewer.refusal()));
	}

}
