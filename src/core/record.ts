// The complaint record: the single source of truth for the ledger's frontmatter,
// shared by the validator, the CLI and the Astro site. Reference: docs/record.md.
import { z } from 'zod';
import { ISO_WITH_OFFSET, ISO_DATE, parseIso, isValidDate } from './time.ts';

/** Lower-case slug used for ids in the config and records. */
export const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'slug' });

/** Tracking number: YYMM-NNNN (month of receipt, sequence), easy to read out on the phone. */
export const ID_PATTERN = /^\d{2}(0[1-9]|1[0-2])-\d{4,5}$/;
export const trackingId = z.string().regex(ID_PATTERN, { message: 'id' });

/** Date-time with an explicit offset: "2026-11-03T14:05:00+08:00". */
export const isoDateTime = z.string().superRefine((s, ctx) => {
  if (!ISO_WITH_OFFSET.test(s)) ctx.addIssue({ code: 'custom', message: 'datetime' });
  else if (Number.isNaN(parseIso(s))) ctx.addIssue({ code: 'custom', message: 'datetime-range' });
});

/** When it happened, roughly: a date-time with offset, or just a date. */
const occurredAt = z.string().superRefine((s, ctx) => {
  if (ISO_DATE.test(s)) {
    if (!isValidDate(s)) ctx.addIssue({ code: 'custom', message: 'datetime-range' });
  } else if (!ISO_WITH_OFFSET.test(s)) ctx.addIssue({ code: 'custom', message: 'occurred' });
  else if (Number.isNaN(parseIso(s))) ctx.addIssue({ code: 'custom', message: 'datetime-range' });
});

export const CHANNELS = { onsite: '线下现场', phone: '电话专线', online: '线上平台' } as const;
export const SOURCES = {
  desk: '宿管/服务台', 'suggestion-box': '意见箱', patrol: '巡查发现', hotline: '24小时热线',
  wechat: '公众号留言', 'mini-program': '小程序', other: '其他',
} as const;
export const COMPLAINANTS = { student: '学生', staff: '教职工', visitor: '访客', resident: '家属/住户', other: '其他' } as const;
export const URGENCIES = { urgent: '紧急', general: '一般' } as const;
export const RESPONSIBILITIES = { internal: '内部', external: '外部(承包商)' } as const;
export const DEMANDS = {
  repair: '维修', replace: '更换', refund: '退款', compensation: '赔偿', improvement: '改进',
  apology: '道歉', explanation: '解释说明', other: '其他',
} as const;
export const SATISFACTION = { satisfied: '满意', neutral: '基本满意', dissatisfied: '不满意', unreachable: '未能回访' } as const;

/** The lifecycle. Open states count against the centre; resolved/closed are done; the rest end it otherwise. */
export const STATUSES = {
  received: '已接收',
  acknowledged: '已受理',
  in_progress: '处理中',
  waiting_complainant: '待投诉人回复',
  resolved: '已办结',
  closed: '已关闭',
  reopened: '已重新打开',
  duplicate: '重复投诉',
  withdrawn: '已撤回',
  rejected: '不予受理',
} as const;
export type Status = keyof typeof STATUSES;
export const STATUS_EN: Record<Status, string> = {
  received: 'received', acknowledged: 'acknowledged', in_progress: 'in progress',
  waiting_complainant: 'waiting for complainant', resolved: 'resolved', closed: 'closed',
  reopened: 'reopened', duplicate: 'duplicate', withdrawn: 'withdrawn', rejected: 'rejected',
};

/** Legal next states. A complaint can always be resolved straight from being handled; a fix
 * that did not hold reopens it (from resolved or closed); duplicate/withdrawn/rejected are final. */
export const TRANSITIONS: Record<Status, readonly Status[]> = {
  received: ['acknowledged', 'in_progress', 'resolved', 'duplicate', 'withdrawn', 'rejected'],
  acknowledged: ['in_progress', 'waiting_complainant', 'resolved', 'duplicate', 'withdrawn', 'rejected'],
  in_progress: ['waiting_complainant', 'resolved', 'withdrawn'],
  waiting_complainant: ['in_progress', 'resolved', 'withdrawn', 'closed'],
  resolved: ['closed', 'reopened'],
  closed: ['reopened'],
  reopened: ['in_progress', 'waiting_complainant', 'resolved', 'withdrawn'],
  duplicate: [],
  withdrawn: [],
  rejected: [],
};
export const OPEN_STATUSES: ReadonlySet<Status> = new Set(['received', 'acknowledged', 'in_progress', 'waiting_complainant', 'reopened']);
export const DONE_STATUSES: ReadonlySet<Status> = new Set(['resolved', 'closed']);

