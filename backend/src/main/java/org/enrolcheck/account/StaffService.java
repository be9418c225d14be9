package org.enrolcheck.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.enrolcheck.account.AccountRepository.NewStaff;
import org.enrolcheck.audit.AuditEvent;
import org.enrolcheck.audit.AuditLog;
import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.enrolcheck.graphql.Paging;
import org.enrolcheck.graphql.ValidationFailed.FieldError;
import org.enrolcheck.security.Role;
import org.enrolcheck.security.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** A registrar manages the staff of their own institution; every change is audited. */
@Service
class StaffService {

	static final Set<Role> STAFF_ROLES = Set.of(Role.REGISTRAR, Role.COLLEGE_ADMIN, Role.COUNSELLOR, Role.SUPPORT, Role.ANALYST);

	private final AccountRepository accounts;

	private final SessionRepository sessions;

	private final StaffScopes scopes;

	private final Passwords passwords;

	private final AuditLog audit;

	private final TransactionalOperator transaction;

	StaffService(AccountRepository accounts, SessionRepository sessions, StaffScopes scopes, Passwords passwords,
			AuditLog audit, TransactionalOperator transaction) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.scopes = scopes;
		this.passwords = passwords;
		this.audit = audit;
		this.transaction = transaction;
	}

	/** A staff change either happened, or the input broke rules (one entry per field). */
	sealed interface Outcome {

		record Done(Account account) implements Outcome {
		}

		record Invalid(List<FieldError> errors) implements Outcome {
		}

	}

	record Draft(String username, String displayName, Role role, List<String> collegeIds, List<String> classIds,
			String password) {
	}

	Mono<Window<Account>> staff(Paging paging) {
		return Viewer.registrar().flatMap(viewer -> accounts.staffPage(institution(viewer), paging).collectList()
			.map(rows -> paging.window(rows, AccountRepository::cursorKeys)));
	}

	Mono<Outcome> create(Draft draft, Locale locale) {
		return Viewer.registrar().flatMap(viewer -> {
			long institution = institution(viewer);
			List<Long> colleges = draft.collegeIds().stream().map(id -> GlobalId.decode(id, "College")).distinct().toList();
			List<Long> classes = draft.classIds().stream().map(id -> GlobalId.decode(id, "SchoolClass")).distinct().toList();
			NewStaff staff = new NewStaff(draft.username().strip().toLowerCase(Locale.ROOT), draft.displayName().strip(),
					draft.role(), institution, colleges, classes);
			StaffRules rules = new StaffRules(locale);
			List<FieldError> errors = new ArrayList<>(rules.check(staff, draft.password()));
			return scopes.unknownScope(institution, colleges, classes, rules)
				.concatWith(accounts.usernameTaken(staff.username())
					.flatMap(taken -> taken ? Mono.just(rules.usernameTaken()) : Mono.empty()))
				.collectList()
				.flatMap(more -> {
					errors.addAll(more);
					return errors.isEmpty() ? insert(viewer, staff, draft.password(), rules)
							: Mono.just(new Outcome.Invalid(errors));
				});
		});
	}

	private Mono<Outcome> insert(Viewer viewer, NewStaff staff, String password, StaffRules rules) {
		return passwords.hash(password).flatMap(hash -> accounts.insertStaff(staff, hash)
			.flatMap(id -> audit.write(new AuditEvent(viewer.subject(), "account.staff.create", Account.TYPE, id,
					staff.institutionId(), null, describe(staff), null)).then(accounts.findById(id)))
			.map(credential -> (Outcome) new Outcome.Done(credential.account()))
			.defaultIfEmpty(new Outcome.Invalid(List.of(rules.usernameTaken())))
			.as(transaction::transactional));
	}

	Mono<Outcome> disable(String accountId, @Nullable String reason, Locale locale) {
		long id = GlobalId.decode(accountId, Account.TYPE);
		StaffRules rules = new StaffRules(locale);
		return Viewer.registrar().flatMap(viewer -> accounts.findById(id)
			.filter(found -> found.account().isStaff()
					&& Objects.equals(found.account().institutionId(), viewer.institutionId()))
			.switchIfEmpty(Mono.error(new ApiException(ErrorCode.NOT_FOUND)))
			.flatMap(found -> {
				if (reason == null || reason.strip().length() < 2) {
					return Mono.just(new Outcome.Invalid(List.of(rules.reasonRequired())));
				}
				if (viewer.subject().equals(found.account().globalId())) {
					return Mono.just(new Outcome.Invalid(List.of(rules.notYourself())));
				}
				return accounts.setState(id, AccountState.DISABLED)
					.then(sessions.revokeAll(id, null, "ACCOUNT_DISABLED"))
					.then(audit.write(new AuditEvent(viewer.subject(), "account.staff.disable", Account.TYPE, id,
							viewer.institutionId(), Map.of("state", found.account().state().name()),
							Map.of("state", AccountState.DISABLED.name()), reason.strip())))
					.then(accounts.findById(id))
					.map(updated -> (Outcome) new Outcome.Done(updated.account()))
					.as(transaction::transactional);
			}));
	}

	/** Registrars only; their token's institution bounds everything they manage. */

	private static long institution(Viewer viewer) {
		return Objects.requireNonNull(viewer.institutionId());
	}

	private static Map<String, Object> describe(NewStaff staff) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("username", staff.username());
		after.put("displayName", staff.displayName());
		after.put("role", staff.role().name());
		after.put("collegeIds", staff.collegeIds());
		after.put("classIds", staff.classIds());
		return after;
	}

}
