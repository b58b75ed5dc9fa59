// The complaint issue form: generated from the config (so dropdowns never drift from it), and
// read back into a record. Pure: the issue body and the template text in, a record or problems out.
import { parseIssue } from '@github/issue-parser';
import YAML from 'yaml';
import {
  CHANNELS, SOURCES, COMPLAINANTS, URGENCIES, RESPONSIBILITIES, DEMANDS, type ComplaintRecord,
} from './record.ts';
import { checkRecord } from './validate.ts';
import { serializeRecord } from './serialize.ts';
import type { ConfigIndex } from './config.ts';
import { parseIso, toShanghaiIso, isValidDate } from './time.ts';
import { findPersonalData, redactPersonalData, PERSONAL_DATA_LABELS, type PersonalDataKind } from './privacy.ts';

/** Label every form issue gets; intake only looks at issues carrying it. */
export const FORM_LABEL = 'jiesu:intake';
export const FORM_FILE = '.github/ISSUE_TEMPLATE/complaint.yml';
/** Shown for optional dropdowns left empty, and for "no contractor". */
const NONE = '无 (none)';

type Choice = { label: string; value: string };
interface FieldDef {
  id: string;
  type: 'input' | 'textarea' | 'dropdown' | 'checkboxes';
  label: string;
  description: string;
  placeholder?: string;
  required: boolean;
  choices?: Choice[];
  multiple?: boolean;
}

const enumChoices = (labels: Record<string, string>): Choice[] =>
  Object.entries(labels).map(([value, zh]) => ({ label: `${zh} (${value})`, value }));

/** GitHub joins multiple answers with ", ", so labels must not hold an ASCII comma. */
const safe = (s: string) => s.replaceAll(',', ',');

export const PRIVACY_PLEDGE = '我确认未填写姓名、电话、学号工号、证件号、邮箱或微信号 / no names, phone numbers, ID, student or staff numbers, e-mails or WeChat IDs';

