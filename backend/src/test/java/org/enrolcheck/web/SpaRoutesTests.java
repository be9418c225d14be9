package org.enrolcheck.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.enrolcheck.support.EnrolCheckTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The server hands the built SPA to browsers: files, deep links, GraphiQL, and nothing it should not. */
@EnrolCheckTest
class SpaRoutesTests {

	@Autowired
	WebTestClient http;

	@DynamicPropertySource
	static void webRoot(DynamicPropertyRegistry registry) throws IOException {
		Path root = Files.createTempDirectory("enrolcheck-web");
		Files.createDirectories(root.resolve("assets"));
		Files.createDirectories(root.resolve("graphiql"));
		Files.writeString(root.resolve("index.html"), "<!doctype html><title>学籍自查</title><div id=root></div>");
		Files.writeString(root.resolve("graphiql/index.html"), "<!doctype html><title>GraphiQL</title>");
		Files.writeString(root.resolve("assets/app-1a2b.js"), "console.log('app')");
		registry.add("enrolcheck.web-root", root::toString);
	}

	@Test
	void theHomePageAndADeepLinkBothLoadTheApp() {
		for (String path : new String[] { "/", "/staff/records", "/records/abc/confirm" }) {
			http.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
				.expectStatus().isOk()
				.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
				.expectHeader().cacheControl(org.springframework.http.CacheControl.noCache())
				.expectBody(String.class).value(html -> assertThat(html).contains("学籍自查"));
		}
	}

	@Test
	void graphiqlIsServedFromTheBuiltFrontend() {
		http.get().uri("/graphiql").exchange().expectStatus().isOk()
			.expectBody(String.class).value(html -> assertThat(html).contains("<title>GraphiQL</title>"));
		http.get().uri("/graphiql/").exchange().expectStatus().isOk();
	}

	@Test
	void hashedAssetsAreCachedForAYearAndMissingFilesAre404() {
		http.get().uri("/assets/app-1a2b.js").exchange().expectStatus().isOk()
			.expectHeader().value("Cache-Control", value -> assertThat(value).contains("max-age=31536000").contains("immutable"));
		http.get().uri("/assets/missing.js").exchange().expectStatus().isNotFound();
	}

	@Test
	void serverPathsNeverFallBackToTheApp() {
		http.get().uri("/api/whatever").exchange().expectStatus().isUnauthorized();
		http.get().uri("/graphql/schema").exchange().expectStatus().isOk()
			.expectBody(String.class).value(sdl -> assertThat(sdl).contains("type Query"));
		http.get().uri("/.well-known/jwks.json").exchange().expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		http.get().uri("/../../etc/passwd").exchange()
			.expectBody(String.class).value(body -> assertThat(body == null ? "" : body).doesNotContain("root:"));
	}

}