export const enumOf = <T extends Record<string, string>>(labels: T) =>
  z.enum(Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]]);

/** Control characters (other than line breaks and tabs) and bidirectional overrides have no place
 * in a complaint and can disguise text; invisible-only text is empty text. */
export const BAD_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const INVISIBLE = /^[\s\u00ad\u200b-\u200f\u2060-\u2064\ufeff]*$/;

const text = (max: number, oneLine = false) =>
  z.string().trim().min(1).max(max).superRefine((s, ctx) => {
    if (!s) return; // reported as empty already
    if (BAD_CHARS.test(s)) ctx.addIssue({ code: 'custom', message: 'bad-chars' });
    else if (INVISIBLE.test(s)) ctx.addIssue({ code: 'custom', message: 'invisible' });
    else if (oneLine && /[\r\n\u2028\u2029\u0085]/.test(s)) ctx.addIssue({ code: 'custom', message: 'one-line' });
  });

export const timelineEntry = z.strictObject({
  at: isoDateTime,
  /** New status, when this entry changes it. */
  status: enumOf(STATUSES).optional(),
  note: text(2000).optional(),
  /** Whether the note is shown on the public site. Status changes are always shown; notes only when true. */
  public: z.boolean().default(false),
  /** Team that acted (a team id); the site shows teams and roles, never people. */
  team: slug.optional(),
  /** Where the entry came from, e.g. "gh-comment:1234567": makes a re-delivered event a no-op. */
  ref: z.string().regex(/^[a-z][a-z-]{0,19}:[0-9]{1,20}$/, { message: 'ref' }).optional(),
});

export const recordSchema = z.strictObject({
  id: trackingId,
  /** What happened, one line: the concrete problem. */
  title: text(80, true),
  received_at: isoDateTime,
  channel: enumOf(CHANNELS),
  source: enumOf(SOURCES).optional(),
  /** Who: the kind of complainant, never their identity. */
  complainant: enumOf(COMPLAINANTS),
  occurred_at: occurredAt,
  place: z.strictObject({
    building: slug,
    room: text(40).optional(),
    window: text(40).optional(),
    detail: text(120).optional(),
  }),
  category: slug,
  urgency: enumOf(URGENCIES),
  responsibility: enumOf(RESPONSIBILITIES),
  contractor: slug.optional(),
  demand: enumOf(DEMANDS),
  demand_detail: text(300).optional(),
  /** The one accountable owner (第一责任人): a staff handle from the config. */
  owner: z.string().regex(/^[a-z0-9][a-z0-9-]{1,38}$/, { message: 'handle' }),
  teams: z.array(slug).default([]).refine((t) => new Set(t).size === t.length, { message: 'unique' }),
  status: enumOf(STATUSES),
  timeline: z.array(timelineEntry).min(1),
  satisfaction: z
    .strictObject({
      at: isoDateTime,
      result: enumOf(SATISFACTION),
      note: text(500).optional(),
    })
    .optional(),
  duplicate_of: trackingId.optional(),
  related: z.array(trackingId).default([]).refine((t) => new Set(t).size === t.length, { message: 'unique' }),
  /** Number of the GitHub issue the complaint was filed through (intake); commands and alerts go there. */
  issue: z.number().int().positive().max(2 ** 31).optional(),
});

export type Record_ = z.infer<typeof recordSchema>;
export type ComplaintRecord = Record_;
export type TimelineEntry = z.infer<typeof timelineEntry>;

/** A record with its Markdown body (the public description) and where it came from. */
export interface Complaint {
  file: string;
  data: ComplaintRecord;
  body: string;
}

/** Relative path of a record: complaints/YYYY/MM/<id>.md, month of receipt in Shanghai time. */
export function recordPath(id: string, receivedMs: number): string {
  const d = new Date(receivedMs + 8 * 3600_000);
  return `complaints/${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${id}.md`;
}