/** The form's fields, in order. Labels are the headings GitHub writes into the issue body. */
export function formFields(c: ConfigIndex): FieldDef[] {
  const cfg = c.config;
  const teamName = (id: string) => c.teams.get(id)?.name ?? id;
  return [
    { id: 'title', type: 'input', label: '问题概述 Summary', required: true, description: '一句话写清具体问题,如"东区3号楼403空调不制冷" / one line: the concrete problem', placeholder: '东区3号楼403空调不制冷' },
    { id: 'description', type: 'textarea', label: '详细情况 What happened', required: true, description: '经过、影响、已做的处理;将公开显示,不写个人信息 / what happened; shown publicly, no personal data' },
    { id: 'complainant', type: 'dropdown', label: '投诉人类别 Complainant', required: true, description: '只选类别,不写身份 / the kind of person, never who', choices: enumChoices(COMPLAINANTS) },
    { id: 'channel', type: 'dropdown', label: '受理渠道 Channel', required: true, description: '线上投诉须在 30 分钟内回复 / online complaints owe a reply within 30 minutes', choices: enumChoices(CHANNELS) },
    { id: 'source', type: 'dropdown', label: '来源 Source', required: false, description: '可选 / optional', choices: enumChoices(SOURCES) },
    { id: 'received_at', type: 'input', label: '受理时间 Received at', required: false, description: '上海时间,如 2026-12-03 23:05;不填则为提交时间 / Shanghai time; empty means now', placeholder: '2026-12-03 23:05' },
    { id: 'occurred_at', type: 'input', label: '发生时间 Happened at', required: true, description: '上海时间,如 2026-12-03 22:40,或只写日期 2026-12-03 / Shanghai time, or just a date', placeholder: '2026-12-03 22:40' },
    {
      id: 'building', type: 'dropdown', label: '地点 Building', required: true, description: '楼栋、食堂或站点 / building, canteen or site',
      choices: cfg.campuses.flatMap((k) => k.buildings.map((b) => ({ label: safe(`${k.name} · ${b.name}`), value: b.id }))),
    },
    { id: 'room', type: 'input', label: '房间 Room', required: false, description: '可选,如 403 / optional', placeholder: '403' },
    { id: 'window', type: 'input', label: '窗口 Window', required: false, description: '仅食堂,如"面食窗口" / canteens only' },
    { id: 'detail', type: 'input', label: '位置补充 Where exactly', required: false, description: '可选,如"二楼东侧" / optional' },
    { id: 'category', type: 'dropdown', label: '类别 Category', required: true, description: '', choices: cfg.categories.map((k) => ({ label: safe(`${k.name} ${k.en}`), value: k.id })) },
    { id: 'urgency', type: 'dropdown', label: '紧急程度 Urgency', required: true, description: '紧急:危及安全或基本生活(漏电、燃气、爆管、反水),立即通知责任人 / urgent: safety or basic living; the owner is alerted at once', choices: enumChoices(URGENCIES) },
    { id: 'responsibility', type: 'dropdown', label: '责任归属 Responsibility', required: true, description: '', choices: enumChoices(RESPONSIBILITIES) },
    {
      id: 'contractor', type: 'dropdown', label: '承包商 Contractor', required: false, description: '外部责任时必选 / required when external',
      choices: [{ label: NONE, value: '' }, ...cfg.contractors.map((k) => ({ label: safe(`${k.name}(${k.service})`), value: k.id }))],
    },
    { id: 'demand', type: 'dropdown', label: '诉求 Demand', required: true, description: '', choices: enumChoices(DEMANDS) },
    { id: 'demand_detail', type: 'input', label: '诉求说明 Demand detail', required: false, description: '可选 / optional' },
    {
      id: 'owner', type: 'dropdown', label: '第一责任人 Owner', required: true, description: '谁接诉谁跟进 / one accountable owner, from intake to closure',
      choices: cfg.staff.map((s) => ({ label: safe(`${teamName(s.team)} · ${s.role} (${s.handle})`), value: s.handle })),
    },
    { id: 'teams', type: 'dropdown', label: '协办班组 Teams involved', required: false, description: '可多选 / any number', multiple: true, choices: cfg.teams.map((t) => ({ label: safe(`${t.name} ${t.en}`), value: t.id })) },
    { id: 'pledge', type: 'checkboxes', label: '个人信息 Personal data', required: true, description: '', choices: [{ label: PRIVACY_PLEDGE, value: 'yes' }] },
  ];
}

/** The issue form YAML, written to .github/ISSUE_TEMPLATE/complaint.yml by `npm run forms`. */
export function complaintFormYaml(c: ConfigIndex): string {
  const body: unknown[] = [{
    type: 'markdown',
    attributes: {
      value: `**${c.config.organisation.name} 投诉登记**(仅限工作人员 / staff only)。提交后自动生成投诉编号并回复。\n` +
        '不要填写投诉人的姓名、电话、学号、证件号、邮箱或微信号:本仓库的议题内容和编辑历史都会保留。\n' +
        'Staff only. Submitting creates the record and replies with its tracking number. Never enter personal data: issues keep their edit history.',
    },
  }];
  for (const f of formFields(c)) {
    const attributes: Record<string, unknown> = { label: f.label };
    if (f.description) attributes.description = f.description;
    if (f.placeholder) attributes.placeholder = f.placeholder;
    if (f.type === 'dropdown') {
      attributes.options = f.choices!.map((o) => o.label);
      if (f.multiple) attributes.multiple = true;
    }
    if (f.type === 'checkboxes') attributes.options = f.choices!.map((o) => ({ label: o.label, required: true }));
    body.push({ type: f.type, id: f.id, attributes, ...(f.required && f.type !== 'checkboxes' ? { validations: { required: true } } : {}) });
  }
  const form = { name: '投诉登记 Complaint intake', description: '工作人员登记一件投诉 / staff record a complaint', title: '[投诉] ', labels: [FORM_LABEL], body };
  return `# Generated from jiesu.config.yaml by \`npm run forms\`: edit the config, not this file.\n${YAML.stringify(form, { lineWidth: 0 })}`;
}

