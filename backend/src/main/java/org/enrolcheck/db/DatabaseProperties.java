package org.enrolcheck.db;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the database is. With no {@code url} the server starts an embedded PostgreSQL whose data lives
 * in {@code dataDir}/postgres, so a newcomer needs nothing installed but a JDK.
 *
 * @param url external PostgreSQL as {@code postgresql://host:port/db} or {@code jdbc:postgresql://...}
 * @param poolSize upper bound of the R2DBC pool; cores × 2–4 is right for PostgreSQL, not 100
 */
@ConfigurationProperties("enrolcheck.db")
public record DatabaseProperties(@Nullable String url, @Nullable String user, @Nullable String password,
		Path dataDir, @DefaultValue("8") int poolSize) {

	public boolean embedded() {
		return url == null || url.isBlank();
	}

}
