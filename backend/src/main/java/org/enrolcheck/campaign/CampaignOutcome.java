package org.enrolcheck.campaign;

import java.util.List;

import org.enrolcheck.graphql.ValidationFailed.FieldError;

/** What became of a campaign change. */
sealed interface CampaignOutcome {

	record Saved(Campaign campaign) implements CampaignOutcome {
	}

	record Invalid(List<FieldError> problems) implements CampaignOutcome {
	}

	record Stale(int currentVersion) implements CampaignOutcome {
	}

	record KeyReused() implements CampaignOutcome {
	}

}
