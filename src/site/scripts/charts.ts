// Draws each figure.chart from its own data table. Only the chart.js parts used are
// registered, so the bundle stays small (tree-shaken).
import {
  Chart, BarController, BarElement, LineController, LineElement, PointElement,
  CategoryScale, LinearScale, Legend, Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

const COLORS = ['#0b5cad', '#d9822b', '#1f6f3a', '#8e44ad', '#b42318', '#5a6470'];
const font = { family: 'system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif' };

for (const fig of document.querySelectorAll<HTMLElement>('figure.chart')) {
  const canvas = fig.querySelector('canvas');
  const table = fig.querySelector('table');
  if (!canvas || !table) continue;
  const kind = fig.dataset.chart;
  const names = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent ?? '');
  const rows = [...table.querySelectorAll('tbody tr')];
  const labels = rows.map((r) => r.querySelector('th')?.textContent ?? '');
  const datasets = names.map((name, i) => ({
    label: name,
    data: rows.map((r) => {
      const v = r.querySelectorAll('td')[i]?.dataset.value;
      return v === undefined || v === '' ? null : Number(v);
    }),
    backgroundColor: COLORS[i % COLORS.length],
    borderColor: COLORS[i % COLORS.length],
    tension: 0.2,
  }));
  const chart = new Chart(canvas, {
    type: kind === 'line' ? 'line' : 'bar',
    data: { labels, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      indexAxis: kind === 'hbar' ? 'y' : 'x',
      plugins: { legend: { display: datasets.length > 1, labels: { font } } },
      // Every category label is drawn: the bar chart's labels rotate, the horizontal ones have a row each.
      scales: {
        x: { ticks: { font, precision: 0, autoSkip: kind !== 'bar' }, beginAtZero: true },
        y: { ticks: { font, precision: 0, autoSkip: kind !== 'hbar' }, beginAtZero: true },
      },
    },
  });
  fig.dataset.drawn = String(chart.data.datasets.length);
}

// Paper is narrower than most screens: redraw at the print layout's size before printing.
const resizeAll = () => { for (const c of Object.values(Chart.instances)) c.resize(); };
addEventListener('beforeprint', resizeAll);
addEventListener('afterprint', resizeAll);
matchMedia('print').addEventListener('change', resizeAll);
