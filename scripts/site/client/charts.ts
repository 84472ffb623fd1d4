/** The conflicts page's charts: one line per reporter and source, the value each key shows ringed. */
import * as Plot from '@observablehq/plot';
import type { ChartData, ConflictsPageData } from '../page-data.js';
import { pageData } from './dom.js';

const MAX_WIDTH = 800;

function drawChart(chart: ChartData, container: HTMLElement): void {
  const width = Math.min(MAX_WIDTH, Math.max(280, container.clientWidth || MAX_WIDTH));
  const shown = chart.points.filter((point) => point.shown);
  const plot = Plot.plot({
    width,
    height: Math.round(width * 0.55),
    marginLeft: 60,
    ariaLabel: `${chart.title}, ${chart.unitLabel}: one line per reporter and source`,
    x: { label: 'year', tickFormat: 'd' },
    y: { label: chart.unitLabel, grid: true },
    color: { legend: true },
    marks: [
      Plot.ruleY([0], { ariaHidden: 'true' }),
      Plot.line(chart.points, { x: 'year', y: 'value', z: 'series', stroke: 'series', title: 'series', className: 'series-line', marker: 'circle' }),
      Plot.dot(shown, { x: 'year', y: 'value', r: 7, stroke: 'black', strokeWidth: 1.5, fill: 'none', className: 'shown-value', title: (point: ChartData['points'][number]) => `shown: ${point.series} ${point.year}: ${point.value}` }),
    ],
  });
  container.replaceChildren(plot);
}

const data = pageData<ConflictsPageData>();
for (const chart of data?.charts ?? []) {
  const container = document.querySelector<HTMLElement>(`[data-chart="${CSS.escape(chart.id)}"] .chart-body`);
  if (container) drawChart(chart, container);
}
