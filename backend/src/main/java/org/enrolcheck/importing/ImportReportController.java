package org.enrolcheck.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.importing.file.ImportErrorReport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The dry run's error report as an XLSX the registrar fixes the roster from. */
@RestController
class ImportReportController {

	private final ImportService imports;

	private final ImportRepository repository;

	ImportReportController(ImportService imports, ImportRepository repository) {
		this.imports = imports;
		this.repository = repository;
	}

	@GetMapping("/api/imports/{batchId}/errors.xlsx")
	Mono<ResponseEntity<byte[]>> errorReport(@PathVariable String batchId) {
		return imports.batch(GlobalId.decode(batchId, "ImportBatch"))
			.flatMap(batch -> repository.allErrors(batch.id()).collectList().map(errors -> {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				try {
					ImportErrorReport.write(out, errors, List.of());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				String name = batch.fileName().replaceAll("\\.[A-Za-z]+$", "") + "-错误报告.xlsx";
				return ResponseEntity.ok()
					.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
					.header(HttpHeaders.CONTENT_DISPOSITION,
							ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
					.body(out.toByteArray());
			}))
			.defaultIfEmpty(ResponseEntity.notFound().build());
	}

}
