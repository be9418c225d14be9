package org.enrolcheck.photo;

/** A checked, re-encoded photo and the record its file name names. */
record MatchedPhoto(long recordId, EntryName name, StoredImage image) {
}
