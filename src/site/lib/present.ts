// Presentation helpers shared by Astro pages and the stamped complaint pages: labels, escaping,
// and the public view of one complaint. Nothing here reads files; internal notes never leave.
import type { ConfigIndex } from '../../core/config.ts';
import {
  STATUSES, STATUS_EN, URGENCIES, CHANNELS, SOURCES, COMPLAINANTS, RESPONSIBILITIES, DEMANDS, SATISFACTION,
  type Complaint, type Status,
} from '../../core/record.ts';
import { parseIso, formatShanghai, formatDurationZh, formatDurationEn } from '../../core/time.ts';
import type { Facts } from '../../core/stats.ts';
import { complaintPath } from '../../core/public.ts';
import type { ClockResult } from '../../core/sla.ts';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

export const label = {
  status: (s: Status) => STATUSES[s],
  statusEn: (s: Status) => STATUS_EN[s],
  urgency: (k: string) => URGENCIES[k as keyof typeof URGENCIES] ?? k,
  channel: (k: string) => CHANNELS[k as keyof typeof CHANNELS] ?? k,
  source: (k: string) => SOURCES[k as keyof typeof SOURCES] ?? k,
  complainant: (k: string) => COMPLAINANTS[k as keyof typeof COMPLAINANTS] ?? k,
  responsibility: (k: string) => RESPONSIBILITIES[k as keyof typeof RESPONSIBILITIES] ?? k,
  demand: (k: string) => DEMANDS[k as keyof typeof DEMANDS] ?? k,
  satisfaction: (k: string) => SATISFACTION[k as keyof typeof SATISFACTION] ?? k,
};

export function names(cfg: ConfigIndex) {
  return {
    category: (id: string) => cfg.categories.get(id)?.name ?? id,
    building: (id: string) => cfg.buildings.get(id)?.name ?? id,
    campus: (id: string) => cfg.campuses.get(cfg.buildings.get(id)?.campus ?? '')?.name ?? '',
    team: (id: string) => cfg.teams.get(id)?.name ?? id,
    contractor: (id: string) => cfg.contractors.get(id)?.name ?? id,
    /** Staff appear by team and role, never by handle. */
    owner: (handle: string) => {
      const s = cfg.staff.get(handle);
      return s ? `${cfg.teams.get(s.team)?.name ?? s.team} · ${s.role}` : '工作人员';
    },
  };
}

/** "东区A栋学生公寓 302" / "第一食堂 面食窗口" */
export function placeText(cfg: ConfigIndex, c: Complaint): string {
  const p = c.data.place;
  return [names(cfg).building(p.building), p.window, p.room, p.detail].filter(Boolean).join(' ');
}

/** CSS class for a status badge: open / done / ended. */
export function statusTone(s: Status): 'open' | 'done' | 'ended' {
  if (s === 'resolved' || s === 'closed') return 'done';
  if (s === 'duplicate' || s === 'withdrawn' || s === 'rejected') return 'ended';
  return 'open';
}

export function statusBadge(s: Status): string {
  return `<span class="badge ${statusTone(s)}">${esc(label.status(s))}</span>`;
}

/** Age of an open complaint or time it took to resolve. */
export function ageText(f: Facts, now: number): string {
  if (f.resolved !== undefined) return `用时 ${formatDurationZh(f.resolved - f.received)}`;
  if (f.open) return `已 ${formatDurationZh(now - f.received)}`;
  return '';
}

