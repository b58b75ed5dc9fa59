// c/ids/<YYMM>.json: the tracking ids of one month, for the lookup box (see scripts/lookup.ts).
import type { APIRoute } from 'astro';
import { siteData } from '../../../lib/data.ts';

const yymm = (m: string) => m.slice(2, 4) + m.slice(5, 7);

export function getStaticPaths() {
  return siteData().stats.months.map((m) => ({ params: { month: yymm(m) } }));
}

export const GET: APIRoute = ({ params }) => {
  const ids = siteData().complaints.map((c) => c.data.id).filter((id) => id.startsWith(params.month + '-')).sort();
  return new Response(JSON.stringify(ids), { headers: { 'content-type': 'application/json' } });
};
