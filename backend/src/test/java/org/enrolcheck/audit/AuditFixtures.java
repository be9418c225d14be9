package org.enrolcheck.audit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.TestTokens;
import org.springframework.r2dbc.core.DatabaseClient;

/** Audit rows written through the real {@link AuditLog}, accounts to act as, and tokens. */
record AuditFixtures(DatabaseClient db, AuditLog audit, TestTokens tokens) {

	long institution() {
		return db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class)).one().block();
	}

	long college(String code) {
		return db.sql("SELECT id FROM college WHERE code = :code AND institution_id = :institution").bind("code", code)
			.bind("institution", institution()).map(row -> row.get(0, Long.class)).one().block();
	}

	void write(String actor, String action, String entityType, Long entityId, Map<String, ?> before, Map<String, ?> after,
			String reason) {
		audit.write(new AuditEvent(actor, action, entityType, entityId, institution(), before, after, reason))
			.block(Duration.ofSeconds(10));
	}

	/** A staff account with a username: its subject is the account's global id. */
	String staffAccount(String username) {
		long id = db.sql("""
				INSERT INTO account (username, display_name, password_hash, roles, institution_id)
				VALUES (:username, '审计员', 'x', '{REGISTRAR}', :institution) RETURNING id""")
			.bind("username", username).bind("institution", institution())
			.map(row -> row.get(0, Long.class)).one().block();
		return GlobalId.encode("Account", id);
	}

	/** A student account (no username): shown by its masked name. */
	String studentAccount(String name) {
		long id = db.sql("""
				INSERT INTO account (display_name, password_hash, roles, id_number_index)
				VALUES (:name, 'x', '{STUDENT}', decode(md5(random()::text), 'hex')) RETURNING id""")
			.bind("name", name).map(row -> row.get(0, Long.class)).one().block();
		return GlobalId.encode("Account", id);
	}

	String staff(Role role, List<Long> colleges) {
		return tokens.staff(role, institution(), colleges, List.of());
	}

}
