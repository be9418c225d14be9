package org.enrolcheck.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.validation.Masking;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Readable names for who acted (token subjects as stored in audit rows and import batches): a staff
 * account shows its username, a student's account its masked name (张*), anything else (system,
 * an integrator, a test token) stays as stored. One statement per call.
 */
@Component
public class ActorNames {

	private final DatabaseClient db;

	ActorNames(DatabaseClient db) {
		this.db = db;
	}

	/** Every subject of {@code subjects} mapped to its readable name. */
	public Mono<Map<String, String>> of(Collection<String> subjects) {
		Map<Long, String> accounts = new HashMap<>();
		for (String subject : subjects) {
			Long account = accountId(subject);
			if (account != null) {
				accounts.put(account, subject);
			}
		}
		Map<String, String> names = new HashMap<>();
		subjects.forEach(subject -> names.put(subject, subject));
		if (accounts.isEmpty()) {
			return Mono.just(names);
		}
		return db.sql("SELECT id, username, display_name FROM account WHERE id = ANY(:ids)")
			.bind("ids", accounts.keySet().toArray(Long[]::new))
			.map(row -> {
				String username = row.get("username", String.class);
				return Map.entry(accounts.get(row.get("id", Long.class)),
						username != null ? username : Masking.name(row.get("display_name", String.class)));
			})
			.all()
			.doOnNext(named -> names.put(named.getKey(), named.getValue()))
			.then(Mono.fromSupplier(() -> names));
	}

	/**
	 * The subjects an actor filter stands for: the text itself, and the account a staff username
	 * (or a subject's own global id) names.
	 */
	Mono<List<String>> subjectsFor(@Nullable String actor) {
		if (actor == null || actor.isBlank()) {
			return Mono.just(List.of());
		}
		String text = actor.strip();
		return db.sql("SELECT id FROM account WHERE username = :username")
			.bind("username", text)
			.map(row -> row.get("id", Long.class))
			.one()
			.map(id -> List.of(text, GlobalId.encode("Account", id)))
			.defaultIfEmpty(List.of(text));
	}

	private static @Nullable Long accountId(String subject) {
		try {
			GlobalId id = GlobalId.decode(subject);
			return "Account".equals(id.typeName()) ? id.id() : null;
		}
		catch (ApiException | IllegalArgumentException ex) {
			return null;
		}
	}

}
