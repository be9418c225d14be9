import { Card } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';
import { formatDateTime } from '@/lib/format-date-time';
import { CampaignCountdown } from './campaign-countdown';
import { CampaignNotice } from './campaign-notice';

export const CampaignCard_PublicCampaignFragment = graphql(`
  fragment CampaignCard_PublicCampaignFragment on PublicCampaign {
    name
    opensAt
    closesAt
    state
    notice
  }
`);

/** One campaign of the institution: its window in China time, a countdown and the office's notice. */
export function CampaignCard(props: { campaign: FragmentType<typeof CampaignCard_PublicCampaignFragment> }) {
  const { t, i18n } = useTranslation('landing');
  const campaign = useFragment(CampaignCard_PublicCampaignFragment, props.campaign);
  const opens = formatDateTime(campaign.opensAt, i18n.language);
  const deadline = formatDateTime(campaign.closesAt, i18n.language);
  return (
    <Card className="campaign-card" title={campaign.name}>
      {campaign.state === 'NOT_YET_OPEN' && (
        <>
          <p className="campaign-window">{t('campaigns.notYetOpen', { opens, deadline })}</p>
          <CampaignCountdown until={campaign.opensAt} label={t('campaigns.untilOpen')} />
        </>
      )}
      {campaign.state === 'OPEN' && (
        <>
          <p className="campaign-window">{t('campaigns.open', { deadline })}</p>
          <CampaignCountdown until={campaign.closesAt} label={t('campaigns.untilDeadline')} />
        </>
      )}
      {campaign.state === 'CLOSED' && <p className="campaign-window">{t('campaigns.closed', { deadline })}</p>}
      <CampaignNotice notice={campaign.notice} />
    </Card>
  );
}