/** The public issue chooser: no blank issues; the public is pointed to the right channels. */
export function issueConfigYaml(c: ConfigIndex): string {
  const site = `${c.config.site.url.replace(/\/$/, '')}${c.config.site.base}`;
  return `# Generated by \`npm run forms\`.\n${YAML.stringify({
    blank_issues_enabled: false,
    contact_links: [
      { name: '查询投诉进度 Check a complaint', url: `${site}lookup/`, about: '凭投诉编号查询处理进度 / look a complaint up by its tracking number' },
      { name: '我要投诉 Make a complaint', url: site, about: '请通过服务热线、服务台或线上平台投诉,勿在此公开填写个人信息 / use the hotline, a service desk or the online platform; do not post personal data here' },
    ],
  }, { lineWidth: 0 })}`;
}

// ---------------------------------------------------------------------------------------------
// Reading a submitted form

/** A problem with one answer, named by its form label so the filer can find it. */
export interface FormProblem {
  field: string;
  zh: string;
  en: string;
}

export type FormResult =
  | { ok: true; record: Omit<ComplaintRecord, 'id'>; body: string }
  | { ok: false; problems: FormProblem[]; redacted?: { body: string; kinds: PersonalDataKind[] } };

const headingRe = (label: string) => new RegExp(`^###[ \\t]*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*\\r?$`, 'gm');

/** "2026-12-03 23:05", "2026-12-03T23:05:00", "2026/12/3 23:05" (full-width digits too), with or
 * without an offset; without one it is Shanghai time. Returns an ISO string with offset, or undefined. */
export function readTime(s: string, dateOnly = false): string | undefined {
  const t = s.normalize('NFKC').trim();
  if (dateOnly) {
    const d = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
    if (d) {
      const iso = `${d[1]}-${d[2]!.padStart(2, '0')}-${d[3]!.padStart(2, '0')}`;
      return isValidDate(iso) ? iso : undefined;
    }
  }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T ]+|\s*)(\d{1,2})[:：时](\d{2})分?(?::(\d{2}))?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  if (!m) return undefined;
  const p2 = (x: string) => x.padStart(2, '0');
  let off = m[7] ?? '+08:00';
  if (off !== 'Z' && !off.includes(':')) off = `${off.slice(0, 3)}:${off.slice(3)}`;
  const iso = `${m[1]}-${p2(m[2]!)}-${p2(m[3]!)}T${p2(m[4]!)}:${m[5]}:${m[6] ?? '00'}${off === 'Z' ? '+00:00' : off}`;
  const ms = parseIso(iso);
  return Number.isNaN(ms) ? undefined : toShanghaiIso(ms);
}

/**
 * Reads an issue body written by the complaint form. `createdAt` is the issue's creation time,
 * used when no receipt time was given. Personal data in any answer refuses the whole form and
 * returns the body with it redacted, for the caller to write back to the issue.
 */
