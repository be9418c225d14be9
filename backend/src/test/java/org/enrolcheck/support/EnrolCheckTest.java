package org.enrolcheck.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;

/**
 * The whole server on a random port, over a fresh copy of the migrated database with the demo
 * reference data: tests talk HTTP to it like any client would.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "enrolcheck.demo=true", "enrolcheck.demo-students=0",
		// a fixed key for tests only, so no key file is written into the developer's home
		"enrolcheck.privacy.data-key=" + EnrolCheckTest.TEST_DATA_KEY,
		// no recount, snapshot or reminder ticks in the background: they ran statements in the middle of
		// tests that count statements, and a snapshot 30 s after start coincided with a stalled request;
		// tests of those jobs call them directly
		"enrolcheck.stats.background-jobs=false", "enrolcheck.reminders.enabled=false" })
@AutoConfigureHttpGraphQlTester
@AutoConfigureWebTestClient(timeout = "PT30S")
@Import({ StatementCounter.class, TestTokens.class, RecordFixtures.class, TestClients.class })
@FreshDatabase
public @interface EnrolCheckTest {

	/** 64 bytes 0x01..0x40, base64: for tests only. */
	String TEST_DATA_KEY = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4/QA==";

}
