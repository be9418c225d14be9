package org.enrolcheck.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.MinimalDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query and mutation of the schema, called as every role and anonymously, is allowed or
 * refused exactly as the table below says. A new root field fails this test until the table names
 * who may call it. "Refused" means the GraphQL error UNAUTHENTICATED (anonymous) or FORBIDDEN;
 * anything else (data, null, a typed payload, NOT_FOUND) means the caller got past the door.
 */
@EnrolCheckTest
class AuthorisationMatrixTests {

	private static final Set<Role> STAFF = EnumSet.of(Role.REGISTRAR, Role.COLLEGE_ADMIN, Role.COUNSELLOR);

	private static final Set<Role> REGISTRAR = EnumSet.of(Role.REGISTRAR);

	/** Who may call each root field; {@code PUBLIC} fields are open to anonymous callers too. */
	private static final Map<String, Access> TABLE = Map.ofEntries(
			Map.entry("Query.node", Access.PUBLIC), Map.entry("Query.institutions", Access.PUBLIC),
			Map.entry("Query.institution", Access.PUBLIC), Map.entry("Query.colleges", Access.PUBLIC),
			Map.entry("Query.majors", Access.PUBLIC), Map.entry("Query.classes", Access.PUBLIC),
			Map.entry("Query.me", Access.PUBLIC), Map.entry("Query.openCampaigns", Access.PUBLIC),
			Map.entry("Query.record", Access.of(EnumSet.of(Role.REGISTRAR, Role.COLLEGE_ADMIN, Role.COUNSELLOR, Role.STUDENT))),
			Map.entry("Query.records", Access.of(STAFF)),
			Map.entry("Query.auditEvents", Access.of(EnumSet.of(Role.REGISTRAR, Role.COLLEGE_ADMIN))),
			Map.entry("Mutation.confirmRecord", Access.of(EnumSet.of(Role.STUDENT))),
			Map.entry("Mutation.confirmAdmissionPhoto", Access.of(EnumSet.of(Role.STUDENT))),
			Map.entry("Mutation.recordAssistedConfirmation", Access.of(STAFF)),
			Map.entry("Query.importBatch", Access.of(REGISTRAR)), Map.entry("Query.importBatches", Access.of(REGISTRAR)),
			Map.entry("Query.campaign", Access.of(EnumSet.of(Role.REGISTRAR, Role.COLLEGE_ADMIN, Role.COUNSELLOR, Role.ANALYST))),
			Map.entry("Query.campaigns", Access.of(EnumSet.of(Role.REGISTRAR, Role.COLLEGE_ADMIN, Role.COUNSELLOR, Role.ANALYST))),
			Map.entry("Query.campaignStatistics", Access.of(EnumSet.of(Role.REGISTRAR, Role.COLLEGE_ADMIN, Role.COUNSELLOR, Role.ANALYST))),
			Map.entry("Query.campaignTrend", Access.of(EnumSet.of(Role.REGISTRAR, Role.COLLEGE_ADMIN, Role.ANALYST))),
			Map.entry("Query.nonCompleters", Access.of(STAFF)),
			Map.entry("Query.counsellorTasks", Access.of(EnumSet.of(Role.COUNSELLOR))),
			Map.entry("Mutation.remindNow", Access.of(EnumSet.of(Role.REGISTRAR, Role.COLLEGE_ADMIN))),
			Map.entry("Query.staffAccounts", Access.of(REGISTRAR)),
			Map.entry("Mutation.login", Access.PUBLIC),
			Map.entry("Query.smsChallenge", Access.PUBLIC), Map.entry("Query.passwordStrength", Access.PUBLIC),
			Map.entry("Query.registrationTerms", Access.PUBLIC), Map.entry("Mutation.requestSmsCode", Access.PUBLIC),
			Map.entry("Mutation.register", Access.PUBLIC), Map.entry("Mutation.resetPassword", Access.PUBLIC),
			Map.entry("Mutation.recoverUsername", Access.PUBLIC),
			Map.entry("Query.devOutbox", Access.of(EnumSet.of(Role.REGISTRAR, Role.SUPPORT))),
			Map.entry("Mutation.changePhone", Access.SESSION), Map.entry("Mutation.changeEmail", Access.SESSION),
			Map.entry("Mutation.correctAccountName", Access.SESSION), Map.entry("Mutation.markInboxRead", Access.SESSION),
			Map.entry("Mutation.proveEnrolmentFacts", Access.SESSION),
			Map.entry("Mutation.requestClassmateAssist", Access.SESSION),
			Map.entry("Mutation.answerClassmateAssist", Access.SESSION),
			Map.entry("Mutation.submitIdentityPhoto", Access.SESSION),
			Map.entry("Mutation.startRealPersonVerification", Access.SESSION),
			Map.entry("Mutation.completeRealPersonVerification", Access.SESSION),
			Map.entry("Query.identityDisputes", Access.of(EnumSet.of(Role.SUPPORT))),
			Map.entry("Mutation.decideIdentityDispute", Access.of(EnumSet.of(Role.SUPPORT))),
			Map.entry("Mutation.revokeSession", Access.SESSION),
			Map.entry("Mutation.changePassword", Access.SESSION),
			Map.entry("Mutation.createStaffAccount", Access.of(REGISTRAR)),
			Map.entry("Mutation.disableStaffAccount", Access.of(REGISTRAR)),
			Map.entry("Mutation.updateEnrolmentRecord", Access.of(REGISTRAR)),
			Map.entry("Mutation.revealIdNumber", Access.of(EnumSet.of(Role.REGISTRAR, Role.COLLEGE_ADMIN))),
			Map.entry("Mutation.startRosterImport", Access.of(REGISTRAR)),
			Map.entry("Mutation.commitImportBatch", Access.of(REGISTRAR)),
			Map.entry("Mutation.rollbackImportBatch", Access.of(REGISTRAR)),
			Map.entry("Mutation.importAdmissionPhotos", Access.of(REGISTRAR)),
			Map.entry("Mutation.createCampaign", Access.of(REGISTRAR)),
			Map.entry("Mutation.updateCampaign", Access.of(REGISTRAR)),
			Map.entry("Query.integratorTokens", Access.of(REGISTRAR)),
			Map.entry("Mutation.createIntegratorToken", Access.of(REGISTRAR)),
			Map.entry("Mutation.revokeIntegratorToken", Access.of(REGISTRAR)),
			Map.entry("Mutation.startTotpEnrolment", Access.SESSION),
			Map.entry("Mutation.confirmTotpEnrolment", Access.SESSION),
			Map.entry("Mutation.resetStaffTotp", Access.of(REGISTRAR)),
			Map.entry("Mutation.extendCampaignForStudent", Access.of(REGISTRAR)),
			Map.entry("Query.correctionTicket", Access.of(EnumSet.of(Role.REGISTRAR, Role.COLLEGE_ADMIN, Role.COUNSELLOR, Role.STUDENT))),
			Map.entry("Query.correctionTickets", Access.of(STAFF)),
			Map.entry("Query.correctionQueueSummary", Access.of(STAFF)),
			Map.entry("Query.correctionRejectionTemplates", Access.of(STAFF)),
			Map.entry("Query.correctionFieldTiers", Access.of(STAFF)),
			Map.entry("Mutation.fileCorrectionTicket", Access.of(EnumSet.of(Role.STUDENT))),
			Map.entry("Mutation.collegeReviewCorrectionTicket", Access.of(EnumSet.of(Role.COLLEGE_ADMIN))),
			Map.entry("Mutation.requestCorrectionInfo", Access.of(EnumSet.of(Role.REGISTRAR, Role.COLLEGE_ADMIN))),
			Map.entry("Mutation.answerCorrectionTicket", Access.of(EnumSet.of(Role.STUDENT))),
			Map.entry("Mutation.withdrawCorrectionTicket", Access.of(EnumSet.of(Role.STUDENT))),
			Map.entry("Mutation.decideCorrectionTicket", Access.of(REGISTRAR)),
			Map.entry("Mutation.decideCorrectionTickets", Access.of(REGISTRAR)),
			Map.entry("Mutation.setCorrectionFieldTier", Access.of(REGISTRAR)),
			Map.entry("Query.verifyCode", Access.PUBLIC),
			Map.entry("Mutation.issueSelfCheckReceipt", Access.of(EnumSet.of(Role.STUDENT))),
			Map.entry("Mutation.issueVerificationReport", Access.of(EnumSet.of(Role.STUDENT))),
			Map.entry("Mutation.extendVerificationCode", Access.of(EnumSet.of(Role.STUDENT))),
			Map.entry("Mutation.revokeVerificationCode", Access.of(EnumSet.of(Role.STUDENT))));

