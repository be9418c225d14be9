import { Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MarkdownView } from '@/components/markdown-view';
import { graphql, useFragment, type FragmentType } from '@/gql';
import { CampaignStateTag } from './campaign-state-tag';
import { useFieldLabel } from './field-label';
import { formatShanghai } from './shanghai-time';
import { useCohortText } from './use-cohort-text';

export const CampaignFields_CampaignFragment = graphql(`
  fragment CampaignFields_CampaignFragment on Campaign {
    id
    name
    admissionYear
    levels
    opensAt
    closesAt
    state
    fieldsToCheck
    notice
    reminderDays
    version
    createdAt
  }
`);

/** Everything a registrar set on a campaign, the notice rendered from its Markdown. */
export function CampaignFields(props: { campaign: FragmentType<typeof CampaignFields_CampaignFragment> }) {
  const { t } = useTranslation('campaigns');
  const campaign = useFragment(CampaignFields_CampaignFragment, props.campaign);
  const cohortText = useCohortText();
  const fieldLabel = useFieldLabel();
  return (
    <Flex vertical gap={16}>
      <Descriptions bordered size="small" column={2}>
        <Descriptions.Item label={t('fields.cohort')}>{cohortText(campaign.admissionYear, campaign.levels)}</Descriptions.Item>
        <Descriptions.Item label={t('fields.state')}>
          <CampaignStateTag state={campaign.state} />
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.opensAt')}>{formatShanghai(campaign.opensAt)}</Descriptions.Item>
        <Descriptions.Item label={t('fields.closesAt')}>{formatShanghai(campaign.closesAt)}</Descriptions.Item>
        <Descriptions.Item label={t('fields.reminderDays')} span={2}>
          {campaign.reminderDays.length === 0
            ? t('reminders.none')
            : t('reminders.days', { days: campaign.reminderDays.join(t('cohort.separator')) })}
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.fieldsToCheck')} span={2}>
          <Flex gap={4} wrap>
            {campaign.fieldsToCheck.map((field) => (
              <Tag key={field}>{fieldLabel(field)}</Tag>
            ))}
          </Flex>
        </Descriptions.Item>
      </Descriptions>
      <div>
        <Typography.Title level={5}>{t('fields.notice')}</Typography.Title>
        {campaign.notice.trim() === '' ? (
          <Typography.Text type="secondary">{t('notice.empty')}</Typography.Text>
        ) : (
          <div className="campaign-notice" data-testid="campaign-notice">
            <MarkdownView source={campaign.notice} />
          </div>
        )}
      </div>
      <Typography.Text type="secondary">{t('timezoneHint')}</Typography.Text>
    </Flex>
  );
}
