package org.enrolcheck.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The embedded PostgreSQL used when no database URL is configured. Its data directory persists
 * between runs, and unlike the library's defaults it keeps {@code fsync} and
 * {@code synchronous_commit} on, so an acknowledged write survives a crash.
 */
final class EmbeddedDatabase implements AutoCloseable {

	private static final Log log = LogFactory.getLog(EmbeddedDatabase.class);

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static EmbeddedDatabase start(Path dataDir) {
		Path pgData = dataDir.resolve("postgres");
		try {
			Files.createDirectories(pgData);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(pgData)
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.start();
			log.info("Embedded PostgreSQL started on port " + postgres.getPort() + " with data in " + pgData);
			return new EmbeddedDatabase(postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgData, ex);
		}
	}

	DatabaseEndpoint endpoint() {
		return new DatabaseEndpoint("localhost", postgres.getPort(), "postgres", "postgres", "postgres");
	}

	@Override
	public void close() throws IOException {
		postgres.close();
		log.info("Embedded PostgreSQL stopped");
	}

}