	/**
	 * @param sessionOnly the field needs a signed-in session (a token from login), not just a role:
	 * every token minted here is refused with UNAUTHENTICATED
	 */
	record Access(boolean open, Set<Role> roles, boolean sessionOnly) {

		static final Access PUBLIC = new Access(true, EnumSet.allOf(Role.class), false);

		static final Access SESSION = new Access(false, Set.of(), true);

		static Access of(Set<Role> roles) {
			return new Access(false, roles, false);
		}

	}

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	WebTestClient http;

	@Autowired
	TokenIssuer issuer;

	@Autowired
	DatabaseClient db;

	@Test
	void everyRootFieldIsInTheTable() {
		assertThat(rootFields().keySet()).containsExactlyInAnyOrderElementsOf(TABLE.keySet());
	}

	@Test
	void everyRoleIsAllowedOrRefusedAsTheTableSays() {
		Map<String, String> tokens = tokens();
		List<String> wrong = new ArrayList<>();
		rootFields().forEach((name, document) -> {
			Access access = TABLE.get(name);
			if (access == null) {
				return;
			}
			check(name, document, null, access.open(), "UNAUTHENTICATED", wrong);
			for (Role role : Role.values()) {
				check(name, document, tokens.get(role.name()), access.roles().contains(role),
						access.sessionOnly() ? "UNAUTHENTICATED" : "FORBIDDEN", wrong);
			}
		});
		assertThat(wrong).isEmpty();
	}

