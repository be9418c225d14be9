package org.enrolcheck.web;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Says where the server listens once it is ready (migrations and demo data done), so a person or a
 * script reading the console knows when the URL works.
 */
@Component
class ListeningBanner implements ApplicationListener<ApplicationReadyEvent> {

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
		System.out.println("EnrolCheck is listening on http://localhost:" + port
				+ "  (GraphiQL: http://localhost:" + port + "/graphiql)");
	}

}
