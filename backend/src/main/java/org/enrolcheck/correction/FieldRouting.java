package org.enrolcheck.correction;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.enrolcheck.audit.AuditEvent;
import org.enrolcheck.audit.AuditLog;
import org.enrolcheck.security.Viewer;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Per-institution tier routing of correctable fields; fields without a row keep domain.md's default. */
@Service
class FieldRouting {

	private final CorrectionFiling filing;

	private final DatabaseClient db;

	private final AuditLog audit;

	private final TransactionalOperator transaction;

	FieldRouting(CorrectionFiling filing, DatabaseClient db, AuditLog audit, TransactionalOperator transaction) {
		this.filing = filing;
		this.db = db;
		this.audit = audit;
		this.transaction = transaction;
	}

	record Routing(String field, TicketField.Tier tier, boolean customised, boolean main) {
	}

	Mono<List<Routing>> routings() {
		return Viewer.current().flatMap(viewer -> {
			TicketScope.staff(viewer);
			return filing.tiers(viewer.institutionId() == null ? -1 : viewer.institutionId()).map(custom -> Arrays
				.stream(TicketField.values())
				.map(field -> new Routing(field.graphQlName(), custom.getOrDefault(field.graphQlName(), field.defaultTier()),
						custom.containsKey(field.graphQlName()), field.main()))
				.toList());
		});
	}

	/** REGISTRAR; tickets already filed keep the tier they were filed with. */
	Mono<Object> set(String field, TicketField.Tier tier, boolean english) {
		return Viewer.registrar().flatMap(viewer -> {
			TicketField known = TicketField.of(field).orElse(null);
			if (known == null || tier == TicketField.Tier.CONTACT) {
				return Mono.just(CorrectionFiling.invalid(known == null ? "field" : "tier",
						known == null ? "FIELD_NOT_CORRECTABLE" : "TIER_NOT_ROUTABLE", english,
						known == null ? "该字段不能通过勘误申请修改。" : "联系方式不是记录字段，不能作为层级。",
						known == null ? "This field cannot be corrected through a ticket." : "CONTACT is not a tier for record fields."));
			}
			return db.sql("""
					INSERT INTO field_tier (institution_id, field, tier, updated_by) VALUES (:institution, :field, :tier, :by)
					ON CONFLICT (institution_id, field) DO UPDATE SET tier = excluded.tier, updated_by = excluded.updated_by,
					  updated_at = now()""")
				.bind("institution", viewer.institutionId()).bind("field", field).bind("tier", tier.name())
				.bind("by", viewer.subject()).then()
				.then(audit.write(new AuditEvent(viewer.subject(), "SET_FIELD_TIER", "Institution", viewer.institutionId(),
						viewer.institutionId(), null, Map.of("field", field, "tier", tier.name()), null)))
				.then(Mono.<Object>just(new Routing(field, tier, tier != known.defaultTier(), known.main())))
				.as(transaction::transactional);
		});
	}

}
