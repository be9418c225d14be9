package org.enrolcheck.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Sessions as refresh-token families. Each refresh spends the presented token and issues the next;
 * a spent token presented again means it was copied, so the whole family is revoked and both the
 * thief and the owner must sign in again.
 */
@Service
class SessionService {

	private final SessionRepository sessions;

	private final AccountRepository accounts;

	private final AccessTokens tokens;

	private final TransactionalOperator transaction;

	SessionService(SessionRepository sessions, AccountRepository accounts, AccessTokens tokens,
			TransactionalOperator transaction) {
		this.sessions = sessions;
		this.accounts = accounts;
		this.tokens = tokens;
		this.transaction = transaction;
	}

	sealed interface Refresh {

		record Refreshed(AccessTokens.Issued access, String refreshToken) implements Refresh {
		}

		record Refused() implements Refresh {
		}

	}

	Mono<Refresh> refresh(String token, ClientInfo client) {
		return sessions.presented(token)
			.flatMap(presented -> {
				if (presented.revoked()) {
					return Mono.<Refresh>just(new Refresh.Refused());
				}
				if (presented.spent()) {
					return sessions.revoke(presented.sessionId(), "REFRESH_TOKEN_REUSED").thenReturn(new Refresh.Refused());
				}
				return accounts.findById(presented.accountId()).flatMap(credential -> {
					if (credential.account().state() != AccountState.ACTIVE) {
						return sessions.revoke(presented.sessionId(), "ACCOUNT_" + credential.account().state())
							.thenReturn((Refresh) new Refresh.Refused());
					}
					String next = RefreshTokens.newToken();
					return sessions.spend(token, presented.sessionId(), client)
						.then(sessions.addToken(presented.sessionId(), next))
						.thenReturn(new Refresh.Refreshed(tokens.issue(credential.account(), presented.sessionId()), next));
				});
			})
			.defaultIfEmpty(new Refresh.Refused())
			.as(transaction::transactional);
	}

	/** Ends the session the token belongs to, spent or not; an unknown token is already signed out. */
	Mono<Void> logout(String token) {
		return sessions.presented(token)
			.flatMap(presented -> sessions.revoke(presented.sessionId(), "LOGOUT"))
			.then()
			.as(transaction::transactional);
	}

	/**
	 * Live sessions per account, each flagged when it is the session the account is seen from. Only
	 * the account's own holder sees them: accounts read by someone else get an empty list.
	 */
	Mono<Map<Account, List<AccountSession>>> liveSessions(List<Account> owners) {
		List<Long> own = owners.stream().filter(owner -> owner.viewerSessionId() != null).map(Account::id).toList();
		return sessions.liveSessions(own)
			.collectMultimap(AccountSession::accountId)
			.map(found -> owners.stream().collect(Collectors.toMap(owner -> owner, owner -> {
				List<AccountSession> list = new ArrayList<>();
				for (AccountSession session : found.getOrDefault(owner.id(), List.of())) {
					boolean current = owner.viewerSessionId() != null && owner.viewerSessionId() == session.id();
					list.add(new AccountSession(session.id(), session.accountId(), session.createdAt(), session.lastUsedAt(),
							session.ip(), session.userAgent(), current));
				}
				return list;
			}, (a, b) -> a)));
	}

}
