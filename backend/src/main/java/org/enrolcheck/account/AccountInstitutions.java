package org.enrolcheck.account;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.enrolcheck.reference.Institution;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The institutions of a page of accounts, in one statement. */
@Component
class AccountInstitutions {

	private final DatabaseClient db;

	AccountInstitutions(DatabaseClient db) {
		this.db = db;
	}

	Mono<Map<Account, Institution>> of(List<Account> accounts) {
		Long[] ids = accounts.stream().map(Account::institutionId).filter(Objects::nonNull).distinct().toArray(Long[]::new);
		if (ids.length == 0) {
			return Mono.just(Map.of());
		}
		return db.sql("SELECT id, code, name FROM institution WHERE id = ANY(:ids)")
			.bind("ids", ids)
			.map(row -> new Institution(row.get("id", Long.class), row.get("code", String.class).strip(),
					row.get("name", String.class)))
			.all()
			.collectMap(Institution::id, Function.identity())
			.map(byId -> accounts.stream()
				.filter(account -> account.institutionId() != null && byId.containsKey(account.institutionId()))
				.collect(Collectors.toMap(Function.identity(), account -> byId.get(account.institutionId()), (a, b) -> a)));
	}

}
