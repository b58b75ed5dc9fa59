// Atom feed of recent public status changes (core/feed.ts).
import type { APIRoute } from 'astro';
import { siteData } from '../lib/data.ts';
import { atomFeed } from '../../core/feed.ts';
import { siteUrl } from '../lib/public-data.ts';

export const GET: APIRoute = () => {
  const { config, complaints, now } = siteData();
  return new Response(atomFeed(config, complaints, now, siteUrl(config)), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
