// Personal-data detection for free text (descriptions, notes, titles). Records and the site are
// public, so no phone numbers, ID-card numbers, e-mail addresses, WeChat/QQ IDs or student/staff
// numbers may appear in them (docs: domain.md, "Privacy"). Pure: no fs, no env, no network.
//
// Full-width input. Matching runs on a copy of the text in which every character whose NFKC form
// is a single ASCII character that matters for matching (full-width digits and letters, "＠", "＃",
// "＋", "－", "．", "＿", the ideographic and other Unicode spaces ...) is replaced by that ASCII
// character. The replacement is one UTF-16 unit for one UTF-16 unit, so the copy has the same
// length as the original and every index found in it is an index into the original string (a
// whole-string NFKC would not be: "⑩", "㍉", ligatures ... change length). The full-width colon
// and brackets "：（）" are so common in Chinese prose that rewriting them would cost more than all
// the matching; the patterns accept them directly instead ([:：], [(（], [)）]).
//
// Speed (this runs over every text field of every record). Texts with fewer than 5 digits, no
// letter and no "@" are skipped after one cheap scan. Otherwise: one combined pass for the
// digit-shaped kinds, one short pass per keyword-introduced kind (V8 scans several short patterns
// faster than one alternation of them), an e-mail pass only when the text has an "@", and a scan
// for "at"-tokens ("#", "艾特", " at ", "(at)") that tries the obfuscated-e-mail pattern only
// there. No pattern uses the /i flag (it makes V8 scan several times slower); case variants are
// spelled out. About 12-15 ms per million characters of typical Chinese complaint text.
// Overlaps between passes are resolved by kind (see RANK).

export type PersonalDataKind =
  | 'mobile'
  | 'landline'
  | 'id-card'
  | 'email'
  | 'wechat'
  | 'qq'
  | 'student-number'
  | 'staff-number';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** Position in the ORIGINAL string (UTF-16 code units). */
  index: number;
  length: number;
  /** Masked excerpt, e.g. "138****5678"; never the full value. */
  masked: string;
}

export const PERSONAL_DATA_LABELS: Record<PersonalDataKind, { zh: string; en: string }> = {
  mobile: { zh: '手机号', en: 'mobile number' },
  landline: { zh: '固定电话', en: 'landline number' },
  'id-card': { zh: '身份证号', en: 'ID card number' },
  email: { zh: '电子邮箱', en: 'e-mail address' },
  wechat: { zh: '微信号', en: 'WeChat ID' },
  qq: { zh: 'QQ号', en: 'QQ number' },
  'student-number': { zh: '学号', en: 'student number' },
  'staff-number': { zh: '工号', en: 'staff number' },
};

/** The text that replaces a finding in redacted output, e.g. "[已隐去手机号]". */
export function redactionLabel(kind: PersonalDataKind): string {
  return `[已隐去${PERSONAL_DATA_LABELS[kind].zh}]`;
}

// ---------------------------------------------------------------------------------------------
// Normalisation (length-preserving)

/**
 * The characters worth rewriting: full-width digits, letters and the symbols that matter for
 * matching, Unicode spaces and dashes. Kept to a few ranges: each extra range slows the scan.
 */
const NORM_CLASS = String.raw`[\u00a0\u2000-\u2015\u2212\u3000\ufe6b\ufeff\uff03\uff0b\uff0d\uff0e\uff10-\uff19\uff20-\uff5a]`;
const NORM_MAP: Record<string, string> = buildNormMap();

function buildNormMap(): Record<string, string> {
  const relevant = /^[0-9A-Za-z @#+\-._]$/;
  const map: Record<string, string> = {};
  for (const m of NORM_CLASS.matchAll(/\\u([0-9a-f]{4})(?:-\\u([0-9a-f]{4}))?/g)) {
    const from = parseInt(m[1]!, 16);
    const to = m[2] ? parseInt(m[2], 16) : from;
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      const n = ch.normalize('NFKC');
      if (n !== ch && relevant.test(n)) map[ch] = n;
    }
  }
  // Dashes typed between digit groups (NFKC leaves them alone) and invisible characters
  // sometimes slipped between digits (treated as a space).
  for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212]) map[String.fromCharCode(c)] = '-';
  for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0xfeff]) map[String.fromCharCode(c)] = ' ';
  return map;
}

const NORM_TEST = new RegExp(NORM_CLASS);
const NORM_RE = new RegExp(NORM_CLASS, 'g');
const normChar = (ch: string): string => NORM_MAP[ch] ?? ch;

/**
 * The text matching runs on: full-width digits, letters and separators as ASCII, same length as
 * `text` (one UTF-16 unit for one). Exported for tests.
 */
export function normalizeForMatching(text: string): string {
  return NORM_TEST.test(text) ? text.replace(NORM_RE, normChar) : text;
}

