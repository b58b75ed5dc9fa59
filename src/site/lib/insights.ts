// Manager insights for the report pages, computed once per SiteData (all months in one pass).
import { computeInsights, insightOptions, type MonthInsights } from '../../core/insights.ts';
import { siteData, type SiteData } from './data.ts';

const cache = new WeakMap<SiteData, Map<string, MonthInsights>>();

export function monthInsights(month: string): MonthInsights | undefined {
  const d = siteData();
  let all = cache.get(d);
  if (!all) cache.set(d, (all = computeInsights(d.stats, d.now, insightOptions(d.config.config.insights))));
  return all.get(month);
}