export function readComplaintForm(c: ConfigIndex, template: string, issueBody: string, createdAt: number, now: number, issue?: number): FormResult {
  const fields = formFields(c);
  const problems: FormProblem[] = [];
  const bad = (f: FieldDef, zh: string, en: string) => problems.push({ field: f.label, zh, en });

  // A heading typed inside an answer must not take over another field: every form heading must
  // appear exactly once, in form order. Other "###" lines stay part of the answer they are in.
  let last = -1;
  for (const f of fields) {
    const hits = [...issueBody.matchAll(headingRe(f.label))];
    if (hits.length > 1) bad(f, `"### ${f.label}" 出现了 ${hits.length} 次:请从答案中删去这一行`, `"### ${f.label}" appears ${hits.length} times: remove it from the answers`);
    else if (hits.length === 1) {
      if (hits[0]!.index! < last) bad(f, '表单标题顺序被改动,请用表单重新填写', 'the form headings are out of order; fill in the form again');
      last = hits[0]!.index!;
    }
  }
  if (problems.length) return { ok: false, problems };

  // Personal data first: nothing else matters until it is gone from the issue.
  const { text: redactedBody, findings } = redactPersonalData(issueBody);
  if (findings.length) {
    const kinds = [...new Set(findings.map((f) => f.kind))];
    const where = fields.filter((f) => f.type !== 'dropdown' && findPersonalData(sectionOf(issueBody, fields, f)).length);
    for (const f of where.length ? where : [fields[1]!])
      bad(f, '含个人信息,请删除后重新提交', 'contains personal data; remove it and submit again');
    return { ok: false, problems, redacted: { body: redactedBody, kinds } };
  }

  const answers = parseAnswers(issueBody, template, fields);
  const text = (id: string) => {
    const v = Object.hasOwn(answers, id) ? answers[id] : undefined;
    return typeof v === 'string' ? v.trim() : undefined;
  };
  const pick = (f: FieldDef): string[] => {
    const v = Object.hasOwn(answers, f.id) ? answers[f.id] : undefined;
    const chosen = Array.isArray(v) ? v.map((x) => String(x).trim()).filter((x) => x && x !== NONE) : [];
    const out: string[] = [];
    for (const label of chosen) {
      const hit = f.choices!.find((o) => o.label === label);
      if (hit) out.push(hit.value);
      else bad(f, `"${label}" 不是表单中的选项(表单可能已过期,请刷新后重选)`, `"${label}" is not one of the form's options (the form may be out of date)`);
    }
    return out;
  };
  const byId = Object.fromEntries(fields.map((f) => [f.id, f])) as Record<string, FieldDef>;
  for (const f of fields)
    if (f.required && f.type !== 'checkboxes' && (f.type === 'dropdown' ? !(Array.isArray(answers[f.id]) && (answers[f.id] as unknown[]).length) : !text(f.id)))
      bad(f, '必填', 'required');
  const pledge = answers.pledge as { selected?: string[] } | undefined;
  if (!pledge?.selected?.length) bad(byId.pledge!, '请勾选个人信息确认', 'tick the personal-data confirmation');

  const one = (id: string) => pick(byId[id]!)[0];
  const receivedRaw = text('received_at');
  const receivedAt = receivedRaw ? readTime(receivedRaw) : toShanghaiIso(createdAt);
  if (!receivedAt) bad(byId.received_at!, `无法识别时间 "${receivedRaw}",请写成 2026-12-03 23:05`, `cannot read "${receivedRaw}"; write 2026-12-03 23:05`);
  const occurredRaw = text('occurred_at') ?? '';
  const occurredAt = occurredRaw ? readTime(occurredRaw, true) : undefined;
  if (occurredRaw && !occurredAt) bad(byId.occurred_at!, `无法识别时间 "${occurredRaw}",请写成 2026-12-03 22:40 或 2026-12-03`, `cannot read "${occurredRaw}"; write 2026-12-03 22:40 or 2026-12-03`);

  const owner = one('owner');
  const ownerTeam = owner ? c.staff.get(owner)?.team : undefined;
  const teams = pick(byId.teams!);
  if (ownerTeam && !teams.includes(ownerTeam)) teams.unshift(ownerTeam);
  const draft = {
    title: text('title'),
    received_at: receivedAt,
    channel: one('channel'),
    source: one('source'),
    complainant: one('complainant'),
    occurred_at: occurredAt,
    place: Object.fromEntries(Object.entries({ building: one('building'), room: text('room'), window: text('window'), detail: text('detail') }).filter(([, v]) => v !== undefined)),
    category: one('category'),
    urgency: one('urgency'),
    responsibility: one('responsibility'),
    contractor: one('contractor'),
    demand: one('demand'),
    demand_detail: text('demand_detail'),
    owner,
    teams,
    status: 'received',
    timeline: [{ at: receivedAt, status: 'received' }],
    ...(issue ? { issue } : {}),
  };
  // The id is allocated later: a placeholder in the month of receipt lets the validator's own
  // rules (schema, config references, times, personal data) check everything else now, and
  // report all problems in one go (answers already reported are not repeated).
  const body = text('description') ?? '';
  const month = receivedAt ?? toShanghaiIso(createdAt);
  const id = `${month.slice(2, 4)}${month.slice(5, 7)}-0001`;
  const rel = `${month.slice(0, 4)}/${month.slice(5, 7)}/${id}.md`;
  // Missing or unreadable answers (already reported) are stood in for, so the other rules still run.
  const probe = { id, ...draft, title: draft.title ?? '(未填)', occurred_at: draft.occurred_at ?? (occurredRaw ? month : undefined), received_at: month, timeline: [{ at: month, status: 'received' }] };
  const checked = checkRecord(`complaints/${rel}`, serializeRecord(probe as ComplaintRecord, body), { config: c, now }, rel);
  const flagged = new Set(problems.map((p) => p.field));
  for (const p of checked.problems) {
    const key = p.field.startsWith('timeline') ? 'received_at' : p.field.startsWith('(') ? 'description' : p.field.replace(/^place\./, '').replace(/\[.*$/, '').split('.')[0]!;
    const f = byId[key] ?? byId.description!;
    if (!flagged.has(f.label) || !p.field) bad(f, p.zh, p.en);
  }
  if (problems.length || !checked.complaint) return { ok: false, problems };
  const { id: _placeholder, ...record } = checked.complaint.data;
  return { ok: true, record, body };
}

/** The raw text under one form heading (for saying which answer held personal data). */
/** Stands in for "#" inside answers while the parser runs (a private-use character). */
const HASH = '\uE000';

/**
 * @github/issue-parser starts a new answer at "###" anywhere in a line, and forgives look-alike
 * spaces after a heading. Only the form's own heading lines may split the body: every other run of
 * "#"s is hidden from the parser and restored in the answers, so "### 补充说明" typed into an answer
 * stays in it and "见下 ### 紧急程度 Urgency" cannot take over another field.
 */
function parseAnswers(raw: string, template: string, fields: FieldDef[]): Record<string, unknown> {
  // A stand-in typed by the filer becomes U+FFFD (same length, so heading positions still hold).
  const body = raw.replaceAll(HASH, '\uFFFD');
  const own = new Set(fields.flatMap((f) => [...body.matchAll(headingRe(f.label))].map((m) => m.index!)));
  const safe = body.replace(/#{3,}/g, (run, at: number) => (own.has(at) ? run : HASH.repeat(run.length)));
  const restore = (v: unknown): unknown =>
    typeof v === 'string' ? v.replaceAll(HASH, '#')
    : Array.isArray(v) ? v.map(restore)
    : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, restore(x)]))
    : v;
  return restore(parseIssue(safe, template)) as Record<string, unknown>;
}

