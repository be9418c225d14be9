package org.enrolcheck.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

/**
 * Serves the built single-page app from {@code enrolcheck.web-root} (frontend/dist): its files, the
 * self-hosted GraphiQL page at {@code /graphiql}, and {@code index.html} for every client-side route
 * so that a deep link such as {@code /staff/records} loads the app.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${enrolcheck.web-root:}'.isBlank()")
class SpaRoutes {

	/** Paths the server itself answers; a missing one there is a 404, never the app. */
	private static final List<String> SERVER_PATHS = List.of("/graphql", "/api/", "/actuator", "/.well-known/");

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	RouterFunction<ServerResponse> spaRouterFunction(SpaProperties web) {
		Path root = web.webRoot().toAbsolutePath().normalize();
		Resource index = new FileSystemResource(root.resolve("index.html"));
		Resource graphiql = new FileSystemResource(root.resolve("graphiql/index.html"));
		if (!Files.isReadable(root.resolve("index.html"))) {
			throw new IllegalStateException("ENROLCHECK_WEB_ROOT has no index.html: " + root
					+ " (build the frontend with `npm run build` in frontend/)");
		}
		return RouterFunctions.route(GET("/graphiql").or(GET("/graphiql/")), request -> html(graphiql))
			.and(RouterFunctions.resources("/**", new FileSystemResource(root.toString() + "/")))
			.andRoute(clientRoute(), request -> html(index));
	}

	private static RequestPredicate clientRoute() {
		return GET("/**").and(request -> {
			String path = request.path();
			String last = path.substring(path.lastIndexOf('/') + 1);
			return !last.contains(".") && SERVER_PATHS.stream().noneMatch(path::startsWith);
		});
	}

	private static Mono<ServerResponse> html(Resource page) {
		// The page names hashed assets; it must be fetched again after every deployment.
		return ServerResponse.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noCache()).bodyValue(page);
	}

	/** Vite names every file under /assets by its content hash, so a browser may keep it for a year. */
	@Bean
	WebFilter immutableAssets() {
		String cacheControl = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable().getHeaderValue();
		return (exchange, chain) -> {
			if (exchange.getRequest().getPath().value().startsWith("/assets/")) {
				exchange.getResponse().beforeCommit(() -> {
					if (exchange.getResponse().getStatusCode() != null && exchange.getResponse().getStatusCode().is2xxSuccessful()) {
						exchange.getResponse().getHeaders().setCacheControl(cacheControl);
					}
					return Mono.empty();
				});
			}
			return chain.filter(exchange);
		};
	}

}
