package org.enrolcheck.campaign;

import java.util.Set;

import org.enrolcheck.graphql.NodeSource;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** {@code node(id)} for campaigns, with the same readers as {@code campaign(id)}. */
@Component
class CampaignNodes implements NodeSource {

	private final CampaignService campaigns;

	CampaignNodes(CampaignService campaigns) {
		this.campaigns = campaigns;
	}

	@Override
	public Set<String> typeNames() {
		return Set.of("Campaign");
	}

	@Override
	public Mono<?> find(String typeName, long id) {
		return campaigns.campaign(id);
	}

}
