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

// Paper is narrower than most screens. Chrome lays out the printed page only after `beforeprint`,
// so the charts are redrawn at fixed A4 sizes first (Chart.js's advice), and at the screen's after.
// The print stylesheet keeps each canvas's proportions whatever size it was drawn at.
const A4_CONTENT_PX = 703; // 210 mm − 2 × 12 mm margins, at 96 px per inch
const GRID_GAP_PX = 24;
const printSize = (c: Chart): [number, number] => {
  const box = c.canvas.parentElement!;
  const width = box.closest('.grid2') ? Math.floor((A4_CONTENT_PX - GRID_GAP_PX) / 2) : A4_CONTENT_PX;
  return [width, box.style.height ? parseFloat(box.style.height) : 200];
};
const forPrint = () => { for (const c of Object.values(Chart.instances)) c.resize(...printSize(c)); };
const forScreen = () => { for (const c of Object.values(Chart.instances)) c.resize(); };
addEventListener('beforeprint', forPrint);
addEventListener('afterprint', forScreen);
matchMedia('print').addEventListener('change', (e) => (e.matches ? forPrint() : forScreen()));