/** Body text as escaped paragraphs. Record text is untrusted: no Markdown HTML, no links. */
export function paragraphs(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((p) => `<p>${esc(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** Years without a known holiday schedule: said loudly wherever a deadline depends on them. */
export function calendarNotice(years: readonly number[]): string {
  if (!years.length) return '';
  const y = years.join('、');
  return `<p class="notice" role="note">⚠ ${y} 年的节假日安排尚未录入,相关截止时间暂按周一至周五为工作日计算,可能有出入。The ${years.join(', ')} holiday schedule is not known yet; deadlines assume Monday–Friday.</p>`;
}

/** The live clock that matters most for a list: breached first, then at risk, then the nearest due. */
export function headlineClock(f: Facts): ClockResult | undefined {
  const live = f.clocks.filter((k) => k.at === undefined && k.state !== 'cancelled');
  const rank = (k: ClockResult) => (k.state === 'breached' ? 0 : k.state === 'at_risk' ? 1 : k.state === 'paused' ? 3 : 2);
  return live.sort((a, b) => rank(a) - rank(b) || (a.due ?? Infinity) - (b.due ?? Infinity))[0];
}

/** Short Chinese text for a clock: "办结 已超时 3 小时" / "办结 截止 11-05 14:00" / "已暂停". */
export function clockText(cfg: ConfigIndex, k: ClockResult, now: number): { text: string; tone: 'bad' | 'warn' | 'ok' | 'muted' } {
  const name = cfg.config.service_levels.clocks[k.clock]?.name ?? k.clock;
  const due = k.due === undefined ? '' : formatShanghai(k.due).slice(5);
  switch (k.state) {
    case 'breached':
      return { text: k.at === undefined ? `${name}已超时 ${formatDurationZh(now - k.due!)}` : `${name}超时 ${formatDurationZh(k.late!)} 完成`, tone: 'bad' };
    case 'at_risk':
      return { text: `${name}临近截止 ${due}`, tone: 'warn' };
    case 'running':
      return { text: `${name}截止 ${due}`, tone: 'ok' };
    case 'paused':
      return { text: `${name}计时暂停(待投诉人回复)`, tone: 'muted' };
    case 'met':
      return { text: k.everBreached ? `${name}曾超时,现已按时完成` : `${name}按时完成`, tone: 'ok' };
    case 'cancelled':
      return { text: `${name}不适用`, tone: 'muted' };
  }
}

/** clockText in English, for the /en/ pages. */
export function clockTextEn(cfg: ConfigIndex, k: ClockResult, now: number): { text: string; tone: 'bad' | 'warn' | 'ok' | 'muted' } {
  const name = cfg.config.service_levels.clocks[k.clock]?.en ?? k.clock;
  const due = k.due === undefined ? '' : formatShanghai(k.due).slice(5);
  switch (k.state) {
    case 'breached':
      return { text: k.at === undefined ? `${name} overdue by ${formatDurationEn(now - k.due!)}` : `${name} done ${formatDurationEn(k.late!)} late`, tone: 'bad' };
    case 'at_risk':
      return { text: `${name} due soon, ${due}`, tone: 'warn' };
    case 'running':
      return { text: `${name} due ${due}`, tone: 'ok' };
    case 'paused':
      return { text: `${name} paused (waiting for the complainant)`, tone: 'muted' };
    case 'met':
      return { text: k.everBreached ? `${name} met after a miss` : `${name} met`, tone: 'ok' };
    case 'cancelled':
      return { text: `${name} not applicable`, tone: 'muted' };
  }
}

function clocksHtml(cfg: ConfigIndex, f: Facts, now: number): string {
  if (!f.clocks.length) return '';
  const rows = f.clocks.map((k) => {
    const c = cfg.config.service_levels.clocks[k.clock];
    const target = c ? ('minutes' in c.target ? formatDurationZh(c.target.minutes * 60_000) : `${c.target.working_days} 个工作日`) : '';
    const { text, tone } = clockText(cfg, k, now);
    const due = k.due === undefined ? '—' : formatShanghai(k.due);
    const done = k.at === undefined ? '' : formatShanghai(k.at);
    return `<tr><th scope="row">${esc(c?.name ?? k.clock)}</th><td data-label="标准">${esc(target)}</td><td data-label="截止">${due}</td><td data-label="完成">${done}</td><td data-label="状态"><span class="sla ${tone}">${esc(text)}</span></td></tr>`;
  });
  return `<section><h2>服务时限 <small lang="en">Service levels</small></h2><div class="scroll" tabindex="0"><table class="cards">
<thead><tr><th scope="col">时限</th><th scope="col">标准</th><th scope="col">截止</th><th scope="col">完成</th><th scope="col">状态</th></tr></thead>
<tbody>${rows.join('')}</tbody></table></div>
${calendarNotice([...new Set(f.clocks.flatMap((k) => k.unknownYears))])}</section>`;
}

/** The public part of a complaint page: the same HTML in `astro dev` and in stamped pages. */
export function complaintHtml(cfg: ConfigIndex, c: Complaint, f: Facts, now: number, base: string): string {
  const d = c.data;
  const n = names(cfg);
  const row = (k: string, v: string) => (v ? `<tr><th scope="row">${k}</th><td>${v}</td></tr>` : '');
  const link = (id: string) => `<a href="${base}${esc(complaintPath(id))}">${esc(id)}</a>`;
  const timeline = d.timeline
    .map((e) => {
      const note = e.note && e.public ? `<p>${esc(e.note)}</p>` : '';
      if (!e.status && !note) return ''; // internal note: not shown publicly
      const who = e.team ? `<span class="who">${esc(n.team(e.team))}</span>` : '';
      const st = e.status ? statusBadge(e.status) : '<span class="badge note">进展</span>';
      return `<li><time datetime="${esc(e.at)}">${formatShanghai(parseIso(e.at))}</time> ${st} ${who}${note}</li>`;
    })
    .join('');
  const sat = d.satisfaction
    ? `${esc(label.satisfaction(d.satisfaction.result))}(${formatShanghai(parseIso(d.satisfaction.at), false)})`
    : '';
  return `<article class="complaint">
<p class="crumbs"><a href="${base}">投诉状态</a> › 投诉 ${esc(d.id)}</p>
<h1><span class="tid">${esc(d.id)}</span> ${esc(d.title)}</h1>
<p class="lead">${statusBadge(d.status)} <span lang="en">${esc(label.statusEn(d.status))}</span>${ageText(f, now) ? ' · ' + esc(ageText(f, now)) : ''}</p>
<table class="facts"><tbody>
${row('类别 <small lang="en">Category</small>', esc(n.category(d.category)))}
${row('紧急程度 <small lang="en">Urgency</small>', esc(label.urgency(d.urgency)))}
${row('地点 <small lang="en">Place</small>', esc(n.campus(d.place.building) + ' ' + placeText(cfg, c)))}
${row('受理时间 <small lang="en">Received</small>', formatShanghai(parseIso(d.received_at)))}
${row('渠道 <small lang="en">Channel</small>', esc(label.channel(d.channel) + (d.source ? ' · ' + label.source(d.source) : '')))}
${row('投诉人 <small lang="en">Complainant</small>', esc(label.complainant(d.complainant)))}
${row('诉求 <small lang="en">Demand</small>', esc(label.demand(d.demand) + (d.demand_detail ? ':' + d.demand_detail : '')))}
${row('责任 <small lang="en">Responsibility</small>', esc(label.responsibility(d.responsibility) + (d.contractor ? ' · ' + n.contractor(d.contractor) : '')))}
${row('第一责任人 <small lang="en">Owner</small>', esc(n.owner(d.owner)))}
${row('协同班组 <small lang="en">Teams</small>', esc(d.teams.map(n.team).join('、')))}
${row('回访 <small lang="en">Follow-up</small>', sat)}
${row('重复于 <small lang="en">Duplicate of</small>', d.duplicate_of ? link(d.duplicate_of) : '')}
${row('相关投诉 <small lang="en">Related</small>', d.related.map(link).join(' '))}
</tbody></table>
${c.body.trim() ? `<section><h2>情况描述 <small lang="en">Description</small></h2>${paragraphs(c.body)}</section>` : ''}
${clocksHtml(cfg, f, now)}
<section><h2>处理进程 <small lang="en">Timeline</small></h2><ol class="timeline">${timeline}</ol></section>
<p class="muted">时间均为北京时间(UTC+8)。内部备注不公开;工作人员以班组和岗位显示。<span lang="en">Times are China Standard Time (UTC+8). Internal notes are not published; staff are shown by team and role.</span></p>
</article>`;
}
