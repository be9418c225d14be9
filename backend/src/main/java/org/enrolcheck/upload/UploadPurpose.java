package org.enrolcheck.upload;

import java.util.Set;

/**
 * What a file is for decides which kinds of content it may hold and how large it may be (domain.md:
 * evidence ≤ 1 MB, an identity photo ≤ 300 KB; rosters by configuration, 50 MB by default).
 */
public enum UploadPurpose {

	ROSTER(Set.of(FileKind.CSV, FileKind.XLSX)),
	PHOTO_ZIP(Set.of(FileKind.ZIP)),
	EVIDENCE(Set.of(FileKind.JPEG, FileKind.PNG, FileKind.PDF)),
	IDENTITY_PHOTO(Set.of(FileKind.JPEG, FileKind.PNG));

	private final Set<FileKind> accepted;

	UploadPurpose(Set<FileKind> accepted) {
		this.accepted = accepted;
	}

	public boolean accepts(FileKind kind) {
		return accepted.contains(kind);
	}

}