function sectionOf(body: string, fields: FieldDef[], f: FieldDef): string {
  const start = body.search(headingRe(f.label));
  if (start < 0) return '';
  const rest = body.slice(start).replace(/^[^\n]*\n/, '');
  let end = rest.length;
  for (const g of fields) {
    if (g === f) continue;
    const i = rest.search(headingRe(g.label));
    if (i >= 0 && i < end) end = i;
  }
  return rest.slice(0, end);
}

export function personalDataKinds(kinds: PersonalDataKind[]): string {
  return kinds.map((k) => `${PERSONAL_DATA_LABELS[k].zh} ${PERSONAL_DATA_LABELS[k].en}`).join('、');
}

/** A form body as GitHub writes it, from answers keyed by field id (for `npm run new` and tests). */
export function formBody(c: ConfigIndex, answers: Record<string, string | string[] | undefined>): string {
  return formFields(c).map((f) => {
    const v = answers[f.id];
    let text: string;
    if (f.type === 'checkboxes') text = f.choices!.map((o) => `- [${v ? 'X' : ' '}] ${o.label}`).join('\n');
    else if (f.type === 'dropdown') {
      const values = v === undefined ? [] : Array.isArray(v) ? v : [v];
      const labels = values.map((x) => f.choices!.find((o) => o.value === x)?.label ?? x);
      text = labels.length ? labels.join(', ') : '_No response_';
    } else text = typeof v === 'string' && v ? v : '_No response_';
    return `### ${f.label}\n\n${text}`;
  }).join('\n\n');
}
