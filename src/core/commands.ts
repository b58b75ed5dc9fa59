// Issue commands: staff comment "/办结 已更换滤网" on a complaint's issue; each comment becomes
// one timeline entry. Pure: a record, a comment and its time in; the new record or a reply out.
import { TRANSITIONS, STATUSES, SATISFACTION, ID_PATTERN, type ComplaintRecord, type Status, type TimelineEntry } from './record.ts';
import { parseIso, toShanghaiIso } from './time.ts';
import { findPersonalData, PERSONAL_DATA_LABELS } from './privacy.ts';
import type { ConfigIndex } from './config.ts';

type Verb = 'ack' | 'start' | 'progress' | 'internal' | 'wait' | 'resolve' | 'followup' | 'reopen' | 'reassign' | 'close' | 'withdraw' | 'reject' | 'duplicate' | 'help';

interface VerbDef {
  words: string[];
  /** New status, if the command changes it. */
  status?: Status;
  /** What the text after the command means; "required" when it must be given. */
  text: 'none' | 'optional' | 'required';
  /** Notes are public unless the command is internal. */
  public: boolean;
  zh: string;
  en: string;
}

/** Chinese and English words for each command; matched case-insensitively after "/". */
export const VERBS: Record<Verb, VerbDef> = {
  ack: { words: ['受理', 'ack', 'acknowledge'], status: 'acknowledged', text: 'optional', public: true, zh: '受理(可附说明)', en: 'acknowledge (optional note)' },
  start: { words: ['处理', '处理中', 'start'], status: 'in_progress', text: 'optional', public: true, zh: '开始处理(可附说明)', en: 'start work (optional note)' },
  progress: { words: ['进展', 'progress'], text: 'required', public: true, zh: '公开进展说明', en: 'public progress note' },
  internal: { words: ['内部', '备注', 'internal', 'note'], text: 'required', public: false, zh: '内部备注(不公开)', en: 'internal note (never published)' },
  wait: { words: ['等待', '待回复', 'wait'], status: 'waiting_complainant', text: 'required', public: true, zh: '等待投诉人回复(写明等什么)', en: 'wait for the complainant (say what for)' },
  resolve: { words: ['办结', 'resolve'], status: 'resolved', text: 'required', public: true, zh: '办结(写明做了什么)', en: 'resolve (say what was done)' },
  followup: { words: ['回访', 'followup', 'follow-up'], text: 'required', public: false, zh: '回访结果:满意/基本满意/不满意/未能回访 + 说明', en: 'follow-up: satisfied/neutral/dissatisfied/unreachable + note' },
  reopen: { words: ['重开', '重新打开', 'reopen'], status: 'reopened', text: 'required', public: true, zh: '重新打开(写明原因)', en: 'reopen (say why)' },
  reassign: { words: ['转派', 'reassign'], text: 'required', public: false, zh: '转派给另一位责任人(工作账号)', en: 'reassign to another owner (staff handle)' },
  close: { words: ['关闭', 'close'], status: 'closed', text: 'optional', public: true, zh: '关闭', en: 'close' },
  withdraw: { words: ['撤回', 'withdraw'], status: 'withdrawn', text: 'optional', public: true, zh: '投诉人撤回', en: 'withdrawn by the complainant' },
  reject: { words: ['不予受理', 'reject'], status: 'rejected', text: 'required', public: true, zh: '不予受理(写明理由)', en: 'reject (say why)' },
  duplicate: { words: ['重复', 'duplicate'], status: 'duplicate', text: 'required', public: true, zh: '重复投诉(写原投诉编号)', en: 'duplicate (give the original id)' },
  help: { words: ['帮助', 'help'], text: 'none', public: false, zh: '显示本说明', en: 'show this help' },
};

const WORDS = new Map(Object.entries(VERBS).flatMap(([verb, d]) => d.words.map((w) => [w.toLowerCase(), verb as Verb])));

export interface Command {
  verb: Verb;
  text: string;
}

/** The command in a comment: its first non-empty line starts with "/" (or a full-width "/").
 * Undefined when the comment is not a command at all (ordinary discussion). */
export function parseCommand(comment: string): Command | { unknown: string } | undefined {
  const trimmed = comment.replace(/^\s+/, '');
  const m = /^[/／]([^\s/／]+)[ \t\u3000]*([\s\S]*)$/.exec(trimmed);
  if (!m) return undefined;
  const verb = WORDS.get(m[1]!.toLowerCase());
  if (!verb) return { unknown: m[1]!.slice(0, 20) };
  return { verb, text: m[2]!.trim() };
}

export function helpText(): string {
  const rows = Object.values(VERBS).map((d) => `| \`/${d.words[0]}\` \`/${d.words.find((w) => /^[a-z]/.test(w))}\` | ${d.zh} | ${d.en} |`);
  return ['| 命令 command | 作用 | what it does |', '|---|---|---|', ...rows].join('\n');
}

export type Outcome =
  | { kind: 'applied'; record: ComplaintRecord; zh: string; en: string }
  | { kind: 'already' }
  | { kind: 'help' }
  | { kind: 'refused'; zh: string; en: string; personalData?: boolean };

export interface CommandInput {
  /** When the comment was written. */
  at: number;
  /** Source mark of the comment, e.g. "gh-comment:123": applied once, whatever the deliveries. */
  ref: string;
  /** Team of the staff member who wrote it, when known. */
  team?: string;
}

const SATISFACTION_WORDS = new Map<string, keyof typeof SATISFACTION>([
  ...Object.entries(SATISFACTION).map(([k, zh]): [string, keyof typeof SATISFACTION] => [zh, k as keyof typeof SATISFACTION]),
  ...Object.keys(SATISFACTION).map((k): [string, keyof typeof SATISFACTION] => [k, k as keyof typeof SATISFACTION]),
]);

