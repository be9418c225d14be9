// ECharts options built from the statistics, kept pure so they can be tested without a canvas.

export interface FunnelLabels {
  inScope: string;
  registered: string;
  linked: string;
  confirmed: string;
}

export interface FunnelNumbers {
  inScope: number;
  registered: number;
  linked: number;
  confirmed: number;
}

export function funnelOption(funnel: FunnelNumbers, labels: FunnelLabels) {
  const steps = (['inScope', 'registered', 'linked', 'confirmed'] as const).map((key) => ({ name: labels[key], value: funnel[key] }));
  return {
    color: ['#1677ff', '#4096ff', '#69b1ff', '#52c41a'],
    tooltip: { trigger: 'item' as const },
    series: [{ type: 'funnel' as const, sort: 'none' as const, left: '10%', width: '80%', minSize: '8%', label: { show: true, formatter: '{b}: {c}' }, data: steps }],
  };
}

export interface CollegeCell {
  name: string | null;
  completionRate: number | null;
  suppressed: boolean;
}

/** Completion per college, lowest first (where to push); suppressed cells are left out. */
export function collegeBarsOption(cells: readonly CollegeCell[], seriesName: string) {
  const shown = cells
    .filter((cell) => !cell.suppressed && cell.completionRate !== null)
    .sort((a, b) => (a.completionRate ?? 0) - (b.completionRate ?? 0));
  return {
    color: ['#1677ff'],
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' as const, valueFormatter: (value: unknown) => `${Number(value).toFixed(1)}%` },
    xAxis: { type: 'value' as const, max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category' as const, data: shown.map((cell) => cell.name ?? '—') },
    series: [{ name: seriesName, type: 'bar' as const, data: shown.map((cell) => Math.round((cell.completionRate ?? 0) * 1000) / 10) }],
  };
}

export interface DayCount {
  day: string;
  confirmed: number;
}

/** Confirmations per day and their running total, with days without any filled in as 0. */
export function trendSeries(days: readonly DayCount[]): { days: string[]; daily: number[]; cumulative: number[] } {
  if (days.length === 0) return { days: [], daily: [], cumulative: [] };
  const byDay = new Map(days.map((d) => [d.day, d.confirmed]));
  const sorted = [...byDay.keys()].sort();
  const out: string[] = [];
  for (let day = new Date(`${sorted[0]}T00:00:00Z`); day <= new Date(`${sorted.at(-1)}T00:00:00Z`); day = new Date(day.getTime() + 86_400_000)) {
    out.push(day.toISOString().slice(0, 10));
  }
  const daily = out.map((day) => byDay.get(day) ?? 0);
  let total = 0;
  return { days: out, daily, cumulative: daily.map((n) => (total += n)) };
}

export function trendOption(days: readonly DayCount[], names: { daily: string; cumulative: string }) {
  const series = trendSeries(days);
  return {
    color: ['#91caff', '#1677ff'],
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' as const },
    legend: { top: 0 },
    xAxis: { type: 'category' as const, data: series.days },
    yAxis: { type: 'value' as const, minInterval: 1 },
    series: [
      { name: names.daily, type: 'bar' as const, data: series.daily },
      { name: names.cumulative, type: 'line' as const, data: series.cumulative },
    ],
  };
}
