package org.enrolcheck.selfcheck;

import java.time.OffsetDateTime;

/** A campaign as its students see it: its global id, title, notice and window, nothing of others. */
record SelfCheckCampaign(String id, String name, String notice, OffsetDateTime opensAt, OffsetDateTime closesAt) {
}
