// Open311 GeoReport v2 requests: open ones and the last 90 days (one file per request is written by
// src/adapters/static-files.ts after Astro, as requests/<id>.json).
import type { APIRoute } from 'astro';
import { siteData } from '../../../lib/data.ts';
import { recentRequests } from '../../../../core/open311.ts';
import { json } from '../../../lib/public-data.ts';

export const GET: APIRoute = () => {
  const { config, complaints, facts, now } = siteData();
  return json(recentRequests(config, complaints, facts, now));
};
