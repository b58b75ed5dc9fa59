// reports/<YYYY-MM>.csv: the month's complaints for spreadsheets (public fields; see lib/report-csv.ts).
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/data.ts';
import { monthCsv } from '../../lib/report-csv.ts';

export function getStaticPaths() {
  return siteData().stats.months.map((month) => ({ params: { month } }));
}

export const GET: APIRoute = ({ params, site }) => {
  const base = new URL(import.meta.env.BASE_URL, site ?? 'https://example.github.io').href;
  return new Response(monthCsv(siteData(), params.month!, base), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
