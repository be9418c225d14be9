package org.enrolcheck.web;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param webRoot the built SPA (frontend/dist); unset, the server answers only its API */
@ConfigurationProperties("enrolcheck")
record SpaProperties(@Nullable Path webRoot) {
}
