import { RequireSession } from '@/features/auth/components/require-session';
import { CampaignsRoute } from '@/features/campaigns/routes/campaigns-route';
import { CAMPAIGN_READERS, useCampaignRights } from './use-campaign-rights';

function CampaignList() {
  return <CampaignsRoute canEdit={useCampaignRights().canEdit} />;
}

export function StaffCampaignsRoute() {
  return (
    <RequireSession roles={CAMPAIGN_READERS}>
      <CampaignList />
    </RequireSession>
  );
}
