// Open311 GeoReport v2 service list: our categories (core/open311.ts, docs/open-data.md).
import type { APIRoute } from 'astro';
import { siteData } from '../../../lib/data.ts';
import { open311Services } from '../../../../core/open311.ts';
import { json } from '../../../lib/public-data.ts';

export const GET: APIRoute = () => json(open311Services(siteData().config));
