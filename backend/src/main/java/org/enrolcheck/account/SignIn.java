package org.enrolcheck.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.enrolcheck.account.AccountRepository.Credential;
import org.enrolcheck.account.LoginThrottle.Key;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Password sign-in. Every failure looks the same to the caller (unknown identifier, wrong password,
 * disabled account), costs the same hashing time, and counts against the throttle.
 */
@Service
class SignIn {

	private final AccountRepository accounts;

	private final SessionRepository sessions;

	private final Passwords passwords;

	private final LoginThrottle throttle;

	private final AccessTokens tokens;

	private final TransactionalOperator transaction;

	SignIn(AccountRepository accounts, SessionRepository sessions, Passwords passwords, LoginThrottle throttle,
			AccessTokens tokens, TransactionalOperator transaction) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.passwords = passwords;
		this.throttle = throttle;
		this.tokens = tokens;
		this.transaction = transaction;
	}

	sealed interface Outcome {

		/** Signed in: an access token for the API and a refresh token for the cookie. */
		record SignedIn(Account account, AccessTokens.Issued access, String refreshToken) implements Outcome {
		}

		record Failed() implements Outcome {
		}

		record Throttled(Duration retryAfter) implements Outcome {
		}

	}

	Mono<Outcome> login(String identifier, String password, ClientInfo client) {
		if (identifier.isBlank() || password.isEmpty() || identifier.length() > 254 || password.length() > 100) {
			return Mono.just(new Outcome.Failed());
		}
		return accounts.findByIdentifier(identifier)
			.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.flatMap(found -> {
				Key who = found.map(credential -> Key.account(credential.account().id()))
					.orElseGet(() -> throttle.identifier(identifier));
				List<Key> keys = new ArrayList<>(List.of(who));
				if (client.ip() != null) {
					keys.add(Key.ip(client.ip()));
				}
				Long accountId = found.map(credential -> credential.account().id()).orElse(null);
				return throttle.remainingLock(keys).flatMap(wait -> {
					if (wait.isPositive()) {
						return accounts.recordAttempt(accountId, client, false).thenReturn((Outcome) new Outcome.Throttled(wait));
					}
					return passwords.matches(password, found.map(Credential::passwordHash).orElse(null))
						.flatMap(matches -> matches && found.get().account().state() == AccountState.ACTIVE
								? signIn(found.get().account(), who, client)
								: throttle.failed(keys).then(accounts.recordAttempt(accountId, client, false))
									.thenReturn(new Outcome.Failed()));
				});
			});
	}

	private Mono<Outcome> signIn(Account account, Key who, ClientInfo client) {
		String refresh = RefreshTokens.newToken();
		return throttle.succeeded(who)
			.then(accounts.recordAttempt(account.id(), client, true))
			.then(sessions.open(account.id(), client))
			.flatMap(sessionId -> sessions.addToken(sessionId, refresh)
				.thenReturn((Outcome) new Outcome.SignedIn(account.seenFrom(sessionId), tokens.issue(account, sessionId), refresh)))
			.as(transaction::transactional);
	}

}