// ---------------------------------------------------------------------------------------------
// Patterns (applied to the normalised text)

/** Case-insensitive spelling of an ASCII word without the /i flag: "qq" -> "[qQ][qQ]". */
const ci = (word: string): string =>
  word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

const OPEN = '[(（]';
const CLOSE = '[)）]';
/** Separator between digit groups: one or two spaces, or "-"/"." with optional spaces around. */
const SEP = String.raw`(?: {1,2}| ?[-.] ?)`;
/** Mainland mobile, 3-4-4 groups, separators optional. */
const MOBILE_CORE = String.raw`1[3-9]\d${SEP}?\d{4}${SEP}?\d{4}`;
const MOBILE_PREFIX = String.raw`(?:(?:\+|00)86 ?-? ?|${OPEN}\+?86${CLOSE} ?|86[- ]?|0)`;
/** Area code 0xx / 0xxx in brackets or followed by a separator, or +86 and the code without 0. */
const LANDLINE =
  String.raw`(?:${OPEN}(?<a1>0[1-9]\d{1,2})${CLOSE} ?|(?<a2>0[1-9]\d{1,2})(?: ?- ?| {1,2})|(?:\+|00)86[ -]?${OPEN}?(?<a3>[1-9]\d{1,2})${CLOSE}?[ -]?)` +
  String.raw`(?<local>[1-9]\d{2,3}[ -]?\d{4})`;
/** 18-digit resident ID: region, birth date 19xx/20xx-MM-DD, sequence + check digit; 6-8-4 groups. */
const ID_SEP = String.raw`(?: {1,2}| ?- ?)?`;
const ID18 = String.raw`[1-9]\d{5}${ID_SEP}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])${ID_SEP}\d{3}[\dXx]`;

/**
 * Digit-shaped data, in order of preference at the same start position. A run that is part of a
 * longer digit run never matches; nor does a bare run that is the fraction of a decimal.
 */
const DIGIT_RE = new RegExp(
  String.raw`(?<!\d)(?:` +
    String.raw`(?<id>${ID18})(?!\d)` +
    String.raw`|(?<mobile>${MOBILE_PREFIX}?${MOBILE_CORE})(?!\d)` +
    String.raw`|(?<landline>${LANDLINE})(?!\d)` +
    String.raw`|(?<!\d\.)(?<bare>\d{10,13})(?!\d|\.\d)` +
    ')',
  'g',
);

const EMAIL_RE =
  /(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]{1,64})@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;

const OBF_AT = String.raw`(?: ?[(（\[{<]${ci('at')}[)）\]}>] ?| +${ci('at')} +| ?# ?| ?艾特 ?)`;
const OBF_DOT = String.raw`(?: ?[(（\[{<]${ci('dot')}[)）\]}>] ?| +${ci('dot')} +|\.| ?点 ?)`;
const OBF_TLD = '(?:' + ['com', 'cn', 'net', 'org', 'edu', 'gov', 'info', 'io', 'me', 'top', 'xyz', 'cc'].map(ci).join('|') + ')';
/**
 * "abc at qq dot com", "abc(at)163.com", "abc#qq.com", "abc艾特qq点com". Sticky: it is tried only
 * where OBF_AT_SCAN found an "at" token, from the start of the word before it.
 */
const EMAIL_OBF_RE = new RegExp(
  String.raw`(?<![A-Za-z0-9._%+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})${OBF_AT}` +
    String.raw`([A-Za-z0-9-]+(?:${OBF_DOT}[A-Za-z0-9-]+)*${OBF_DOT}${OBF_TLD})(?![A-Za-z0-9])`,
  'y',
);
const OBF_AT_SCAN = new RegExp(String.raw`[(（\[{<]${ci('at')}[)）\]}>]| ${ci('at')} |#|艾特`, 'g');
const OBF_DOT_RE = new RegExp(OBF_DOT, 'g');
const EMAIL_LOCAL_CHAR = /[A-Za-z0-9._%+-]/;

