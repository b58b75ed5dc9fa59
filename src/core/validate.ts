// Record and ledger rules beyond the schema's shape. Pure: text in, problems out; `now` is a parameter.
import { recordSchema, TRANSITIONS, ID_PATTERN, BAD_CHARS, type Complaint, type ComplaintRecord, type Status } from './record.ts';
import { parseFrontmatter, FrontmatterError } from './frontmatter.ts';
import { fromZod, fieldName, capProblems, type Problem, type Path } from './problems.ts';
import { parseIso, monthKey, isValidDate, toShanghaiIso } from './time.ts';
import { findPersonalData, personalDataIn, PERSONAL_DATA_LABELS, type PersonalDataFinding } from './privacy.ts';
import type { ConfigIndex } from './config.ts';

export interface CheckContext {
  config: ConfigIndex;
  now: number;
  /** Name of the ledger folder as shown in messages (default "complaints"). */
  ledgerName?: string;
  /** Locates a frontmatter path to a 1-based line of the file; the adapter supplies it (errors only). */
  locate?: (yamlText: string, path: Path) => number | undefined;
}

/** Small allowance for clocks that run slightly fast on a filer's machine. */
const FUTURE_SLACK_MS = 5 * 60_000;

export interface RecordResult {
  complaint?: Complaint;
  /** The record's id when it is readable but the record fails its schema (links to it still resolve). */
  id?: string;
  problems: Problem[];
}

/** Checks one record's text. `file` is the path shown to people; `rel` the path inside the ledger
 * folder, which must be exactly YYYY/MM/<id>.md (default: the end of `file`). */
