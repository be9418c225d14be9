import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '@/gql';

export const FunnelFigures_CampaignFunnelFragment = graphql(`
  fragment FunnelFigures_CampaignFunnelFragment on CampaignFunnel {
    campaignId
    inScope
    registered
    linked
    confirmed
    assisted
    withOpenTicket
    resolved
    completionRate
  }
`);

/** The funnel as numbers: in scope, registered, linked, confirmed, tickets, completion. */
export function FunnelFigures(props: { funnel: FragmentType<typeof FunnelFigures_CampaignFunnelFragment> }) {
  const { t } = useTranslation('dashboard');
  const funnel = useFragment(FunnelFigures_CampaignFunnelFragment, props.funnel);
  const figures: Array<[string, number | string]> = [
    [t('funnel.inScope'), funnel.inScope],
    [t('funnel.registered'), funnel.registered],
    [t('funnel.linked'), funnel.linked],
    [t('funnel.confirmed'), funnel.confirmed],
    [t('funnel.withOpenTicket'), funnel.withOpenTicket],
    [t('funnel.completionRate'), `${(funnel.completionRate * 100).toFixed(1)}%`],
  ];
  return (
    <Row gutter={[12, 12]} data-testid="funnel-figures">
      {figures.map(([title, value]) => (
        <Col key={title} span={4}>
          <Card size="small">
            <Statistic title={title} value={value} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
