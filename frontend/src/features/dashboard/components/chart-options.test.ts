import { describe, expect, it } from 'vitest';
import { collegeBarsOption, funnelOption, trendSeries } from './chart-options';

describe('dashboard charts', () => {
  it('draws the funnel in process order', () => {
    const option = funnelOption({ inScope: 100, registered: 80, linked: 70, confirmed: 50 }, { inScope: 'A', registered: 'B', linked: 'C', confirmed: 'D' });
    expect(option.series[0].data).toEqual([
      { name: 'A', value: 100 },
      { name: 'B', value: 80 },
      { name: 'C', value: 70 },
      { name: 'D', value: 50 },
    ]);
  });

  it('puts the colleges furthest behind first, in percent, without suppressed cells', () => {
    const option = collegeBarsOption(
      [
        { name: '计信', completionRate: 0.8123, suppressed: false },
        { name: '文学', completionRate: 0.2, suppressed: false },
        { name: '小院', completionRate: null, suppressed: true },
      ],
      'rate',
    );
    expect(option.yAxis.data).toEqual(['文学', '计信']);
    expect(option.series[0].data).toEqual([20, 81.2]);
  });

  it('fills days without confirmations and sums them up', () => {
    expect(
      trendSeries([
        { day: '2025-10-24', confirmed: 5 },
        { day: '2025-10-22', confirmed: 3 },
      ]),
    ).toEqual({ days: ['2025-10-22', '2025-10-23', '2025-10-24'], daily: [3, 0, 5], cumulative: [3, 3, 8] });
    expect(trendSeries([])).toEqual({ days: [], daily: [], cumulative: [] });
  });
});
