package org.enrolcheck.integrator;

import java.net.URI;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.enrolcheck.integrator.Calls.Answer;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registrar creates API tokens for other systems; a token reads what its scopes allow, only on
 * /graphql, only while neither revoked nor expired, and its last use is recorded.
 */
@EnrolCheckTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntegratorTokenTests {

	static final String CREATE = """
			mutation($input: CreateIntegratorTokenInput!) { createIntegratorToken(input: $input) {
			  __typename
			  ... on IntegratorTokenCreated { secret token { id name prefix scopes active lastUsedAt } }
			  ... on ValidationFailed { fieldErrors { field code message } }
			  ... on IdempotencyKeyReused { code }
			} }""";

	static final String RECORDS = "{ records(first: 50) { edges { node { id name idNumber } } } }";

	@Autowired
	WebTestClient http;

	@LocalServerPort
	int port;

	@Autowired
	DatabaseClient db;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	TestTokens tokens;

	Calls calls;

	String registrar;

	List<Long> records;

	@BeforeAll
	void setUp() {
		calls = new Calls(http);
		registrar = calls.signIn("registrar", Calls.DEMO_PASSWORD);
		records = fixtures.addRecords("2025010101", 3);
	}

	@Test
	void aTokenWithRecordsReadReadsTheInstitutionsRecordsWithMaskedIdNumbers() throws Exception {
		Answer created = create("教务系统同步", List.of("RECORDS_READ"), "records-sync-0001").ok();
		assertThat((String) created.at("createIntegratorToken.__typename")).isEqualTo("IntegratorTokenCreated");
		String secret = created.at("createIntegratorToken.secret");
		assertThat(secret).matches("ecp_[0-9A-Za-z]{32}");
		assertThat((String) created.at("createIntegratorToken.token.prefix")).isEqualTo(secret.substring(0, 8));
		assertThat((Boolean) created.at("createIntegratorToken.token.active")).isTrue();

		// only the SHA-256 is stored, and the audit holds no secret
		byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes());
		assertThat(db.sql("SELECT count(*) FROM integrator_token WHERE token_hash = :h").bind("h", hash)
			.map(row -> row.get(0, Long.class)).one().block()).isEqualTo(1L);
		String audit = db.sql("SELECT after::text FROM audit_event WHERE action = 'integrator.token.create'")
			.map(row -> row.get(0, String.class)).all().collectList().block().toString();
		assertThat(audit).contains("records:read").doesNotContain(secret);
		assertThat(HexFormat.of().formatHex(hash)).isNotEmpty();

		Answer read = calls.post("Bearer " + secret, RECORDS).ok();
		List<Map<String, Object>> edges = read.at("records.edges");
		assertThat(edges).hasSize(3);
		for (Map<String, Object> edge : edges) {
			assertThat((String) ((Map<?, ?>) edge.get("node")).get("idNumber")).contains("*");
		}
		String recordId = (String) ((Map<?, ?>) edges.getFirst().get("node")).get("id");
		assertThat((String) calls.post("Bearer " + secret, "query($id: ID!) { record(id: $id) { name } }", Map.of("id", recordId))
			.ok().at("record.name")).isNotBlank();
		// the full ID number stays out of reach
		assertThat(calls.post("Bearer " + secret, """
				mutation($id: ID!) { revealIdNumber(input: { recordId: $id, reason: "sync check" }) { __typename } }""",
				Map.of("id", recordId)).errorCodes()).containsExactly("FORBIDDEN");
		// an integrator manages no tokens
		assertThat(calls.post("Bearer " + secret, "{ integratorTokens(first: 5) { edges { node { id } } } }").errorCodes())
			.containsExactly("FORBIDDEN");
	}

	@Test
	void aTokenWorksOverTheWebSocketFromConnectionInit() {
		String secret = create("实时订阅", List.of("RECORDS_READ"), "websocket-01").ok().at("createIntegratorToken.secret");
		WebSocketGraphQlClient socket = WebSocketGraphQlClient
			.builder(URI.create("ws://localhost:" + port + "/graphql"), new ReactorNettyWebSocketClient())
			.interceptor(new WebSocketGraphQlClientInterceptor() {
				@Override
				public Mono<Object> connectionInitPayload() {
					return Mono.just(Map.of("Authorization", "Bearer " + secret));
				}
			})
			.build();
		try {
			assertThat(socket.document(RECORDS).retrieve("records.edges").toEntityList(Object.class)
				.block(Duration.ofSeconds(30))).hasSize(3);
		}
		finally {
			socket.stop().block(Duration.ofSeconds(5));
		}
	}

	@Test
	void aTokenWithoutRecordsReadIsRefusedTheRecords() {
		String secret = create("统计大屏", List.of("STATS_READ", "CAMPAIGNS_READ"), "stats-screen-01").ok()
			.at("createIntegratorToken.secret");
		assertThat(calls.post("Bearer " + secret, RECORDS).errorCodes()).containsExactly("FORBIDDEN");
	}

	@Test
	void aRevokedTokenStopsWorkingAtOnce() {
		Answer created = create("一卡通", List.of("RECORDS_READ"), "card-system-01").ok();
		String secret = created.at("createIntegratorToken.secret");
		String id = created.at("createIntegratorToken.token.id");
		calls.post("Bearer " + secret, RECORDS).ok();

		String revoke = "mutation($id: ID!) { revokeIntegratorToken(input: { id: $id }) { ... on IntegratorTokenRevoked { token { active revokedAt } } } }";
		Answer revoked = calls.post(registrar, revoke, Map.of("id", id)).ok();
		assertThat((Boolean) revoked.at("revokeIntegratorToken.token.active")).isFalse();
		assertThat((String) revoked.at("revokeIntegratorToken.token.revokedAt")).isNotNull();
		assertThat(calls.post("Bearer " + secret, RECORDS).status()).isEqualTo(HttpStatus.UNAUTHORIZED);
		// revoking again changes nothing and is audited once
		calls.post(registrar, revoke, Map.of("id", id)).ok();
		assertThat(db.sql("SELECT count(*) FROM audit_event WHERE action = 'integrator.token.revoke'")
			.map(row -> row.get(0, Long.class)).one().block()).isEqualTo(1L);
	}

	@Test
	void anExpiredTokenIsRefused() {
		Answer created = create("过期测试", List.of("RECORDS_READ"), "expiring-01").ok();
		String secret = created.at("createIntegratorToken.secret");
		calls.post("Bearer " + secret, RECORDS).ok();
		// time passes: the expiry is now behind us
		db.sql("UPDATE integrator_token SET expires_at = now() - interval '1 second' WHERE name = '过期测试'").then().block();
		assertThat(calls.post("Bearer " + secret, RECORDS).status()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(calls.post(registrar, "{ integratorTokens(first: 100) { edges { node { name active } } } }").ok()
			.<List<Map<String, Object>>>at("integratorTokens.edges")).anySatisfy(edge -> {
				assertThat(((Map<?, ?>) edge.get("node")).get("name")).isEqualTo("过期测试");
				assertThat(((Map<?, ?>) edge.get("node")).get("active")).isEqualTo(false);
			});
	}

	@Test
	void unknownOrMalformedApiTokensAreRefused() {
		assertThat(calls.post("Bearer ecp_" + "A".repeat(32), RECORDS).status()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(calls.post("Bearer ecp_short", RECORDS).status()).isEqualTo(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void anApiTokenIsAcceptedOnGraphQlOnly() {
		String secret = create("导出尝试", List.of("RECORDS_READ"), "export-try-01").ok().at("createIntegratorToken.secret");
		http.get().uri("/api/records/export.csv").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret).exchange()
			.expectStatus().isUnauthorized();
	}

	@Test
	void lastUseIsRecordedAndWrittenAtMostOnceAMinute() {
		Answer created = create("最近使用", List.of("RECORDS_READ"), "last-used-01").ok();
		String secret = created.at("createIntegratorToken.secret");
		assertThat((Object) created.at("createIntegratorToken.token.lastUsedAt")).isNull();
		calls.post("Bearer " + secret, RECORDS).ok();
		OffsetDateTime first = lastUsed("最近使用");
		assertThat(first).isNotNull().isAfter(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
		calls.post("Bearer " + secret, RECORDS).ok();
		assertThat(lastUsed("最近使用")).isEqualTo(first);
		assertThat(calls.post(registrar, "{ integratorTokens(first: 100) { edges { node { name lastUsedAt } } } }").ok()
			.<List<Map<String, Object>>>at("integratorTokens.edges"))
			.anySatisfy(edge -> assertThat(((Map<?, ?>) edge.get("node")).get("lastUsedAt")).isNotNull());
	}

	@Test
	void aRetryWithTheSameKeyCreatesNothingNewAndShowsNoSecret() {
		Answer first = create("重试", List.of("TICKETS_READ"), "retry-key-0001").ok();
		Answer again = create("重试", List.of("TICKETS_READ"), "retry-key-0001").ok();
		assertThat((String) again.at("createIntegratorToken.token.id")).isEqualTo(first.at("createIntegratorToken.token.id"));
		assertThat((Object) again.at("createIntegratorToken.secret")).isNull();
		assertThat((String) create("别的令牌", List.of("TICKETS_READ"), "retry-key-0001").ok()
			.at("createIntegratorToken.code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
		assertThat(db.sql("SELECT count(*) FROM integrator_token WHERE name = '重试'").map(row -> row.get(0, Long.class))
			.one().block()).isEqualTo(1L);
	}

	@Test
	void inputRulesAreReportedFieldByField() {
		Answer answer = calls.post(registrar, CREATE, Map.of("input", Map.of("name", "x", "scopes", List.of(), "expiresAt",
				OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toString(), "idempotencyKey", "short"))).ok();
		assertThat(answer.<List<Map<String, Object>>>at("createIntegratorToken.fieldErrors"))
			.extracting(error -> error.get("code"))
			.containsExactlyInAnyOrder("IDEMPOTENCY_KEY", "NAME_LENGTH", "SCOPE_REQUIRED", "EXPIRY_NOT_IN_FUTURE");
		Answer tooLong = calls.post(registrar, CREATE, Map.of("input", Map.of("name", "十年令牌", "scopes", List.of("STATS_READ"),
				"expiresAt", OffsetDateTime.now(ZoneOffset.UTC).plusYears(10).toString(), "idempotencyKey", "ten-years-01"))).ok();
		assertThat(tooLong.<List<Map<String, Object>>>at("createIntegratorToken.fieldErrors"))
			.extracting(error -> error.get("code")).containsExactly("EXPIRY_TOO_FAR");
		assertThat(db.sql("SELECT count(*) FROM integrator_token WHERE name IN ('x', '十年令牌')")
			.map(row -> row.get(0, Long.class)).one().block()).isZero();
	}

	@Test
	void onlyARegistrarCreatesTokens() {
		long institution = db.sql("SELECT id FROM institution WHERE code = '10635'").map(row -> row.get(0, Long.class)).one().block();
		for (Role role : List.of(Role.COLLEGE_ADMIN, Role.SUPPORT, Role.ANALYST, Role.INTEGRATOR)) {
			assertThat(calls.post(tokens.staff(role, institution, List.of(), List.of()), CREATE, input("越权", List.of("RECORDS_READ"),
					"not-allowed-01")).errorCodes()).containsExactly("FORBIDDEN");
		}
		assertThat(calls.post(null, CREATE, input("匿名", List.of("RECORDS_READ"), "anonymous-01")).errorCodes())
			.containsExactly("UNAUTHENTICATED");
	}

	private Answer create(String name, List<String> scopes, String key) {
		return calls.post(registrar, CREATE, input(name, scopes, key));
	}

	/** One expiry for every token of the class, so a retry sends exactly the same input. */
	private static final String IN_30_DAYS = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0).toString();

	private static Map<String, Object> input(String name, List<String> scopes, String key) {
		return Map.of("input", Map.of("name", name, "scopes", scopes, "expiresAt", IN_30_DAYS, "idempotencyKey", key));
	}

	private OffsetDateTime lastUsed(String name) {
		return db.sql("SELECT last_used_at FROM integrator_token WHERE name = :name").bind("name", name)
			.map(row -> row.get(0, OffsetDateTime.class)).one().block();
	}

}
