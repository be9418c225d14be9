package org.enrolcheck.photo;

import java.util.List;
import java.util.Locale;

import org.enrolcheck.graphql.Language;
import org.enrolcheck.graphql.GlobalId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Admission photo import over GraphQL; the rules are in {@link PhotoImportService}. */
@Controller
class PhotoImportController {

	private final PhotoImportService imports;

	PhotoImportController(PhotoImportService imports) {
		this.imports = imports;
	}

	record ImportInput(String uploadId) {
	}

	@MutationMapping
	Mono<Object> importAdmissionPhotos(@Argument ImportInput input, Locale locale) {
		return imports.importAdmissionPhotos(GlobalId.decode(input.uploadId(), "Upload")).map(outcome -> switch (outcome) {
			case PhotoImportOutcome.Imported imported -> new AdmissionPhotosImported(imported.matched(), imported.replaced(),
					imported.unchanged(), imported.unmatched());
			case PhotoImportOutcome.Rejected rejected -> new PhotoArchiveRejected(rejected.rejection().name(),
					Language.english(locale) ? rejected.rejection().en() : rejected.rejection().zh());
		});
	}

	@SchemaMapping(typeName = "UnmatchedPhoto", field = "message")
	String unmatchedMessage(UnmatchedPhoto photo, Locale locale) {
		return Language.english(locale) ? photo.reason().en() : photo.reason().zh();
	}

	record AdmissionPhotosImported(int matched, int replaced, int unchanged, List<UnmatchedPhoto> unmatched) {
	}

	record PhotoArchiveRejected(String code, String message) {
	}

}
