package org.enrolcheck.identity;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.imageio.ImageIO;

import org.enrolcheck.identity.IdentityClient.Response;
import org.enrolcheck.security.Role;
import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.ResidentIds;
import org.enrolcheck.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/** MANUAL_REVIEW: a photo holding the ID card, SUPPORT's queue, the audited photo view, decisions and their race. */
@EnrolCheckTest
@TestPropertySource(properties = "enrolcheck.identity.altcha-max-number=2000")
class ManualReviewTests extends DisputeTestSupport {

	@Autowired
	TestTokens tokens;

	@Test
	void supportSeesTheMaskedQueueViewsThePhotoAndApproves() throws Exception {
		String[] claimed = ResidentIds.person(401);
		fixtures.add("2025010101", "韩梅梅", "202501049931", claimed);
		String claimant = claim("13812140001", "13812140002", "韩梅梅", claimed[0]);
		Response submitted = submit(claimant, uploadId(claimant, png(200, 150)));
		assertThat(submitted.typename()).isEqualTo("IdentityPhotoSubmitted");
		assertThat(submitted.get("dispute").toString()).contains("reviewState=PENDING").contains("state=OPEN");

		String support = tokens.bearer("support-1", Role.SUPPORT);
		Map<String, Object> review = pending(support, "138****0002");
		assertThat(review).containsEntry("reviewState", "PENDING").containsEntry("disputeState", "OPEN")
			.containsEntry("idType", "RESIDENT_ID");
		assertThat(review.get("claimant").toString()).contains("maskedName=韩**").contains("maskedPhone=138****0002");
		assertThat(review.get("holder").toString()).contains("maskedName=韩*").contains("state=ACTIVE");
		assertThat(review.toString()).doesNotContain(claimed[0]).doesNotContain("13812140002");

		String photoUrl = (String) review.get("photoUrl");
		byte[] photo = http.get().uri(photoUrl).header("Authorization", support).exchange().expectStatus().isOk()
			.expectHeader().contentType(MediaType.IMAGE_PNG).expectBody(byte[].class).returnResult().getResponseBody();
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(photo)).getWidth()).isEqualTo(200);
		assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'VIEW_IDENTITY_PHOTO' AND actor = 'support-1'")).isOne();
		http.get().uri(photoUrl).header("Authorization", tokens.bearer("registrar-1", Role.REGISTRAR)).exchange()
			.expectStatus().isForbidden();
		http.get().uri(photoUrl).header("Authorization", claimant).exchange().expectStatus().isForbidden();
		http.get().uri(photoUrl).exchange().expectStatus().isUnauthorized();

		String id = (String) review.get("id");
		int version = (Integer) review.get("version");
		assertThat(decide(support, id, true, " ", version).fieldErrorCodes()).containsExactly("reason:REASON_LENGTH");
		Response decided = decide(support, id, true, "照片与证件一致", version);
		assertThat(decided.typename()).isEqualTo("IdentityDisputeDecided");
		assertThat(decided.get("review").toString()).contains("reviewState=APPROVED").contains("disputeState=RESOLVED")
			.contains("reason=照片与证件一致").contains("holder={state=DEACTIVATED}");
		assertThat(dispute(claimant)).containsEntry("state", "RESOLVED").containsEntry("resolvedBy", "MANUAL_REVIEW");
		assertThat(login("13812140001")).isEqualTo("LoginFailed");
		assertThat(login(claimed[0])).isEqualTo("LoginSuccess");
		assertThat(queue(support, "PENDING")).extracting(node -> node.get("id")).doesNotContain(id);
		assertThat(queue(support, "APPROVED")).extracting(node -> node.get("id")).contains(id);
	}

	@Test
	void aRejectionKeepsTheDisputeOpenWithTheReasonAndAnotherPhotoMayFollow() throws Exception {
		String[] claimed = ResidentIds.person(402);
		String claimant = claim("13812140011", "13812140012", "李雷", claimed[0]);
		submit(claimant, uploadId(claimant, png(80, 60)));
		String support = tokens.bearer("support-1", Role.SUPPORT);
		Map<String, Object> review = pending(support, "138****0012");
		Response rejected = decide(support, (String) review.get("id"), false, "照片模糊，看不清证件号码", (Integer) review.get("version"));
		assertThat(rejected.get("review").toString()).contains("reviewState=REJECTED").contains("disputeState=OPEN");
		assertThat(dispute(claimant)).containsEntry("state", "OPEN").containsEntry("reviewState", "REJECTED")
			.containsEntry("reviewReason", "照片模糊，看不清证件号码");
		assertThat(inbox(claimant).getFirst()).containsEntry("topic", "IDENTITY_REVIEW_REJECTED");
		assertThat(accountState("138****0011")).isEqualTo("ACTIVE");
		int after = (Integer) ((Map<?, ?>) rejected.get("review")).get("version");
		assertThat(decide(support, (String) review.get("id"), true, "再次审核", after).get("code")).isEqualTo("REVIEW_NOT_PENDING");

		assertThat(submit(claimant, uploadId(claimant, png(90, 60))).get("dispute").toString()).contains("reviewState=PENDING");
		assertThat(pending(support, "138****0012")).containsEntry("id", review.get("id"));
	}

	@Test
	void twoSupportAgentsDecidingAtOnceExactlyOneWins() throws Exception {
		String[] claimed = ResidentIds.person(403);
		String claimant = claim("13812140021", "13812140022", "王芳", claimed[0]);
		submit(claimant, uploadId(claimant, png(64, 64)));
		Map<String, Object> review = pending(tokens.bearer("support-1", Role.SUPPORT), "138****0022");
		String id = (String) review.get("id");
		int version = (Integer) review.get("version");
		CompletableFuture<Response> approve = CompletableFuture
			.supplyAsync(() -> decide(tokens.bearer("support-1", Role.SUPPORT), id, true, "一致", version));
		CompletableFuture<Response> reject = CompletableFuture
			.supplyAsync(() -> decide(tokens.bearer("support-2", Role.SUPPORT), id, false, "不一致", version));
		List<String> outcomes = List.of(approve.get().typename(), reject.get().typename());
		assertThat(outcomes).containsExactlyInAnyOrder("IdentityDisputeDecided", "VersionConflict");
		assertThat(count("SELECT count(*) FROM audit_event WHERE action IN ('IDENTITY_REVIEW_APPROVED', 'IDENTITY_REVIEW_REJECTED')"))
			.isOne();
		String state = (String) dispute(claimant).get("reviewState");
		assertThat(state).isEqualTo(outcomes.getFirst().equals("IdentityDisputeDecided") ? "APPROVED" : "REJECTED");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theQueuePagesOldestSubmissionFirstWithoutRepeats() throws Exception {
		String first = claim("13812140041", "13812140042", "孙悟空", ResidentIds.person(405)[0]);
		String second = claim("13812140043", "13812140044", "猪八戒", ResidentIds.person(406)[0]);
		submit(second, uploadId(second, png(20, 20)));
		submit(first, uploadId(first, png(20, 20)));
		String support = tokens.bearer("support-1", Role.SUPPORT);
		java.util.List<String> phones = new java.util.ArrayList<>();
		String after = null;
		do {
			Map<String, Object> variables = new java.util.HashMap<>(Map.of("state", "PENDING", "first", 1));
			variables.put("after", after);
			Response page = client.call("disputesQueue", "identityDisputes", variables, support);
			List<Map<String, Object>> edges = (List<Map<String, Object>>) page.get("edges");
			assertThat(edges).hasSizeLessThanOrEqualTo(1);
			edges.forEach(edge -> phones.add(((Map<String, Object>) ((Map<String, Object>) edge.get("node")).get("claimant"))
				.get("maskedPhone").toString()));
			Map<String, Object> info = (Map<String, Object>) page.get("pageInfo");
			after = Boolean.TRUE.equals(info.get("hasNextPage")) ? (String) info.get("endCursor") : null;
		}
		while (after != null);
		assertThat(phones).doesNotHaveDuplicates();
		assertThat(phones.indexOf("138****0044")).isLessThan(phones.indexOf("138****0042")).isNotNegative();
	}

	@Test
	void onlySupportReadsTheQueueAndDecides() {
		for (String bearer : List.of(tokens.bearer("registrar-1", Role.REGISTRAR), tokens.bearer("analyst-1", Role.ANALYST),
				tokens.bearer("student-1", Role.STUDENT))) {
			assertThat(client.call("disputesQueue", "identityDisputes", Map.of("state", "PENDING"), bearer).errors().toString())
				.contains("FORBIDDEN");
			assertThat(decide(bearer, "SWRlbnRpdHlEaXNwdXRlOjE", true, "理由充分", 0).errors().toString()).contains("FORBIDDEN");
		}
		assertThat(client.call("disputesQueue", "identityDisputes", Map.of(), null).errors().toString()).contains("UNAUTHENTICATED");
	}

	@Test
	void aPhotoTooBigOrNotAnImageIsRefusedAtUpload() throws Exception {
		String claimant = claim("13812140031", "13812140032", "赵敏", ResidentIds.person(404)[0]);
		byte[] big = Arrays.copyOf(png(10, 10), 300 * 1024 + 1);
		upload(claimant, big, "big.png").expectStatus().isEqualTo(413).expectBody().jsonPath("$.code").isEqualTo("FILE_TOO_LARGE");
		upload(claimant, "%PDF-1.4 a card".getBytes(), "card.png").expectStatus().is4xxClientError().expectBody()
			.jsonPath("$.code").isEqualTo("FILE_TYPE_UNSUPPORTED");
		upload(claimant, "not an image".getBytes(), "card.jpg").expectStatus().is4xxClientError().expectBody()
			.jsonPath("$.code").isEqualTo("FILE_TYPE_UNSUPPORTED");
		// exactly 300 KB passes the limit: the limit is the product's, not an off-by-one
		upload(claimant, Arrays.copyOf(png(10, 10), 300 * 1024), "ok.png").expectStatus().isCreated();
		assertThat(dispute(claimant)).containsEntry("reviewState", null);
	}

	private WebTestClient.ResponseSpec upload(String bearer, byte[] bytes, String name) {
		MultipartBodyBuilder builder = new MultipartBodyBuilder();
		builder.part("purpose", "IDENTITY_PHOTO");
		builder.part("file", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return name;
			}
		}).contentType(MediaType.APPLICATION_OCTET_STREAM);
		return http.post().uri("/api/uploads").header("Authorization", bearer)
			.body(BodyInserters.fromMultipartData(builder.build())).exchange();
	}

	private String uploadId(String bearer, byte[] bytes) {
		return (String) upload(bearer, bytes, "id.png").expectStatus().isCreated().expectBody(Map.class).returnResult()
			.getResponseBody().get("id");
	}

	private Response submit(String bearer, String uploadId) {
		return client.call("disputesSubmitPhoto", "submitIdentityPhoto", Map.of("input", Map.of("uploadId", uploadId)), bearer);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> queue(String bearer, String state) {
		Response page = client.call("disputesQueue", "identityDisputes", Map.of("state", state, "first", 10), bearer);
		return ((List<Map<String, Object>>) page.get("edges")).stream().map(edge -> (Map<String, Object>) edge.get("node")).toList();
	}

	/** The pending review of the claimant with this masked phone (other tests of the class leave theirs). */
	@SuppressWarnings("unchecked")
	private Map<String, Object> pending(String bearer, String claimantPhone) {
		return queue(bearer, "PENDING").stream()
			.filter(node -> claimantPhone.equals(((Map<String, Object>) node.get("claimant")).get("maskedPhone")))
			.findFirst().orElseThrow(() -> new AssertionError("no pending review of " + claimantPhone));
	}

	private Response decide(String bearer, String id, boolean approve, String reason, int version) {
		return client.call("disputesDecide", "decideIdentityDispute",
				Map.of("input", Map.of("disputeId", id, "approve", approve, "reason", reason, "version", version)), bearer);
	}

	private long count(String sql) {
		return db.sql(sql).map(row -> row.get(0, Long.class)).one().block();
	}

	static byte[] png(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(width / 2, height / 2, 0xFF0000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
