package org.enrolcheck.graphql;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parsed and validated documents by their text. Clients send the same few documents over and over (the
 * SPA's are compiled in), and parsing plus validation was as much work as answering a small query.
 * Only valid documents are kept, so malformed input cannot fill the cache; validation depends on the
 * text and the schema alone, never on variables or the caller. Bounded: when full it starts over.
 */
final class DocumentCache implements PreparsedDocumentProvider {

	static final int MAX_DOCUMENTS = 1_000;

	private final Map<String, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String text = input.getQuery();
		PreparsedDocumentEntry cached = documents.get(text);
		if (cached != null) {
			return CompletableFuture.completedFuture(cached);
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors()) {
			if (documents.size() >= MAX_DOCUMENTS) {
				documents.clear();
			}
			documents.put(text, entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

	int size() {
		return documents.size();
	}

}
