package org.enrolcheck.db;

import java.net.URI;

/**
 * One PostgreSQL database as both drivers need it: R2DBC for the application, JDBC for Flyway.
 */
public record DatabaseEndpoint(String host, int port, String database, String user, String password) {

	/** Parses {@code postgresql://host[:port]/db} with or without a {@code jdbc:} prefix. */
	public static DatabaseEndpoint parse(String url, String user, String password) {
		String plain = url.startsWith("jdbc:") ? url.substring(5) : url;
		URI uri = URI.create(plain);
		if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
			throw new IllegalArgumentException("ENROLCHECK_DB_URL must look like postgresql://host:5432/db");
		}
		String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
		return new DatabaseEndpoint(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
				path.isEmpty() ? "postgres" : path, user, password);
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://" + host + ":" + port + "/" + database;
	}

	public DatabaseEndpoint withDatabase(String otherDatabase) {
		return new DatabaseEndpoint(host, port, otherDatabase, user, password);
	}

}
