package org.enrolcheck.account;

import org.enrolcheck.graphql.ApiException;
import org.enrolcheck.graphql.ErrorCode;
import org.enrolcheck.graphql.GlobalId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** The signed-in account's own view: who am I, my sessions, my password. */
@Service
class Profile {

	private final AccountRepository accounts;

	private final SessionRepository sessions;

	private final Passwords passwords;

	private final TransactionalOperator transaction;

	Profile(AccountRepository accounts, SessionRepository sessions, Passwords passwords,
			TransactionalOperator transaction) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.passwords = passwords;
		this.transaction = transaction;
	}

	/**
	 * The caller's account; empty when anonymous, when the token names no account, or when its
	 * session was revoked (the access token may still be inside its 15 minutes).
	 */
	Mono<Account> me() {
		return Caller.current().flatMap(caller -> sessions.isLive(caller.sessionId())
			.filter(live -> live)
			.flatMap(live -> accounts.findById(caller.accountId()))
			.filter(credential -> credential.account().state() == AccountState.ACTIVE)
			.map(credential -> credential.account().seenFrom(caller.sessionId())));
	}

	/** Revokes one of the caller's own sessions; another account's session is NOT_FOUND. */
	Mono<String> revokeSession(String sessionId) {
		long id = GlobalId.decode(sessionId, AccountSession.TYPE);
		return Caller.required()
			.flatMap(caller -> sessions.revokeOwned(id, caller.accountId(), "REVOKED_BY_OWNER"))
			.flatMap(revoked -> revoked > 0 ? Mono.just(sessionId) : Mono.error(new ApiException(ErrorCode.NOT_FOUND)));
	}

	sealed interface PasswordChange {

		record Changed(int sessionsRevoked) implements PasswordChange {
		}

		record WrongCurrentPassword() implements PasswordChange {
		}

		record NotAcceptable() implements PasswordChange {
		}

	}

	/** A new password ends every other session: whoever knew the old one is signed out. */
	Mono<PasswordChange> changePassword(String currentPassword, String newPassword) {
		// who is asking comes first: an anonymous caller learns nothing about the password rules
		return Caller.required().flatMap(caller -> !Passwords.acceptable(newPassword)
				? Mono.just((PasswordChange) new PasswordChange.NotAcceptable()) : accounts.findById(caller.accountId())
			.switchIfEmpty(Mono.error(new ApiException(ErrorCode.UNAUTHENTICATED)))
			.flatMap(credential -> passwords.matches(currentPassword, credential.passwordHash()).flatMap(matches -> {
				if (!matches) {
					return Mono.just((PasswordChange) new PasswordChange.WrongCurrentPassword());
				}
				return passwords.hash(newPassword)
					.flatMap(hash -> accounts.setPasswordHash(caller.accountId(), hash)
						.then(sessions.revokeAll(caller.accountId(), caller.sessionId(), "PASSWORD_CHANGED"))
						.map(revoked -> (PasswordChange) new PasswordChange.Changed(revoked.intValue()))
						.as(transaction::transactional));
			})));
	}

}