// Keyword-introduced data. One pattern per kind: V8 scans several short patterns faster than one
// alternation of them. The value is always the last thing a pattern matches.
const KW_SEP = '(?:是|为)?[:： -]*';
const WXID = String.raw`${ci('wxid')}_[-_A-Za-z0-9]{4,30}`;
const WXID_RE = new RegExp(String.raw`(?<![-_A-Za-z0-9])${WXID}`, 'g');
const WECHAT_RE = new RegExp(
  String.raw`(?:微信|威信|${ci('weixin')}|${ci('wechat')}|(?<![A-Za-z])[vVwW][xX]|[vV]信|加微)(?:号码|号|账号| ?${ci('id')})?${KW_SEP}` +
    String.raw`(${WXID}|[A-Za-z][-_A-Za-z0-9]{5,19}(?![-_A-Za-z0-9])|(?:(?:\+|00)?86[ -]?)?${MOBILE_CORE}(?!\d)|[1-9]\d{4,10}(?!\d))`,
  'g',
);
/** Words that follow "微信" in running text and are not IDs ("微信 official account"). */
const WECHAT_STOPWORDS = new Set(['official', 'account', 'accounts', 'message', 'messages', 'moments', 'group', 'groups', 'channel', 'channels', 'payment', 'wechat', 'weixin']);
const QQ_RE = new RegExp(String.raw`(?:(?<![A-Za-z])${ci('qq')}|扣扣|企鹅)(?:号码|号)?${KW_SEP}([1-9]\d{4,10})(?!\d)`, 'g');
/** After a keyword: the old 15-digit ID, or any 17 digits + check character (date not checked). */
const ID_KEYWORD_RE = new RegExp(
  String.raw`(?:身份证|身份證|证件)(?:号码|号|號碼|號)?${KW_SEP}` +
    String.raw`(\d{8}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}|\d{17}[\dXx])(?!\d)`,
  'g',
);
const STUDENT_KW = `学号|学生证号?|学籍号|一卡通(?:卡?号)?|校园卡号?|卡号|(?<![A-Za-z])${ci('student')} ?(?:${ci('id')}|${ci('no')}\\.?|${ci('number')}|#)`;
const STAFF_KW = `职工号|教工号|员工号|工号|工作证号?|(?<![A-Za-z])(?:${ci('staff')}|${ci('employee')}) ?(?:${ci('id')}|${ci('no')}\\.?|${ci('number')}|#)`;
/** Group 1 is set for a student keyword; group 2 is the number. */
const MEMBER_RE = new RegExp(
  String.raw`(?:(${STUDENT_KW})|${STAFF_KW})码?(?:是|为)?[:：# -]*([A-Za-z0-9]{6,14})(?![A-Za-z0-9])`,
  'g',
);

// ---------------------------------------------------------------------------------------------
// Masking

const digitsOf = (s: string): string => s.replace(/[^0-9Xx]/g, '').toUpperCase();

/** Keeps at most `head` and `tail` characters; at least 4 (or all, if shorter) and a third are hidden. */
function maskMiddle(v: string, head: number, tail: number): string {
  const hidden = Math.min(v.length, Math.max(4, Math.ceil(v.length / 3)));
  while (head + tail > v.length - hidden) {
    if (tail > 0 && tail >= head) tail--;
    else head--;
  }
  return v.slice(0, head) + '*'.repeat(v.length - head - tail) + v.slice(v.length - tail);
}

const maskMobile = (v: string): string => maskMiddle(digitsOf(v).slice(-11), 3, 4);

// ---------------------------------------------------------------------------------------------
// Detection

interface Candidate extends PersonalDataFinding {
  /** Lower wins when candidates from different passes overlap. */
  rank: number;
}

const RANK: Record<PersonalDataKind, number> = {
  email: 0,
  'id-card': 1,
  wechat: 2,
  qq: 2,
  'staff-number': 2,
  'student-number': 2, // after a keyword; a bare digit run gets BARE_RANK
  mobile: 3,
  landline: 4,
};
const BARE_RANK = 5;

/** True when the text has 5+ digits, a letter or an "@": nothing can be found otherwise. */
function worthScanning(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) {
      if (++digits >= 5) return true;
    } else if (
      (c >= 64 && c <= 90) || // @ A-Z
      (c >= 97 && c <= 122) ||
      (c >= 0xff20 && c <= 0xff3a) || // ＠ Ａ-Ｚ
      (c >= 0xff41 && c <= 0xff5a) ||
      c === 0xfe6b // ﹫
    ) {
      return true;
    }
  }
  return false;
}

