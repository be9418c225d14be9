import { RequireSession } from '@/features/auth/components/require-session';
import { CampaignRoute } from '@/features/campaigns/routes/campaign-route';
import { CAMPAIGN_READERS, useCampaignRights } from './use-campaign-rights';

function CampaignDetail() {
  return <CampaignRoute {...useCampaignRights()} />;
}

export function StaffCampaignRoute() {
  return (
    <RequireSession roles={CAMPAIGN_READERS}>
      <CampaignDetail />
    </RequireSession>
  );
}
