import { BarChart, FunnelChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, FunnelChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

interface EChartViewProps {
  option: object;
  height: number;
  /** Accessible name of the drawing. */
  label: string;
}

/** One ECharts canvas; loaded lazily (its own chunk) so the statistics show before the charts. */
export function EChartView({ option, height, label }: EChartViewProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!element.current) return;
    chart.current = echarts.init(element.current);
    const resize = () => chart.current?.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  // A live update replaces the data in place: no flicker from re-creating the chart.
  useEffect(() => {
    chart.current?.setOption({ ...option, textStyle: { fontFamily: getComputedStyle(document.body).fontFamily } }, { notMerge: false });
  }, [option]);

  return <div ref={element} role="img" aria-label={label} style={{ height }} />;
}
