// The status home's figures, shared by the Chinese page (/) and the English one (/en/).
import { homeSummary } from '../../core/stats.ts';
import { HOUR } from '../../core/time.ts';
import type { SiteData } from './data.ts';

/** Open complaints listed on the page (oldest first); the rest are reached by lookup. */
export const OPEN_LIMIT = 200;

export function homeView(data: SiteData) {
  const { config, now, stats } = data;
  const home = homeSummary(stats, now);
  const open = stats.facts.filter((f) => f.open).sort((a, b) => a.received - b.received);
  const recentFrom = now - config.config.site.recent_days * 24 * HOUR;
  const recent = stats.facts
    .filter((f) => f.resolved !== undefined && f.resolved >= recentFrom)
    .sort((a, b) => b.resolved! - a.resolved!)
    .slice(0, config.config.site.recent_limit);
  // On-time share of this month's finished clocks (met without a miss ÷ met or breached).
  const onTime = stats.reports.get(home.month)?.onTime ?? [];
  const finished = onTime.reduce((s, c) => s + c.finished, 0);
  const met = onTime.reduce((s, c) => s + c.met, 0);
  const liveBreaches = stats.facts.filter((f) => f.open && f.clocks.some((k) => k.at === undefined && k.state === 'breached')).length;
  return { home, open, recent, finished, met, liveBreaches, onTimePct: finished ? `${Math.round((met / finished) * 100)}%` : '—' };
}
