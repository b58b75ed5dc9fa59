// Atom feed of recent public status changes. Pure: the caller gives `now` and the site's URL.
// Only status changes and public notes appear; internal notes never do.
import type { ConfigIndex } from './config.ts';
import type { Complaint } from './record.ts';
import { STATUSES, STATUS_EN } from './record.ts';
import { toShanghaiIso, HOUR } from './time.ts';
import { publicEntries, placeText, complaintPath } from './public.ts';

const XML_ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// Characters XML 1.0 cannot carry at all (escaping does not help): dropped.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const xmlEsc = (s: string) => s.replace(XML_INVALID, '').replace(/[&<>"']/g, (c) => XML_ESC[c]!);

export interface FeedChange { id: string; title: string; at: number; status: keyof typeof STATUSES; note?: string; seq: number; place: string; category: string }

/** Status changes at or after `from`, newest first, at most `limit`. */
export function recentChanges(cfg: ConfigIndex, complaints: readonly Complaint[], from: number, limit: number): FeedChange[] {
  const out: FeedChange[] = [];
  for (const c of complaints) {
    const entries = publicEntries(c);
    entries.forEach((e, seq) => {
      if (!e.status || e.at < from) return;
      out.push({
        id: c.data.id, title: c.data.title, at: e.at, status: e.status, note: e.note, seq,
        place: placeText(cfg, c), category: cfg.categories.get(c.data.category)?.name ?? c.data.category,
      });
    });
  }
  return out.sort((a, b) => b.at - a.at || a.id.localeCompare(b.id) || b.seq - a.seq).slice(0, limit);
}

/** `siteUrl` is absolute and ends with the base path ("https://x.edu.cn/jiesu/"). */
export function atomFeed(cfg: ConfigIndex, complaints: readonly Complaint[], now: number, siteUrl: string, opts: { days?: number; limit?: number } = {}): string {
  const org = cfg.config.organisation;
  const changes = recentChanges(cfg, complaints, now - (opts.days ?? cfg.config.site.recent_days) * 24 * HOUR, opts.limit ?? 100);
  const entries = changes.map((ch) => {
    const url = siteUrl + complaintPath(ch.id);
    const summary = [`${STATUSES[ch.status]} ${STATUS_EN[ch.status]}`, `${ch.category} · ${ch.place}`, ch.note ?? ''].filter(Boolean).join('\n');
    return `<entry>
<id>${xmlEsc(`${url}#${ch.status}@${toShanghaiIso(ch.at)}`)}</id>
<title>${xmlEsc(`${ch.id} ${STATUSES[ch.status]}:${ch.title}`)}</title>
<updated>${toShanghaiIso(ch.at)}</updated>
<link rel="alternate" type="text/html" href="${xmlEsc(url)}"/>
<category term="${ch.status}" label="${xmlEsc(STATUSES[ch.status])}"/>
<summary type="text">${xmlEsc(summary)}</summary>
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
<id>${xmlEsc(siteUrl + 'feed.xml')}</id>
<title>${xmlEsc(`${org.name} 投诉处理动态`)}</title>
<subtitle>${xmlEsc(`投诉状态变化(最近 ${opts.days ?? cfg.config.site.recent_days} 天)· Complaint status changes · ${org.en}`)}</subtitle>
<updated>${toShanghaiIso(now)}</updated>
<author><name>${xmlEsc(org.name)}</name></author>
<link rel="self" type="application/atom+xml" href="${xmlEsc(siteUrl + 'feed.xml')}"/>
<link rel="alternate" type="text/html" href="${xmlEsc(siteUrl)}"/>
<generator>jiesu</generator>
${entries.join('\n')}
</feed>
`;
}