/** Applies one command to a record. The result is checked again by the validator before it is written. */
export function applyCommand(d: ComplaintRecord, cmd: Command, input: CommandInput, config: ConfigIndex): Outcome {
  if (cmd.verb === 'help') return { kind: 'help' };
  if (d.timeline.some((e) => e.ref === input.ref)) return { kind: 'already' };
  const def = VERBS[cmd.verb];
  if (def.text === 'required' && !cmd.text)
    return { kind: 'refused', zh: `/${def.words[0]} 后面需要写内容:${def.zh}`, en: `/${def.words.find((w) => /^[a-z]/.test(w))} needs text: ${def.en}` };
  const found = findPersonalData(cmd.text);
  if (found.length) {
    const kinds = [...new Set(found.map((f) => f.kind))];
    return {
      kind: 'refused', personalData: true,
      zh: `说明中含个人信息(${kinds.map((k) => PERSONAL_DATA_LABELS[k].zh).join('、')}),已从评论中隐去,未记录;请不写个人信息重新发命令`,
      en: `the note contains personal data (${kinds.map((k) => PERSONAL_DATA_LABELS[k].en).join(', ')}); it was redacted from the comment and nothing was recorded; send the command again without it`,
    };
  }
  const current = d.status;
  // Entries stay in time order even if a comment's clock is a little behind the last entry.
  const lastAt = parseIso(d.timeline[d.timeline.length - 1]!.at);
  const at = toShanghaiIso(Math.max(input.at, lastAt));
  const next: ComplaintRecord = structuredClone(d);
  const entry: TimelineEntry = { at, public: def.public, ref: input.ref, ...(input.team ? { team: input.team } : {}) };
  const done = (zh: string, en: string): Outcome => {
    next.timeline.push(entry);
    if (entry.status) next.status = entry.status;
    return { kind: 'applied', record: next, zh, en };
  };

  if (def.status) {
    if (def.status === current && cmd.verb !== 'reopen')
      return { kind: 'refused', zh: `已经是"${STATUSES[current]}"状态`, en: `the complaint is already ${current}` };
    if (!TRANSITIONS[current].includes(def.status)) {
      const allowed = TRANSITIONS[current].map((s) => commandFor(s)).filter(Boolean).join(' ');
      return {
        kind: 'refused',
        zh: `当前状态"${STATUSES[current]}"不能${def.zh.replace(/(.*)$/, '')};可用:${allowed || '(已结束,无可用命令)'}`,
        en: `a complaint that is ${current} cannot go to ${def.status}; possible: ${allowed || '(final; none)'}`,
      };
    }
    entry.status = def.status;
  }

  switch (cmd.verb) {
    case 'duplicate': {
      const id = cmd.text.normalize('NFKC').match(/\d{4}-\d{4,5}/)?.[0];
      if (!id || !ID_PATTERN.test(id) || id === d.id)
        return { kind: 'refused', zh: '请写出原投诉编号,如 /重复 2611-0427', en: 'give the original tracking id, e.g. /duplicate 2611-0427' };
      next.duplicate_of = id;
      entry.note = `与 ${id} 重复`;
      return done(`已标记为 ${id} 的重复投诉`, `marked as a duplicate of ${id}`);
    }
    case 'followup': {
      if (current !== 'resolved' && current !== 'closed')
        return { kind: 'refused', zh: '办结后才能回访', en: 'follow up after resolution' };
      if (d.satisfaction) return { kind: 'refused', zh: '已记录过回访结果', en: 'a follow-up is already recorded' };
      const [word, ...rest] = cmd.text.split(/\s+/);
      const result = SATISFACTION_WORDS.get((word ?? '').toLowerCase());
      if (!result)
        return { kind: 'refused', zh: `回访结果须为:${Object.values(SATISFACTION).join('/')},如 /回访 满意 已修好`, en: `result must be one of ${Object.keys(SATISFACTION).join('/')}, e.g. /followup satisfied fixed` };
      const note = rest.join(' ').trim();
      next.satisfaction = { at, result, ...(note ? { note } : {}) };
      entry.note = `回访:${SATISFACTION[result]}`;
      return done(`已记录回访:${SATISFACTION[result]}`, `follow-up recorded: ${result}`);
    }
    case 'reassign': {
      const handle = cmd.text.split(/\s+/)[0]!.replace(/^@/, '');
      const staff = config.staff.get(handle);
      if (!staff)
        return { kind: 'refused', zh: `未知工作账号 "${handle.slice(0, 40)}";可选:${[...config.staff.keys()].join('、')}`, en: `unknown staff handle "${handle.slice(0, 40)}"; configured: ${[...config.staff.keys()].join(', ')}` };
      if (handle === d.owner) return { kind: 'refused', zh: '已经是该责任人', en: 'already the owner' };
      next.owner = handle;
      if (!next.teams.includes(staff.team)) next.teams.push(staff.team);
      const role = `${config.teams.get(staff.team)?.name ?? staff.team} · ${staff.role}`;
      entry.note = `转派给 ${role}`;
      return done(`已转派给 ${role}`, `reassigned to ${handle}`);
    }
    default:
      if (cmd.text) entry.note = cmd.text;
      return done(def.status ? `状态已改为"${STATUSES[def.status]}"` : '已记录', def.status ? `status is now ${def.status}` : 'recorded');
  }
}

/** The command that moves a complaint into `s` (for "possible:" hints). */
function commandFor(s: Status): string | undefined {
  const hit = Object.values(VERBS).find((d) => d.status === s);
  return hit ? `/${hit.words[0]}` : undefined;
}
