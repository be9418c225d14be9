package org.enrolcheck.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A registrar creates, lists and disables staff of their institution; nobody else may. */
@EnrolCheckTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffAccountTests {

	@Autowired
	WebTestClient http;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TestTokens tokens;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	DatabaseClient db;

	AuthClient auth;

	AuthClient.Login registrar;

	String computing;

	@BeforeAll
	void setUp() {
		auth = new AuthClient(http, graphQl);
		registrar = auth.login("registrar", AuthClient.PASSWORD);
		fixtures.addRecords("2025010101", 4);
		fixtures.addRecords("2025020101", 3);
		computing = GlobalId.encode("College", id("SELECT id FROM college WHERE code = '01'"));
	}

	@Test
	void aCollegeAdminCreatedByTheRegistrarSeesOnlyTheirCollegesRecords() {
		auth.as(registrar).documentName("accountCreateStaff")
			.variable("input", staff("cs-secretary", Role.COLLEGE_ADMIN, List.of(computing), "Cs#Secret9")).execute()
			.path("createStaffAccount.__typename").entity(String.class).isEqualTo("CreateStaffAccountSuccess")
			.path("createStaffAccount.account.username").entity(String.class).isEqualTo("cs-secretary")
			.path("createStaffAccount.account.roles").entityList(String.class).containsExactly("COLLEGE_ADMIN")
			.path("createStaffAccount.account.institution.code").entity(String.class).isEqualTo("10635");
		AuthClient.Login admin = auth.login("cs-secretary", "Cs#Secret9");
		auth.as(admin).document("query { records(first: 100) { edges { node { college { name } } } } }").execute()
			.path("records.edges[*].node.college.name").entityList(String.class)
			.satisfies(names -> assertThat(names).hasSize(4).containsOnly("计算机与信息科学学院"));
		Map<String, Object> audit = db.sql("""
				SELECT actor, after::text AS after FROM audit_event
				WHERE action = 'account.staff.create' AND after->>'username' = 'cs-secretary'""")
			.fetch().one().block();
		assertThat(audit.get("actor")).isEqualTo(registrar.payload().get("account") instanceof Map<?, ?> a ? a.get("id") : null);
		assertThat((String) audit.get("after")).contains("cs-secretary").doesNotContain("Cs#Secret9");
	}

	@Test
	void aDisabledStaffMemberCannotSignInAndTheirRefreshFails() {
		String id = created("leaving-analyst", Role.ANALYST, List.of(), "Leave#2025");
		AuthClient.Login before = auth.login("leaving-analyst", "Leave#2025");
		auth.as(registrar).documentName("accountDisableStaff")
			.variable("input", Map.of("accountId", id, "reason", "离职")).execute()
			.path("disableStaffAccount.account.state").entity(String.class).isEqualTo("DISABLED");
		assertThat(auth.refresh(before.refreshToken()).getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
		AuthClient.Login after = auth.login("leaving-analyst", "Leave#2025");
		assertThat(after.typename()).isEqualTo("LoginFailed");
		assertThat(after.payload()).isEqualTo(auth.login("nobody-at-all", "Leave#2025").payload());
		assertThat(db.sql("SELECT reason FROM audit_event WHERE action = 'account.staff.disable'")
			.map(row -> row.get(0, String.class)).one().block()).isEqualTo("离职");
	}

	@Test
	void inputRulesAreReportedFieldByField() {
		auth.as(registrar).documentName("accountCreateStaff")
			.variable("input", staff("X", Role.COLLEGE_ADMIN, List.of(), "123")).execute()
			.path("createStaffAccount.fieldErrors[*].code").entityList(String.class)
			.hasSize(3).contains("USERNAME_FORMAT", "SCOPE_REQUIRED", "PASSWORD_RULE");
		auth.as(registrar).documentName("accountCreateStaff")
			.variable("input", staff("support", Role.SUPPORT, List.of(), "Good#Pass1")).execute()
			.path("createStaffAccount.fieldErrors[*].code").entityList(String.class).containsExactly("USERNAME_TAKEN");
		auth.as(registrar).documentName("accountCreateStaff")
			.variable("input", staff("a-student", Role.STUDENT, List.of(), "Good#Pass1")).execute()
			.path("createStaffAccount.fieldErrors[*].code").entityList(String.class).containsExactly("NOT_A_STAFF_ROLE");
	}

	@Test
	void aRegistrarCannotDisableThemselves() {
		String self = (String) ((Map<?, ?>) registrar.payload().get("account")).get("id");
		auth.as(registrar).documentName("accountDisableStaff").variable("input", Map.of("accountId", self, "reason", "test"))
			.execute().path("disableStaffAccount.fieldErrors[0].code").entity(String.class).isEqualTo("CANNOT_DISABLE_SELF");
	}

	@Test
	void theStaffListPagesThroughTheInstitutionsStaff() {
		var first = auth.as(registrar).documentName("accountStaffList").variable("first", 3).execute();
		first.path("staffAccounts.edges[*].node.username").entityList(String.class)
			.containsExactly("registrar", "college-admin", "counsellor");
		first.path("staffAccounts.edges[*].node.sessions").entityList(Object.class).hasSize(3);
		String after = first.path("staffAccounts.pageInfo.endCursor").entity(String.class).get();
		auth.as(registrar).documentName("accountStaffList").variable("first", 2).variable("after", after).execute()
			.path("staffAccounts.edges[*].node.username").entityList(String.class).containsExactly("support", "analyst");
	}

	@Test
	void onlyRegistrarsManageStaff() {
		String target = GlobalId.encode(Account.TYPE, id("SELECT id FROM account WHERE username = 'analyst'"));
		for (Role role : List.of(Role.COLLEGE_ADMIN, Role.COUNSELLOR, Role.SUPPORT, Role.ANALYST, Role.STUDENT)) {
			HttpGraphQlTester caller = auth.as(tokens.staff(role, institution(), List.of(), List.of()));
			expectCode(caller.documentName("accountStaffList").execute(), "FORBIDDEN");
			expectCode(caller.documentName("accountCreateStaff")
				.variable("input", staff("by-" + role.name().toLowerCase().replace('_', '-'), Role.ANALYST, List.of(), "Good#Pass1"))
				.execute(), "FORBIDDEN");
			expectCode(caller.documentName("accountDisableStaff").variable("input", Map.of("accountId", target, "reason", "x1"))
				.execute(), "FORBIDDEN");
		}
		expectCode(graphQl.documentName("accountStaffList").execute(), "UNAUTHENTICATED");
		expectCode(graphQl.documentName("accountCreateStaff")
			.variable("input", staff("anonymous-made", Role.ANALYST, List.of(), "Good#Pass1")).execute(), "UNAUTHENTICATED");
		expectCode(graphQl.documentName("accountDisableStaff").variable("input", Map.of("accountId", target, "reason", "x1"))
			.execute(), "UNAUTHENTICATED");
		assertThat(id("SELECT count(*) FROM account WHERE username LIKE 'by-%' OR username = 'anonymous-made'")).isZero();
		assertThat(auth.login("analyst", AuthClient.PASSWORD).typename()).isEqualTo("LoginSuccess");
	}

	@Test
	void aRegistrarOfAnotherInstitutionCannotTouchThisOnesStaff() {
		String target = GlobalId.encode(Account.TYPE, id("SELECT id FROM account WHERE username = 'support'"));
		HttpGraphQlTester stranger = auth.as(tokens.staff(Role.REGISTRAR, institution() + 1000, List.of(), List.of()));
		expectCode(stranger.documentName("accountDisableStaff").variable("input", Map.of("accountId", target, "reason", "x1"))
			.execute(), "NOT_FOUND");
		stranger.documentName("accountStaffList").execute().path("staffAccounts.edges").entityList(Object.class).hasSize(0);
	}

	private String created(String username, Role role, List<String> colleges, String password) {
		return auth.as(registrar).documentName("accountCreateStaff").variable("input", staff(username, role, colleges, password))
			.execute().path("createStaffAccount.account.id").entity(String.class).get();
	}

	private static Map<String, Object> staff(String username, Role role, List<String> colleges, String password) {
		Map<String, Object> input = new HashMap<>();
		input.put("username", username);
		input.put("displayName", "测试教师");
		input.put("role", role.name());
		input.put("collegeIds", colleges);
		input.put("password", password);
		return input;
	}

	private static void expectCode(GraphQlTester.Response response, String code) {
		response.errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", code)));
	}

	private long institution() {
		return id("SELECT id FROM institution WHERE code = '10635'");
	}

	private long id(String sql) {
		return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
	}

}