export function checkRecord(file: string, text: string, ctx: CheckContext, rel = file.split('/').slice(-3).join('/')): RecordResult {
  let parsed;
  try {
    parsed = parseFrontmatter(text);
  } catch (e) {
    if (!(e instanceof FrontmatterError)) throw e;
    return { problems: [{ file, line: e.line, field: '', rule: e.rule, zh: e.zh, en: e.message }] };
  }
  const yamlText = parsed.yaml;
  const locate = (path: Path) => ctx.locate?.(yamlText, path);
  const result = recordSchema.safeParse(parsed.data);
  if (!result.success) return checkInvalid(file, parsed, result.error, ctx, locate);
  const data = result.data;
  const problems: Problem[] = [];
  const add = (path: Path, rule: string, zh: string, en: string) =>
    problems.push({ file, line: locate(path), field: fieldName(path), rule, zh, en });

  checkPath(rel, data, ctx.ledgerName ?? 'complaints', add);
  checkReferences(data, ctx.config, add);
  checkTimeline(data, ctx.now, add);
  if (data.related.includes(data.id)) add(['related'], 'unknown-link', '相关投诉不能包含自身', 'related cannot list the complaint itself');
  if (BAD_CHARS.test(parsed.body))
    problems.push({ file, field: '(正文 body)', rule: 'schema', zh: '正文含有控制字符或文字方向控制符,请删除', en: 'the body contains control or text-direction characters; remove them' });
  checkPersonalData(data, add);
  checkBodyPersonalData(file, parsed.body, yamlText, problems);
  // YAML reads 0x10, 1e3 and 1.0 as numbers: an issue number is written in plain digits.
  const issue = /^issue:[ \t]*([^\s#]+)/m.exec(yamlText)?.[1];
  if (issue !== undefined && !/^[1-9]\d*$/.test(issue)) add(['issue'], 'schema', `议题编号须为纯数字(如 101),而不是 ${issue}`, `the issue number must be plain digits (e.g. 101), not ${issue}`);
  return { complaint: { file, data, body: parsed.body }, problems: capProblems(file, problems) };
}

type Add = (path: Path, rule: string, zh: string, en: string) => void;

/**
 * A record that fails its schema still gets the rules its readable values allow (personal data in
 * any text, references to the config), so one run reports everything; a rule's finding on a field
 * the schema already reported is left out.
 */
function checkInvalid(file: string, parsed: { data: unknown; body: string; yaml: string }, error: Parameters<typeof fromZod>[1], ctx: CheckContext, locate: (p: Path) => number | undefined): RecordResult {
  const problems = fromZod(file, error, parsed.data, locate);
  const reported = new Set(problems.map((p) => p.field));
  const extra: Problem[] = [];
  const add: Add = (path, rule, zh, en) => {
    const field = fieldName(path);
    if (!reported.has(field)) extra.push({ file, line: locate(path), field, rule, zh, en });
  };
  const raw = (parsed.data && typeof parsed.data === 'object' ? parsed.data : {}) as Record<string, unknown>;
  for (const { path, findings } of personalDataIn(raw)) {
    const m = personalDataMessage(findings);
    add(path, 'personal-data', m.zh, m.en);
  }
  const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
  const loose = {
    ...raw, place: obj(raw.place),
    teams: Array.isArray(raw.teams) ? raw.teams.filter((t) => typeof t === 'string') : [],
    timeline: Array.isArray(raw.timeline) ? raw.timeline.filter((e) => e && typeof e === 'object') : [],
  } as unknown as ComplaintRecord;
  try {
    checkReferences(loose, ctx.config, add);
  } catch {
    /* values too far from the schema to check: the schema problems say what to fix */
  }
  checkBodyPersonalData(file, parsed.body, parsed.yaml, extra);
  const id = typeof raw.id === 'string' && ID_PATTERN.test(raw.id) ? raw.id : undefined;
  return { id, problems: capProblems(file, [...problems, ...extra]) };
}

function checkPath(rel: string, d: ComplaintRecord, ledger: string, add: Add) {
  const received = parseIso(d.received_at);
  const month = monthKey(received);
  const [y, m] = month.split('-');
  const expected = `${y}/${m}/${d.id}.md`;
  if (rel.replaceAll('\\', '/') !== expected)
    add(['id'], 'path', `文件位置与编号或受理月份不符,应为 ${ledger}/${expected}`, `file path does not match id and month of receipt; expected ${ledger}/${expected}`);
  if (d.id.slice(0, 4) !== `${y!.slice(2)}${m}`)
    add(['id'], 'id-month', `编号前四位应为受理月份 ${y!.slice(2)}${m}(上海时间)`, `the id must start with the month of receipt ${y!.slice(2)}${m} (Shanghai time)`);
}

function checkReferences(d: ComplaintRecord, c: ConfigIndex, add: Add) {
  const list = (ids: Iterable<string>) => [...ids].slice(0, 12).join(', ');
  if (!c.categories.has(d.category))
    add(['category'], 'unknown-category', `未知类别 "${d.category}",可选:${list(c.categories.keys())}`, `unknown category "${d.category}"; configured: ${list(c.categories.keys())}`);
  const b = c.buildings.get(d.place.building);
  if (!b) add(['place', 'building'], 'unknown-place', `未知地点 "${d.place.building}",请使用配置中的楼栋编号(如 ${list(c.buildings.keys())} …)`, `unknown building "${d.place.building}"; use a building id from the config (e.g. ${list(c.buildings.keys())} …)`);
  else if (d.place.window !== undefined) {
    if (b.kind !== 'canteen') add(['place', 'window'], 'unknown-place', `${b.name}不是食堂,不能填写窗口;可改用 room 或 detail`, `${b.id} is not a canteen, so it has no windows; use room or detail`);
    else if (b.windows.length && !b.windows.includes(d.place.window))
      add(['place', 'window'], 'unknown-place', `${b.name}没有窗口 "${d.place.window}",可选:${b.windows.join('、')}`, `${b.id} has no window "${d.place.window}"; configured: ${b.windows.join(', ')}`);
  }
  if (!c.staff.has(d.owner))
    add(['owner'], 'unknown-owner', `负责人 "${d.owner}" 不在配置的工作人员中(staff),可选:${list(c.staff.keys())}`, `owner "${d.owner}" is not a staff handle in the config; configured: ${list(c.staff.keys())}`);
  d.teams.forEach((t, i) => {
    if (!c.teams.has(t)) add(['teams', i], 'unknown-team', `未知班组 "${t}",可选:${list(c.teams.keys())}`, `unknown team "${t}"; configured: ${list(c.teams.keys())}`);
  });
  d.timeline.forEach((e, i) => {
    if (e.team && !c.teams.has(e.team)) add(['timeline', i, 'team'], 'unknown-team', `未知班组 "${e.team}",可选:${list(c.teams.keys())}`, `unknown team "${e.team}"; configured: ${list(c.teams.keys())}`);
  });
  if (d.responsibility === 'external') {
    if (!d.contractor) add(['contractor'], 'contractor', `外部责任须填写承包商 contractor,可选:${list(c.contractors.keys())}`, `external responsibility needs a contractor; configured: ${list(c.contractors.keys())}`);
    else if (!c.contractors.has(d.contractor)) add(['contractor'], 'unknown-contractor', `未知承包商 "${d.contractor}",可选:${list(c.contractors.keys())}`, `unknown contractor "${d.contractor}"; configured: ${list(c.contractors.keys())}`);
  } else if (d.contractor) {
    add(['contractor'], 'contractor', `内部责任不应填写承包商;若为承包商责任,请把 responsibility 改为 external`, `internal responsibility has no contractor; set responsibility: external if it is the contractor's`);
  }
  if (d.status === 'duplicate' && !d.duplicate_of)
    add(['duplicate_of'], 'duplicate', `状态为重复投诉时须填写 duplicate_of(原投诉编号)`, `status duplicate needs duplicate_of (the original tracking id)`);
  if (d.status !== 'duplicate' && d.duplicate_of)
    add(['duplicate_of'], 'duplicate', `只有状态为 duplicate 时才填写 duplicate_of`, `duplicate_of is only for status duplicate`);
  if (d.duplicate_of === d.id) add(['duplicate_of'], 'duplicate', `不能标记为自身的重复`, `a complaint cannot duplicate itself`);
}

function checkTimeline(d: ComplaintRecord, now: number, add: Add) {
  const received = parseIso(d.received_at);
  const future = (ms: number, path: Path) => {
    if (ms > now + FUTURE_SLACK_MS) add(path, 'future', `时间晚于当前时间(未来时间),请核对日期与时区 +08:00`, `time is in the future; check the date and the +08:00 offset`);
  };
  future(received, ['received_at']);
  const occ = d.occurred_at;
  // A bare date may be the day of receipt but not later; a time may not be after receipt.
  const late = isValidDate(occ) ? occ > toShanghaiIso(received).slice(0, 10) : parseIso(occ) > received + FUTURE_SLACK_MS;
  if (late)
    add(['occurred_at'], 'occurred-after-received', `发生时间不能晚于受理时间 received_at`, `occurred_at cannot be after received_at`);

  const first = d.timeline[0]!;
  if (first.status !== 'received' || parseIso(first.at) !== received)
    add(['timeline', 0], 'timeline-start', `时间线第一条须为 status: received,时间与 received_at 相同(${d.received_at})`, `the first timeline entry must be status: received at received_at (${d.received_at})`);
  let prev = received;
  let state: Status | undefined;
  let resolvedAt: number | undefined;
  d.timeline.forEach((e, i) => {
    const at = parseIso(e.at);
    future(at, ['timeline', i, 'at']);
    if (at < prev)
      add(['timeline', i, 'at'], 'timeline-order', `时间线须按时间先后排列:此条早于上一条或早于受理时间`, `timeline out of order: this entry is earlier than the one before it or than received_at`);
    prev = Math.max(prev, at);
    if (!e.status) {
      if (!e.note) add(['timeline', i], 'timeline-empty', `时间线条目须有 status 或 note`, `a timeline entry needs a status or a note`);
      return;
    }
    if (i > 0 && state) {
      if (e.status === state) add(['timeline', i, 'status'], 'transition', `状态未变化(已是 ${state});只记进展请去掉 status,只写 note`, `status unchanged (already ${state}); for a progress note drop status and keep note`);
      else if (!TRANSITIONS[state].includes(e.status))
        add(['timeline', i, 'status'], 'transition', `不允许从 ${state} 变为 ${e.status};允许:${TRANSITIONS[state].join(', ') || '(终态,不可再变)'}`, `illegal transition ${state} → ${e.status}; allowed: ${TRANSITIONS[state].join(', ') || '(final state)'}`);
    }
    state = e.status;
    if (e.status === 'resolved') resolvedAt = at;
  });
  if (state && d.status !== state)
    add(['status'], 'status-mismatch', `status 须与时间线最后一次状态一致(${state})`, `status must equal the last status in the timeline (${state})`);
  if (d.satisfaction) {
    const at = parseIso(d.satisfaction.at);
    future(at, ['satisfaction', 'at']);
    if (resolvedAt === undefined || at < resolvedAt)
      add(['satisfaction'], 'satisfaction', `回访(satisfaction)须在办结(resolved)之后`, `the follow-up (satisfaction) must come after the complaint was resolved`);
  }
}

function personalDataMessage(found: PersonalDataFinding[]) {
  const kinds = [...new Set(found.map((f) => f.kind))];
  const masked = found.map((f) => f.masked).join(' ');
  return {
    zh: `含个人信息(${kinds.map((k) => PERSONAL_DATA_LABELS[k].zh).join('、')}),请删除;联系方式只留在原渠道:${masked}`,
    en: `contains personal data (${kinds.map((k) => PERSONAL_DATA_LABELS[k].en).join(', ')}); remove it, contact details stay in the channel they came from: ${masked}`,
  };
}

function checkPersonalData(d: ComplaintRecord, add: Add) {
  const fields: [Path, string | undefined][] = [
    [['title'], d.title], [['demand_detail'], d.demand_detail],
    [['place', 'room'], d.place.room], [['place', 'window'], d.place.window], [['place', 'detail'], d.place.detail],
    [['satisfaction', 'note'], d.satisfaction?.note],
    ...d.timeline.map((e, i): [Path, string | undefined] => [['timeline', i, 'note'], e.note]),
  ];
  for (const [path, value] of fields) {
    const found = value ? findPersonalData(value) : [];
    if (found.length) {
      const m = personalDataMessage(found);
      add(path, 'personal-data', m.zh, m.en);
    }
  }
}

/** The body has no YAML path: its line is counted from the end of the frontmatter. */
function checkBodyPersonalData(file: string, body: string, yamlText: string, problems: Problem[]) {
  const found = findPersonalData(body);
  if (!found.length) return;
  const bodyStart = yamlText.split('\n').length + 1; // "---", the YAML lines, "---"
  const line = bodyStart + body.slice(0, found[0]!.index).split('\n').length;
  problems.push({ file, line, field: '(正文 body)', rule: 'personal-data', ...personalDataMessage(found) });
}

/** What the cross-record rules need of a record (cheap to pass between threads). */
export interface LinkInfo {
  file: string;
  id: string;
  duplicate_of?: string;
  related: readonly string[];
}

export const linkInfo = (c: Complaint): LinkInfo =>
  ({ file: c.file, id: c.data.id, duplicate_of: c.data.duplicate_of, related: c.data.related });

/** Rules across records: unique ids (2611-0001 and 2611-00001 are the same number), links that
 * point at existing complaints, and no duplicate_of cycles. */
export function checkLedgerLinks(records: readonly LinkInfo[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, LinkInfo>();
  const byNumber = new Map<string, LinkInfo>();
  const number = (id: string) => `${id.slice(0, 4)}-${Number(id.slice(5))}`;
  for (const c of records) {
    const other = byNumber.get(number(c.id));
    if (other)
      problems.push({ file: c.file, field: 'id', rule: 'duplicate-id', zh: `编号 ${c.id} 重复,已用于 ${other.file};请换用新编号`, en: `id ${c.id} is already used by ${other.file}; allocate a new id` });
    else {
      byNumber.set(number(c.id), c);
      byId.set(c.id, c);
    }
  }
  for (const c of records) {
    const links: [Path, string][] = c.related.map((r, i) => [['related', i], r]);
    if (c.duplicate_of) links.push([['duplicate_of'], c.duplicate_of]);
    for (const [path, id] of links)
      if (!byId.has(id))
        problems.push({ file: c.file, field: fieldName(path), rule: 'unknown-link', zh: `引用的投诉编号 ${id} 不存在`, en: `linked complaint ${id} does not exist` });
  }
  // duplicate_of must lead to an original, not round in a circle.
  for (const c of records) {
    const seen = new Set([c.id]);
    for (let next = c.duplicate_of; next; next = byId.get(next)?.duplicate_of) {
      if (seen.has(next)) {
        problems.push({ file: c.file, field: 'duplicate_of', rule: 'duplicate', zh: `duplicate_of 形成循环(${[...seen, next].join(' → ')}),应指向原始投诉`, en: `duplicate_of goes round in a circle (${[...seen, next].join(' → ')}); point at the original complaint` });
        break;
      }
      seen.add(next);
    }
  }
  return problems;
}

export { ID_PATTERN };
