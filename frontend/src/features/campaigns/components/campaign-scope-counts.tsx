import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';

export const CampaignScopeCounts_CampaignFragment = graphql(`
  fragment CampaignScopeCounts_CampaignFragment on Campaign {
    inScope
    outOfScope {
      status
      count
      reason
    }
  }
`);

/** The completion rate's denominator, and who is left out of it and why. */
export function CampaignScopeCounts(props: { campaign: FragmentType<typeof CampaignScopeCounts_CampaignFragment> }) {
  const { t } = useTranslation('campaigns');
  const { t: tr } = useTranslation('record');
  const campaign = useFragment(CampaignScopeCounts_CampaignFragment, props.campaign);
  const outTotal = campaign.outOfScope.reduce((sum, row) => sum + row.count, 0);
  return (
    <Row gutter={16}>
      <Col span={8}>
        <Card size="small">
          <Statistic title={t('scope.inScope')} value={campaign.inScope} data-testid="in-scope" />
        </Card>
      </Col>
      <Col span={16}>
        <Card size="small">
          <Statistic title={t('scope.outOfScope')} value={outTotal} />
          {campaign.outOfScope.map((row) => (
            <Typography.Paragraph key={row.status} type="secondary" style={{ margin: '4px 0 0' }}>
              {tr(`status.${row.status}`)}: {row.count} · {row.reason}
            </Typography.Paragraph>
          ))}
        </Card>
      </Col>
    </Row>
  );
}
