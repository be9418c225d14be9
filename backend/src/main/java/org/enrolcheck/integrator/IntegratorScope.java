package org.enrolcheck.integrator;

import java.util.Arrays;
import java.util.Optional;

/** What an integrator's API token may read; {@link #scope()} is the name services check with Viewer#hasScope. */
public enum IntegratorScope {

	RECORDS_READ("records:read"), STATS_READ("stats:read"), TICKETS_READ("tickets:read"),
	CAMPAIGNS_READ("campaigns:read");

	private final String scope;

	IntegratorScope(String scope) {
		this.scope = scope;
	}

	public String scope() {
		return scope;
	}

	static Optional<IntegratorScope> ofScope(String scope) {
		return Arrays.stream(values()).filter(value -> value.scope.equals(scope)).findFirst();
	}

}
