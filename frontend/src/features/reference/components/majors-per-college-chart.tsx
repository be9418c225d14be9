import { Card } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryErrorAlert } from '@/components/desktop/query-error-alert';
import { graphql, useFragment } from '@/gql';
import { MajorsPerCollegeQuery } from '../api/majors-per-college-query';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export const MajorsPerCollegeChart_CollegeFragment = graphql(`
  fragment MajorsPerCollegeChart_CollegeFragment on College {
    id
    name
    majors {
      id
    }
  }
`);

/** Bar chart of how many majors each college teaches (one batched `majors` field per college). */
export function MajorsPerCollegeChart() {
  const { t } = useTranslation('reference');
  const element = useRef<HTMLDivElement>(null);
  const [{ data, error }, reexecute] = useQuery({ query: MajorsPerCollegeQuery });
  // Memoised so the chart is rebuilt only when the data changes, not on every render.
  const nodes = useMemo(() => data?.colleges.edges.map((edge) => edge.node) ?? [], [data]);
  const colleges = useFragment(MajorsPerCollegeChart_CollegeFragment, nodes);

  useEffect(() => {
    if (!element.current || colleges.length === 0) return;
    const chart = echarts.init(element.current);
    chart.setOption({
      color: ['#1677ff'],
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: colleges.map((college) => college.name),
        axisLabel: { interval: 0, rotate: colleges.length > 6 ? 30 : 0 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: t('chart.series'), type: 'bar', data: colleges.map((c) => c.majors.length) }],
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [colleges, t]);

  return (
    <Card title={t('chart.title')} size="small">
      {error ? (
        <QueryErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : (
        <div ref={element} style={{ height: 280 }} />
      )}
    </Card>
  );
}
