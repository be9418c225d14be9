package org.enrolcheck.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * What other features (registration, password reset) may do with accounts without reaching into
 * this package: sign an account in exactly as {@code login} does (history row, session, access
 * token, refresh cookie), end all its sessions, hash a password, and read who is calling.
 */
@Component
public class AccountSessions {

	private final AccountRepository accounts;

	private final SessionRepository sessions;

	private final AccessTokens tokens;

	private final Passwords passwords;

	private final TransactionalOperator transaction;

	AccountSessions(AccountRepository accounts, SessionRepository sessions, AccessTokens tokens, Passwords passwords,
			TransactionalOperator transaction) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.tokens = tokens;
		this.passwords = passwords;
		this.transaction = transaction;
	}

	/** A signed-in account: the access token for the API; the refresh cookie is already in the context. */
	public record Started(String accessToken, OffsetDateTime expiresAt, Account account) {
	}

	/**
	 * Signs the account in for the request behind {@code context}; joins the caller's transaction
	 * when there is one. The refresh cookie goes out with the GraphQL response.
	 */
	public Mono<Started> start(long accountId, GraphQLContext context) {
		ClientInfo client = client(context);
		String refresh = RefreshTokens.newToken();
		return accounts.findById(accountId)
			.flatMap(credential -> accounts.recordAttempt(accountId, client, true)
				.then(sessions.open(accountId, client))
				.flatMap(sessionId -> sessions.addToken(sessionId, refresh).then(Mono.fromSupplier(() -> {
					context.put(SignInCookieInterceptor.COOKIE, RefreshCookie.carrying(refresh));
					AccessTokens.Issued access = tokens.issue(credential.account(), sessionId);
					return new Started(access.token(), access.expiresAt().atOffset(ZoneOffset.UTC),
							credential.account().seenFrom(sessionId));
				}))))
			.as(transaction::transactional);
	}

	/** Ends every live session of the account; how many were ended. */
	public Mono<Long> revokeAll(long accountId, String why) {
		return sessions.revokeAll(accountId, null, why);
	}

	/** The signed-in caller's account id, when the request carries a live session's token. */
	public Mono<Long> callerAccountId() {
		return Caller.current().flatMap(caller -> sessions.isLive(caller.sessionId())
			.filter(live -> live)
			.map(live -> caller.accountId()));
	}

	/** The caller's account as {@code me} shows it (its own holder's view); empty without a live session. */
	public Mono<Account> callerAccount() {
		return Caller.current().flatMap(caller -> sessions.isLive(caller.sessionId())
			.filter(live -> live)
			.flatMap(live -> accounts.findById(caller.accountId()))
			.filter(credential -> credential.account().state() == AccountState.ACTIVE)
			.map(credential -> credential.account().seenFrom(caller.sessionId())));
	}

	public Mono<Account> account(long accountId) {
		return accounts.findById(accountId).map(AccountRepository.Credential::account);
	}

	public Mono<String> hashPassword(String password) {
		return passwords.hash(password);
	}

	public Mono<Boolean> passwordMatches(long accountId, String password) {
		return accounts.findById(accountId).flatMap(credential -> passwords.matches(password, credential.passwordHash()))
			.defaultIfEmpty(false);
	}

	/** The password rule of domain.md: 6–30 letters, digits and symbols. */
	public static boolean passwordAcceptable(@Nullable String password) {
		return Passwords.acceptable(password);
	}

	public static @Nullable String clientIp(GraphQLContext context) {
		return client(context).ip();
	}

	public static @Nullable String userAgent(GraphQLContext context) {
		return client(context).userAgent();
	}

	private static ClientInfo client(GraphQLContext context) {
		return context.getOrDefault(SignInCookieInterceptor.CLIENT, ClientInfo.UNKNOWN);
	}

}
