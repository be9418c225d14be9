package org.enrolcheck.account;

import java.time.ZoneOffset;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Plain HTTP beside GraphQL for the two calls that only carry the refresh cookie: the SPA asks for a
 * fresh access token on start and before expiry, and signs out.
 */
@RestController
@RequestMapping(RefreshCookie.PATH)
class SessionCookieController {

	private final SessionService sessions;

	SessionCookieController(SessionService sessions) {
		this.sessions = sessions;
	}

	@PostMapping("/refresh")
	Mono<ResponseEntity<Map<String, Object>>> refresh(@CookieValue(name = RefreshCookie.NAME, required = false) @Nullable String token,
			ServerHttpRequest request) {
		if (token == null || token.isBlank()) {
			return Mono.just(refused());
		}
		ClientInfo client = ClientInfo.of(SignInCookieInterceptor.ip(request.getRemoteAddress()),
				request.getHeaders().getFirst(HttpHeaders.USER_AGENT));
		return sessions.refresh(token, client).map(outcome -> switch (outcome) {
			case SessionService.Refresh.Refreshed refreshed -> ResponseEntity.ok()
				.header(HttpHeaders.SET_COOKIE, RefreshCookie.carrying(refreshed.refreshToken()).toString())
				.<Map<String, Object>>body(Map.of("accessToken", refreshed.access().token(), "expiresAt",
						refreshed.access().expiresAt().atOffset(ZoneOffset.UTC).toString()));
			case SessionService.Refresh.Refused refused -> refused();
		});
	}

	@PostMapping("/logout")
	Mono<ResponseEntity<Void>> logout(@CookieValue(name = RefreshCookie.NAME, required = false) @Nullable String token) {
		Mono<Void> revoked = token == null || token.isBlank() ? Mono.empty() : sessions.logout(token);
		return revoked.thenReturn(ResponseEntity.noContent()
			.header(HttpHeaders.SET_COOKIE, RefreshCookie.cleared().toString())
			.build());
	}

	private static ResponseEntity<Map<String, Object>> refused() {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.SET_COOKIE, RefreshCookie.cleared().toString())
			.body(Map.of("code", "UNAUTHENTICATED"));
	}

}
