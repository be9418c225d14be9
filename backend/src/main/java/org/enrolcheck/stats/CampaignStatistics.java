package org.enrolcheck.stats;

/** A campaign's statistics as one caller may see them; each field is read when asked for. */
record CampaignStatistics(String campaignId, StatisticsAccess.Scope scope, boolean aggregatesOnly, int suppressionThreshold,
		CampaignRef campaign, StatisticsAccess access) {
}
