// Shared by the feed and open-data endpoints.
import type { ConfigIndex } from '../../core/config.ts';

/** Absolute URL of the site root, ending in "/" ("https://x.edu.cn/jiesu/"). */
export const siteUrl = (cfg: ConfigIndex) => new URL(cfg.config.site.base, cfg.config.site.url).href;

export const json = (value: unknown) => new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json; charset=utf-8' } });