/** Finds personal data in `text`. Indices and lengths refer to the original string. */
export function findPersonalData(text: string): PersonalDataFinding[] {
  if (!text || !worthScanning(text)) return [];
  const s = normalizeForMatching(text);
  const out: Candidate[] = [];
  const add = (kind: PersonalDataKind, index: number, value: string, masked: string, rank = RANK[kind]) => {
    out.push({ kind, index, length: value.length, masked, rank });
  };
  let m: RegExpExecArray | null;

  DIGIT_RE.lastIndex = 0;
  while ((m = DIGIT_RE.exec(s))) {
    const g = m.groups!;
    if (g.id !== undefined) add('id-card', m.index, m[0], maskMiddle(digitsOf(m[0]), 3, 2));
    else if (g.mobile !== undefined) add('mobile', m.index, m[0], maskMobile(m[0]));
    else if (g.landline !== undefined) {
      const area = g.a1 ?? g.a2 ?? '0' + g.a3;
      add('landline', m.index, m[0], `${area}-${maskMiddle(digitsOf(g.local!), 0, 4)}`);
    } else add('student-number', m.index, m[0], maskMiddle(m[0], 2, 2), BARE_RANK);
  }

  if (s.includes('@')) {
    EMAIL_RE.lastIndex = 0;
    while ((m = EMAIL_RE.exec(s))) {
      add('email', m.index, m[0], `${maskMiddle(m[1]!, 1, 0)}@${m[2]!.toLowerCase()}`);
    }
  }

  OBF_AT_SCAN.lastIndex = 0;
  while ((m = OBF_AT_SCAN.exec(s))) {
    // Back up over spaces and the would-be local part, then try the full pattern from there.
    let start = m.index;
    while (start > 0 && s[start - 1] === ' ') start--;
    const localEnd = start;
    while (start > 0 && EMAIL_LOCAL_CHAR.test(s[start - 1]!)) start--;
    if (start === localEnd) continue;
    EMAIL_OBF_RE.lastIndex = start;
    const e = EMAIL_OBF_RE.exec(s);
    if (!e) continue;
    const domain = e[2]!.replace(OBF_DOT_RE, '.').toLowerCase();
    add('email', start, e[0], `${maskMiddle(e[1]!, 1, 0)}@${domain}`);
    OBF_AT_SCAN.lastIndex = Math.max(OBF_AT_SCAN.lastIndex, EMAIL_OBF_RE.lastIndex);
  }

  // The keyword patterns end with the value, so it starts at (end of match - its length).
  const valueAt = (m: RegExpExecArray, v: string) => m.index + m[0].length - v.length;
  WXID_RE.lastIndex = 0;
  while ((m = WXID_RE.exec(s))) add('wechat', m.index, m[0], maskMiddle(m[0], 5, 2));
  WECHAT_RE.lastIndex = 0;
  while ((m = WECHAT_RE.exec(s))) {
    const v = m[1]!;
    if (WECHAT_STOPWORDS.has(v.toLowerCase())) continue;
    const masked = /^[+\d]/.test(v) && digitsOf(v).length >= 11 ? maskMobile(v) : maskMiddle(v, 2, 2);
    add('wechat', valueAt(m, v), v, masked);
  }
  QQ_RE.lastIndex = 0;
  while ((m = QQ_RE.exec(s))) add('qq', valueAt(m, m[1]!), m[1]!, maskMiddle(m[1]!, 2, 2));
  ID_KEYWORD_RE.lastIndex = 0;
  while ((m = ID_KEYWORD_RE.exec(s))) {
    add('id-card', valueAt(m, m[1]!), m[1]!, maskMiddle(m[1]!.toUpperCase(), 3, 2));
  }
  MEMBER_RE.lastIndex = 0;
  while ((m = MEMBER_RE.exec(s))) {
    const v = m[2]!;
    if (!/\d/.test(v)) continue; // "学号 unknown"
    add(m[1] !== undefined ? 'student-number' : 'staff-number', valueAt(m, v), v, maskMiddle(v, 2, 2));
  }

  return resolve(out);
}

/**
 * Keeps non-overlapping findings: within each run of mutually overlapping candidates the best rank
 * wins, then the longer, then the earlier one. Result is sorted by index.
 */
function resolve(cands: Candidate[]): PersonalDataFinding[] {
  if (cands.length === 0) return [];
  cands.sort((a, b) => a.index - b.index || b.length - a.length);
  const result: PersonalDataFinding[] = [];
  const strip = (c: Candidate): PersonalDataFinding => ({ kind: c.kind, index: c.index, length: c.length, masked: c.masked });
  let i = 0;
  while (i < cands.length) {
    const first = cands[i]!;
    let end = first.index + first.length;
    let j = i + 1;
    while (j < cands.length && cands[j]!.index < end) {
      end = Math.max(end, cands[j]!.index + cands[j]!.length);
      j++;
    }
    if (j === i + 1) {
      result.push(strip(first));
    } else {
      const group = cands.slice(i, j).sort((a, b) => a.rank - b.rank || b.length - a.length || a.index - b.index);
      const kept: Candidate[] = [];
      for (const c of group) {
        if (!kept.some((k) => c.index < k.index + k.length && k.index < c.index + c.length)) kept.push(c);
      }
      kept.sort((a, b) => a.index - b.index);
      for (const c of kept) result.push(strip(c));
    }
    i = j;
  }
  return result;
}

/** Replaces every finding with a label such as "[已隐去手机号]". */
export function redactPersonalData(text: string): { text: string; findings: PersonalDataFinding[] } {
  const findings = findPersonalData(text);
  if (findings.length === 0) return { text, findings };
  let out = '';
  let pos = 0;
  for (const f of findings) {
    out += text.slice(pos, f.index) + redactionLabel(f.kind);
    pos = f.index + f.length;
  }
  out += text.slice(pos);
  return { text: out, findings };
}
