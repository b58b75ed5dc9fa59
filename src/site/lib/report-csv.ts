// The month's records as CSV (reports/<YYYY-MM>.csv): public fields only, the same ones the
// complaint pages show. Never internal notes, satisfaction notes or owner handles.
import { toCsv } from '../../core/csv.ts';
import { formatShanghai } from '../../core/time.ts';
import { clockOutcome } from '../../core/stats.ts';
import type { Complaint } from '../../core/record.ts';
import { names, label } from './present.ts';
import { complaintPath } from '../../core/public.ts';
import type { SiteData } from './data.ts';

export const CSV_HEADER = [
  '编号 ID', '标题 Title', '受理时间(北京时间) Received (UTC+8)', '发生时间 Occurred', '渠道 Channel', '来源 Source', '投诉人类别 Complainant',
  '校区 Campus', '地点 Building', '窗口 Window', '房间 Room', '位置说明 Place detail', '类别 Category', '紧急程度 Urgency',
  '责任主体 Responsibility', '承包商 Contractor', '诉求 Demand', '诉求说明 Demand detail', '状态 Status',
  '第一责任人(班组·岗位) Owner (team · role)', '协同班组 Teams', '首次响应 First response', '办结时间 Resolved',
  '办结用时(小时) Hours to resolve', '超时时限 Breached clocks', '回访结果 Follow-up', '情况描述 Description', '链接 URL',
];

const byMonth = new WeakMap<SiteData, Map<string, Complaint[]>>();

/** Complaints received in each month, indexed once per build. */
function monthIndex(d: SiteData): Map<string, Complaint[]> {
  let m = byMonth.get(d);
  if (m) return m;
  byMonth.set(d, (m = new Map()));
  for (const c of d.complaints) {
    const month = d.facts.get(c.data.id)!.month;
    const arr = m.get(month);
    if (arr) arr.push(c); else m.set(month, [c]);
  }
  for (const arr of m.values()) arr.sort((a, b) => a.data.id.localeCompare(b.data.id));
  return m;
}

export function monthCsv(d: SiteData, month: string, siteUrl: string): string {
  const n = names(d.config);
  const clocks = d.config.config.service_levels.clocks;
  const time = (ms: number | undefined) => (ms === undefined ? '' : formatShanghai(ms));
  const rows = (monthIndex(d).get(month) ?? []).map((c) => {
    const r = c.data, f = d.facts.get(r.id)!;
    const occurred = r.occurred_at.length > 10 ? r.occurred_at.slice(0, 16).replace('T', ' ') : r.occurred_at;
    return [
      r.id, r.title, time(f.received), occurred, label.channel(r.channel), r.source ? label.source(r.source) : '',
      label.complainant(r.complainant), n.campus(r.place.building), n.building(r.place.building), r.place.window, r.place.room,
      r.place.detail, n.category(r.category), label.urgency(r.urgency), label.responsibility(r.responsibility),
      r.contractor ? n.contractor(r.contractor) : '', label.demand(r.demand), r.demand_detail, label.status(r.status),
      n.owner(r.owner), r.teams.map(n.team).join('、'), time(f.acknowledged), time(f.resolved),
      f.resolved === undefined ? '' : ((f.resolved - f.received) / 3_600_000).toFixed(1),
      f.clocks.filter((k) => clockOutcome(k) === 'breached').map((k) => clocks[k.clock]?.name ?? k.clock).join('、'),
      r.satisfaction ? label.satisfaction(r.satisfaction.result) : '', c.body.trim(), siteUrl + complaintPath(r.id),
    ];
  });
  return toCsv([CSV_HEADER, ...rows]);
}
