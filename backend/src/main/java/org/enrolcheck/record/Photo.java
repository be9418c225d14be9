package org.enrolcheck.record;

/** A stored photo's description; its bytes stay encrypted in the database until a download asks. */
public record Photo(long id, String sha256, String contentType, int width, int height, int byteSize) {
}
