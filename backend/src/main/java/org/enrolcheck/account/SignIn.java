package org.enrolcheck.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.enrolcheck.account.AccountRepository.Credential;
import org.enrolcheck.account.LoginThrottle.Key;
import org.enrolcheck.totp.TotpService;
import org.jspecify.annotations.Nullable;
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

	private final TotpService totp;

	SignIn(AccountRepository accounts, SessionRepository sessions, Passwords passwords, LoginThrottle throttle,
			AccessTokens tokens, TransactionalOperator transaction, TotpService totp) {
		this.totp = totp;
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

		/** The password was right but the TOTP code is missing ({@code invalid} false) or wrong/used (true). */
		record TotpRequired(boolean invalid) implements Outcome {
		}

		/** The password was right; the role must enrol TOTP first, with this secret. */
		record TotpEnrolmentRequired(String secret, String otpauthUri) implements Outcome {
		}

	}

	Mono<Outcome> login(String identifier, String password, ClientInfo client) {
		return login(identifier, password, null, client);
	}

	Mono<Outcome> login(String identifier, String password, @Nullable String totpCode, ClientInfo client) {
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
								? secondStep(found.get().account(), totpCode, who, keys, client)
								: throttle.failed(keys).then(accounts.recordAttempt(accountId, client, false))
									.thenReturn(new Outcome.Failed()));
				});
			});
	}

	/** Staff with TOTP need a code as well; a wrong or replayed code counts as a failed attempt. */
	private Mono<Outcome> secondStep(Account account, @Nullable String totpCode, Key who, List<Key> keys,
			ClientInfo client) {
		return totp.check(account.id(), account.username(), account.roles(), totpCode).flatMap(gate -> switch (gate) {
			case TotpService.Gate.Pass pass -> signIn(account, who, client);
			case TotpService.Gate.Required required -> Mono.<Outcome>just(new Outcome.TotpRequired(false));
			case TotpService.Gate.Invalid invalid -> throttle.failed(keys)
				.then(accounts.recordAttempt(account.id(), client, false))
				.thenReturn((Outcome) new Outcome.TotpRequired(true));
			case TotpService.Gate.EnrolmentRequired enrol -> Mono.<Outcome>just(
					new Outcome.TotpEnrolmentRequired(enrol.secret(), enrol.otpauthUri()));
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
