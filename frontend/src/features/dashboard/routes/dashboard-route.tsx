import { Card, Col, Empty, Flex, Row, Select, Skeleton, Tag } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useSubscription } from 'urql';
import { PageHeader } from '@/components/desktop/page-header';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import { useFragment } from '@/gql';
import { CampaignOptionsQuery } from '../api/campaign-options-query';
import { CampaignProgressSubscription } from '../api/campaign-progress-subscription';
import { StatisticsQuery } from '../api/statistics-query';
import { collegeBarsOption, funnelOption, trendOption } from '../components/chart-options';
import { FunnelFigures, FunnelFigures_CampaignFunnelFragment } from '../components/funnel-figures';
import { NonCompletersSection } from '../components/non-completers-section';
import { TicketsOverview } from '../components/tickets-overview';

// ECharts is large: its own chunk, fetched after the figures are on screen.
const EChartView = lazy(async () => ({ default: (await import('../components/echart-view')).EChartView }));

interface DashboardRouteProps {
  /** Analysts see aggregates only: no list of students. */
  showPeople: boolean;
  canRemind: boolean;
}

export function DashboardRoute({ showPeople, canRemind }: DashboardRouteProps) {
  const { t } = useTranslation('dashboard');
  const [{ data: options, error: optionsError }] = useQuery({ query: CampaignOptionsQuery });
  const campaigns = options?.campaigns.edges.map((edge) => edge.node) ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const campaignId = chosen ?? campaigns.find((c) => c.state === 'OPEN')?.id ?? campaigns[0]?.id ?? null;

  const [{ data, error }, reexecute] = useQuery({ query: StatisticsQuery, variables: { campaignId: campaignId ?? '' }, pause: campaignId === null });
  const [{ data: live }] = useSubscription({ query: CampaignProgressSubscription, variables: { campaignId: campaignId ?? '' }, pause: campaignId === null });
  const statistics = data?.campaignStatistics.campaignId === campaignId ? data?.campaignStatistics : null;
  // The subscription's funnel is the newest; the query's is the first paint.
  const funnelRef = live?.campaignProgress ?? statistics?.funnel ?? null;
  const funnel = useFragment(FunnelFigures_CampaignFunnelFragment, funnelRef);
  const liveFunnel = funnel && funnel.campaignId === campaignId ? funnel : null;
  const now = useMemo(() => Date.now(), [statistics]);

  const funnelChart = useMemo(
    () => liveFunnel && funnelOption(liveFunnel, { inScope: t('funnel.inScope'), registered: t('funnel.registered'), linked: t('funnel.linked'), confirmed: t('funnel.confirmed') }),
    [liveFunnel, t],
  );
  const collegeChart = useMemo(() => statistics && collegeBarsOption(statistics.byCollege, t('charts.completion')), [statistics, t]);
  const trendChart = useMemo(() => statistics && trendOption(statistics.byDay, { daily: t('charts.daily'), cumulative: t('charts.cumulative') }), [statistics, t]);

  return (
    <Flex vertical gap={16}>
      <PageHeader title={t('title')} description={t('description')} />
      {optionsError && <QueryErrorAlert error={optionsError} />}
      {options && campaigns.length === 0 && <Empty description={t('noCampaign')} />}
      {campaignId && (
        <Flex gap={12} align="center">
          <Select
            aria-label={t('campaign')}
            style={{ minWidth: 320 }}
            value={campaignId}
            onChange={setChosen}
            options={campaigns.map((c) => ({ value: c.id, label: c.name }))}
          />
          {live && <Tag color="green" data-testid="live-tag">{t('live')}</Tag>}
        </Flex>
      )}
      {error && <QueryErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {campaignId && !statistics && !error && <Skeleton active />}
      {statistics && liveFunnel && (
        <>
          <FunnelFigures funnel={funnelRef!} />
          <Suspense fallback={<Skeleton active />}>
            <Row gutter={16}>
              <Col span={10}>
                <Card size="small" title={t('charts.funnel')}>
                  {funnelChart && <EChartView option={funnelChart} height={280} label={t('charts.funnel')} />}
                </Card>
              </Col>
              <Col span={14}>
                <Card size="small" title={t('charts.byCollege')}>
                  {collegeChart && <EChartView option={collegeChart} height={280} label={t('charts.byCollege')} />}
                </Card>
              </Col>
            </Row>
            <Row gutter={16}>
              <Col span={14}>
                <Card size="small" title={t('charts.trend')}>
                  {trendChart && <EChartView option={trendChart} height={260} label={t('charts.trend')} />}
                </Card>
              </Col>
              <Col span={10}>
                <Card size="small" title={t('tickets.title')}>
                  <TicketsOverview byState={statistics.ticketsByState} waits={statistics.decisionWaits} now={now} />
                </Card>
              </Col>
            </Row>
          </Suspense>
          {showPeople && !statistics.aggregatesOnly && campaignId && (
            <Card title={t('nonCompleters.title')}>
              <NonCompletersSection campaignId={campaignId} canRemind={canRemind} />
            </Card>
          )}
        </>
      )}
    </Flex>
  );
}
