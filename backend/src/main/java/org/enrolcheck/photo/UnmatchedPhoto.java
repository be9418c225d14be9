package org.enrolcheck.photo;

/** A file of the archive that was not imported, by its path inside the ZIP. */
record UnmatchedPhoto(String fileName, UnmatchedReason reason) {
}
