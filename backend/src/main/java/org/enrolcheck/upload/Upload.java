package org.enrolcheck.upload;

/** A stored upload, as the uploader is told about it and as mutations find it. */
public record Upload(long id, String owner, UploadPurpose purpose, String fileName, FileKind kind, long byteSize,
		String sha256) {
}
