package org.enrolcheck.identity;

import java.util.List;
import java.util.Map;

import org.enrolcheck.support.EnrolCheckTest;
import org.enrolcheck.support.RecordFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's not-linked and disputing students exist once, in the states the demo table promises. */
@EnrolCheckTest
@TestPropertySource(properties = "enrolcheck.identity.altcha-max-number=2000")
class DemoIdentitiesTests extends IdentityTestSupport {

	@Autowired
	DemoIdentities demo;

	@Test
	void theDemoShowsANotLinkedAndADisputingStudent() {
		fixtures.add("2025010101", "欧阳娜娜", "202501019941", RecordFixtures.IDS.get(0));
		fixtures.add("2025010101", "钱多多", "202501019942", RecordFixtures.IDS.get(1));
		fixtures.add("2025010101", "孙小明", "202501019943", RecordFixtures.IDS.get(2));
		client.register("13800000001", "欧阳娜娜", RecordFixtures.IDS.get(0)[0]);

		List<String> lines = demo.ensure().block();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).contains("13800000003", "not linked", "孙小民");
		assertThat(lines.get(1)).contains("13800000004", "disputed", "欧阳娜娜");
		assertThat(demo.ensure().block()).isEqualTo(lines);

		String notLinked = signIn(client, "13800000003");
		assertThat(client.call("identityMyProfile", "me", Map.of(), notLinked).get("recordLink").toString())
			.contains("linked=0").contains("NAME_DIFFERS");
		String disputing = signIn(client, "13800000004");
		assertThat(client.call("identityMyDispute", "me", Map.of(), disputing).get("identityDispute").toString())
			.contains("state=OPEN");
		assertThat(db.sql("SELECT count(*) FROM identity_dispute").map(row -> row.get(0, Long.class)).one().block()).isOne();
		// SUPPORT's queue has the demo's photo to decide, kept past the upload's one-day lease
		assertThat(db.sql("SELECT d.review_state || ' ' || u.purpose || ' ' || (u.expires_at = 'infinity') FROM identity_dispute d"
				+ " JOIN upload u ON u.id = d.photo_upload_id").map(row -> row.get(0, String.class)).one().block())
			.isEqualTo("PENDING IDENTITY_PHOTO true");
	}

	private static String signIn(IdentityClient client, String phone) {
		return IdentityClient.bearer(client.call("accountLogin", "login",
				Map.of("input", Map.of("identifier", phone, "password", "Demo@2025"))));
	}

}