	private void check(String name, String document, String bearer, boolean allowed, String refusal, List<String> wrong) {
		var request = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON);
		if (bearer != null) {
			request = request.header("Authorization", bearer);
		}
		Map<?, ?> body = request.bodyValue(Map.of("query", document)).exchange().expectBody(Map.class).returnResult()
			.getResponseBody();
		Object errors = body == null ? null : body.get("errors");
		String codes = errors == null ? "" : ((List<?>) errors).stream()
			.map(error -> String.valueOf(((Map<?, ?>) ((Map<?, ?>) error).get("extensions")).get("code")))
			.collect(Collectors.joining(","));
		boolean refused = codes.contains(refusal) || codes.contains("FORBIDDEN") || codes.contains("UNAUTHENTICATED");
		String who = bearer == null ? "anonymous" : bearer.substring(bearer.length() - 6);
		if (allowed && refused) {
			wrong.add(name + " refused to " + who + " (" + codes + ")");
		}
		else if (!allowed && !codes.contains(refusal)) {
			wrong.add(name + " not refused with " + refusal + " to " + who + " (got: " + (codes.isEmpty() ? "data" : codes) + ")");
		}
	}

	/** A minimal document per root field: required arguments only (plus first: 1), __typename selected. */
	private Map<String, String> rootFields() {
		MinimalDocuments minimal = new MinimalDocuments(MinimalDocuments::dummyId, "2025-10-22T08:00:00+08:00");
		Map<String, String> documents = new LinkedHashMap<>();
		for (String operation : List.of("Query", "Mutation")) {
			GraphQLObjectType root = (GraphQLObjectType) graphQlSource.schema().getType(operation);
			for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
				documents.put(operation + "." + field.getName(),
						minimal.document(operation.equals("Mutation") ? "mutation" : "query", field, true));
			}
		}
		return documents;
	}

	/** One realistic token per role: staff carry their scope, a student's subject is an account's global id. */
	private Map<String, String> tokens() {
		long institution = db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class)).one().block();
		long college = db.sql("SELECT id FROM college WHERE code = '01'").map(row -> row.get(0, Long.class)).one().block();
		long schoolClass = db.sql("SELECT id FROM school_class WHERE code = '2025010101'").map(row -> row.get(0, Long.class))
			.one().block();
		Map<String, String> tokens = new LinkedHashMap<>();
		for (Role role : Role.values()) {
			String subject = role == Role.STUDENT ? GlobalId.encode("Account", 999_999) : role.name().toLowerCase() + "-matrix";
			Map<String, Object> claims = role == Role.STUDENT || role == Role.INTEGRATOR ? Map.of()
					: Map.of(Viewer.INSTITUTION_CLAIM, institution, Viewer.COLLEGES_CLAIM, List.of(college),
							Viewer.CLASSES_CLAIM, List.of(schoolClass));
			tokens.put(role.name(), "Bearer " + issuer.accessToken(subject, List.of(role), claims));
		}
		return tokens;
	}

}
