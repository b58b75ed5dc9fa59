// Personal-data detection for free text (descriptions, notes, titles). Records and the site are
// public, so no phone numbers, ID-card numbers, e-mail addresses, WeChat/QQ IDs or student/staff
// numbers may appear in them (docs: domain.md, "Privacy"). Pure: no fs, no env, no network.
//
// Full-width input. Matching runs on a copy of the text in which every character whose NFKC form
// is a single ASCII character that matters for matching (full-width digits and letters, "＠", "＃",
// "＋", "－", "．", "＿", "／", the ideographic and other Unicode spaces ...) is replaced by that ASCII
// character. The replacement is one UTF-16 unit for one UTF-16 unit, so the copy has the same
// length as the original and every index found in it is an index into the original string (a
// whole-string NFKC would not be: "⑩", "㍉", ligatures ... change length). The full-width colon
// and brackets "：（）" are so common in Chinese prose that rewriting them would cost more than all
// the matching; the patterns accept them directly instead ([:：], [(（], [)）]).
//
// Hidden and astral input. Invisible characters slipped between digits (zero-width space, word
// joiner, soft hyphen, bidi controls, variation selectors ...) are dropped from the copy, and
// mathematical digits and letters ("𝟏𝟑𝟖", two UTF-16 units each) become one ASCII character. Only
// texts that contain such characters take this slower path, which keeps a map from each position
// of the copy to the original (see `prepare`); findings are always reported in the original.
//
// Speed (this runs over every text field of every record). Texts with fewer than 5 digits, no
// letter and no "@" are skipped after one cheap scan (or get only the spelled-out-mobile pass when
// they hold enough Chinese numerals). Otherwise: one combined pass for the digit-shaped kinds, one
// "scout" pass that finds mobiles spelled digit by digit after a phone keyword and notices
// spaced-out keywords ("微 信"), one short pass per keyword-introduced kind (V8 scans several short
// patterns faster than one alternation of them; the spaced-keyword variants only for texts the
// scout flagged, as they scan slower), an e-mail pass only when the text has an "@", and a scan for
// "at"-tokens ("#", "艾特", " at ", "(at)") that tries the obfuscated-e-mail pattern only there. No
// pattern uses the /i flag (it makes V8 scan several times slower); case variants are spelled out.
// About 9-15 ms per million characters of complaint text (Node 24; the more digits, the slower).
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
// Normalisation

/**
 * The characters worth rewriting one-for-one: full-width digits, letters and the symbols that
 * matter for matching, Unicode spaces, dashes and line separators. Kept to a few ranges: each extra
 * range slows the scan.
 */
const NORM_CLASS = String.raw`[\u00a0\u2000-\u2015\u2028\u2029\u202f\u205f\u2212\u3000\ufe6b\ufeff\uff03\uff0b\uff0d-\uff0f\uff10-\uff19\uff20-\uff5a]`;
const NORM_MAP: Record<string, string> = buildNormMap();

function buildNormMap(): Record<string, string> {
  const relevant = /^[0-9A-Za-z @#+\-._/]$/;
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
  // Dashes typed between digit groups (NFKC leaves them alone), line and paragraph separators, and
  // invisible characters sometimes slipped between digits (a space here; matching drops them).
  for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212]) map[String.fromCharCode(c)] = '-';
  map['\u2028'] = '\n';
  map['\u2029'] = '\n';
  for (const c of [0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0xfeff]) map[String.fromCharCode(c)] = ' ';
  return map;
}

const NORM_TEST = new RegExp(NORM_CLASS);
const NORM_RE = new RegExp(NORM_CLASS, 'g');
const normChar = (ch: string): string => NORM_MAP[ch] ?? ch;

/**
 * Full-width digits, letters and separators as ASCII, same length as `text` (one UTF-16 unit for
 * one). Matching runs on this text, except that it also drops invisible characters and folds
 * astral mathematical digits and letters (see `prepare`). Exported for tests.
 */
export function normalizeForMatching(text: string): string {
  return NORM_TEST.test(text) ? text.replace(NORM_RE, normChar) : text;
}

/**
 * Characters that change the length of the matching text: invisible ones (soft hyphen, zero-width
 * and bidi controls, word joiner and the other U+2060-U+206F format characters, variation
 * selectors, the keycap mark, tags) are dropped, so "1\u200b3\u200b8..." reads as "138...";
 * mathematical alphanumerics (U+1D400-U+1D7FF, a surrogate pair each: "𝟏𝟑𝟖", "𝟙𝟛𝟠", "𝟷𝟹𝟾") become
 * one ASCII character.
 */
const DROPPED_CLASS = String.raw`[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\u20e3\ufe00-\ufe0f\ufeff]`;
const DROPPED = new RegExp(`^${DROPPED_CLASS}$`);
/** Global: tested from the first position ANY_REWRITE found. */
const SHIFT_SCAN = new RegExp(String.raw`${DROPPED_CLASS}|\ud835[\udc00-\udfff]|\udb40[\udc00-\udfff]`, 'g');
/**
 * NORM_CLASS, DROPPED_CLASS and the two lead surrogates, with ranges merged: one scan of typical
 * text, which has none of them. Keep it to 16 ranges or fewer: with more, V8 scans about three
 * times slower. ("\ufe00-\ufe6b" also takes in the rare vertical and small forms; they only cost
 * the slower path.)
 */
const ANY_REWRITE =
  /[\u00a0\u00ad\u2000-\u2015\u2028-\u202f\u205f-\u206f\u20e3\u2212\u3000\ud835\udb40\ufe00-\ufe6b\ufeff\uff03\uff0b\uff0d-\uff19\uff20-\uff5a]/;

/** ASCII form of U+1D400 + i (i = low surrogate - 0xdc00), or "" if it has none. Built on first use. */
let mathFold: string[] | null = null;
function foldMath(low: number): string {
  if (!mathFold) {
    mathFold = [];
    for (let i = 0; i < 0x400; i++) {
      const n = String.fromCodePoint(0x1d400 + i).normalize('NFKC');
      mathFold.push(/^[0-9A-Za-z]$/.test(n) ? n : '');
    }
  }
  return mathFold[low - 0xdc00]!;
}

/** The text matching runs on, and where its positions are in the original when they differ. */
interface Prepared {
  s: string;
  /**
   * Original index of s[k], and text.length at s.length; null when s is index-aligned. A finding
   * [i, j) of s is [start[i], start[j]) of the original, so it takes in the invisible characters
   * that follow its last character (the "\ufe0f\u20e3" of a keycap digit).
   */
  start: Int32Array | null;
}

function prepare(text: string): Prepared {
  const first = text.search(ANY_REWRITE);
  if (first < 0) return { s: text, start: null };
  SHIFT_SCAN.lastIndex = first;
  if (!SHIFT_SCAN.test(text)) return { s: text.replace(NORM_RE, normChar), start: null };
  const chars: string[] = [];
  const start: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xd835 || c === 0xdb40) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (c === 0xdb40) {
          i++; // tag or variation selector: dropped
          continue;
        }
        const f = foldMath(low);
        if (f) {
          chars.push(f);
          start.push(i);
          i++;
          continue;
        }
      }
    }
    const ch = text[i]!;
    if (DROPPED.test(ch)) continue;
    chars.push(normChar(ch));
    start.push(i);
  }
  start.push(text.length);
  return { s: chars.join(''), start: Int32Array.from(start) };
}

// ---------------------------------------------------------------------------------------------
// Patterns (applied to the prepared text)

/** Case-insensitive spelling of an ASCII word without the /i flag: "qq" -> "[qQ][qQ]". */
const ci = (word: string): string =>
  word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

const OPEN = '[(（]';
const CLOSE = '[)）]';
/**
 * Separator between phone / ID digit groups: up to 8 spaces, tabs and line breaks, or one of
 * "- . _ / , ，" with up to two spaces around it.
 */
const SEP = String.raw`(?:[ \t\r\n]{1,8}|[ \t]{0,2}[-._/,，·•・、~～][ \t]{0,2})`;
/** Mainland mobile, 3-4-4 groups, separators optional; the first group may be bracketed ("(138)", "【138】"). */
const MOBILE_CORE = String.raw`(?:[(（【\[]1[3-9]\d[)）】\]]|1[3-9]\d)${SEP}?\d{4}${SEP}?\d{4}`;
const MOBILE_PREFIX = String.raw`(?:(?:\+|00)86 ?-? ?|${OPEN}\+?86${CLOSE} ?|86[- ]?|0)`;
/** Area code 0xx / 0xxx in brackets or followed by a separator, or +86 and the code without 0. */
const LANDLINE =
  String.raw`(?:${OPEN}(?<a1>0[1-9]\d{1,2})${CLOSE} ?|(?<a2>0[1-9]\d{1,2})${SEP}|(?:\+|00)86[ -]?${OPEN}?(?<a3>[1-9]\d{1,2})${CLOSE}?[ -]?)` +
  String.raw`(?<local>[1-9]\d{2,3}${SEP}?\d{4})`;
/** 18-digit resident ID: region, birth date 19xx/20xx-MM-DD, sequence + check digit; 6-8-4 groups. */
const ID18 = String.raw`[1-9]\d{5}${SEP}?(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])${SEP}?\d{3}[\dXx]`;

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

/**
 * A bare 10-13 digit run is a student number unless it is glued to ASCII letters ("SF1234567890123",
 * a parcel number), follows an order / parcel / ISBN keyword, or is a compact timestamp
 * yyyymmddhhmm. A student or staff keyword before it still flags it (the member pattern).
 */
const NOT_PERSONAL_BEFORE = new RegExp(
  String.raw`(?:单 ?号|运 ?单|订 ?单|快 ?递|物 ?流|包 ?裹|流水号|交易号|发票号|书号|${ci('isbn')}|${ci('issn')})` +
    String.raw`(?:号码|号|编号|码)?(?:是|为)?[:：#\s-]*$`,
);
const COMPACT_TIMESTAMP = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d$/;
const ASCII_LETTER = /[A-Za-z]/;

function bareRunIsNotPersonal(s: string, index: number, run: string): boolean {
  if (ASCII_LETTER.test(s[index - 1] ?? '') || ASCII_LETTER.test(s[index + run.length] ?? '')) return true;
  if (run.length === 12 && COMPACT_TIMESTAMP.test(run)) return true;
  return NOT_PERSONAL_BEFORE.test(s.slice(Math.max(0, index - 16), index));
}

/** TLDs of internationalised domains likely to be seen here ("zhangsan@example.中国"). */
const IDN_TLD = '中国|中國|公司|网络|網絡|香港|台湾|台灣|澳门|澳門|集团|在线|网址|网店|商城|我爱你|信息|移动|中文网|政务|公益';
const EMAIL_RE = new RegExp(
  String.raw`(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]{1,64}) {0,3}@ {0,3}` +
    String.raw`((?:[A-Za-z0-9\u4e00-\u9fff-]+ {0,2}\. {0,2})+(?:[A-Za-z]{2,}|${IDN_TLD}))`,
  'g',
);

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
/** Words that follow "微信" in running text and are not IDs ("微信 official account"). */
const WECHAT_STOPWORDS = new Set(['official', 'account', 'accounts', 'message', 'messages', 'moments', 'group', 'groups', 'channel', 'channels', 'payment', 'wechat', 'weixin']);

// Chinese numerals (common and financial forms) and circled digits, as people spell numbers out.
const CN_DIGIT_VALUE: Record<string, string> = {
  〇: '0', 零: '0', '○': '0', '⓪': '0', 一: '1', 幺: '1', 壹: '1', 二: '2', 贰: '2', 三: '3', 叁: '3', 四: '4', 肆: '4',
  五: '5', 伍: '5', 六: '6', 陆: '6', 七: '7', 柒: '7', 八: '8', 捌: '8', 九: '9', 玖: '9',
  '①': '1', '②': '2', '③': '3', '④': '4', '⑤': '5', '⑥': '6', '⑦': '7', '⑧': '8', '⑨': '9',
};
const CN_DIGITS = Object.keys(CN_DIGIT_VALUE).join('');
/** Numerals by value, for the shape of a mobile number (1, then 3-9). */
const numerals = (digits: string) => Object.keys(CN_DIGIT_VALUE).filter((c) => digits.includes(CN_DIGIT_VALUE[c]!)).join('');

interface KeywordPatterns {
  wechat: RegExp;
  qq: RegExp;
  idCard: RegExp;
  /** Group 1 is set for a student keyword; group 2 is the number. */
  member: RegExp;
}

/** Every character of the Chinese keywords (filled by `spell`). */
const keywordChars = new Set<string>();
/** A Chinese keyword, with `sp` between its characters. */
const spell = (word: string, sp: string): string => {
  for (const c of word) keywordChars.add(c);
  return [...word].join(sp);
};

/**
 * The keyword-introduced patterns. "QQ", "vx" and "wx" may always be typed with a space between
 * their letters ("Q Q"); with `spaced`, so may the Chinese keywords ("微 信", "学 号"). That set is
 * several times slower for V8 to scan, so it is used only for texts in which SCOUT_RE finds two
 * keyword characters with a space between them.
 */
function keywordPatterns(spaced: boolean): KeywordPatterns {
  const sp = spaced ? ' ?' : '';
  const k = (word: string): string => spell(word, sp);
  const letters = (word: string): string => [...word].map(ci).join(' ?');
  const ascii = (word: string) => `(?<![A-Za-z])${ci(word)}`;
  const wechat = new RegExp(
    String.raw`(?:${k('微信')}|${k('威信')}|${k('薇信')}|${ci('wei')} ?${ci('xin')}|${ci('wechat')}|(?<![A-Za-z])${letters('vx')}|(?<![A-Za-z])${letters('wx')}|[vV] ?${k('信')}|${k('加微')}|${k('加')}[vV]|(?<![A-Za-z])[vV](?= ?[:：]))` +
      String.raw`(?:${sp}${k('号码')}|${sp}号|${sp}${k('账号')}| ?${ci('id')})?${KW_SEP}` +
      String.raw`(${WXID}|[A-Za-z][-_A-Za-z0-9]{5,19}(?![-_A-Za-z0-9])|(?:(?:\+|00)?86[ -]?)?${MOBILE_CORE}(?!\d)|[1-9]\d{4,10}(?!\d))`,
    'g',
  );
  const qq = new RegExp(
    String.raw`(?:(?<![A-Za-z])${letters('qq')}|(?<![A-Za-z])[qQ](?=号)|${k('扣扣')}|${k('企鹅')})(?:${sp}${k('号码')}|${sp}号)?${KW_SEP}([1-9]\d{4,10})(?!\d)`,
    'g',
  );
  // After a keyword: the old 15-digit ID, or any 17 digits + check character (date not checked).
  const idCard = new RegExp(
    String.raw`(?:${k('身份证')}|${k('身份證')}|${k('证件')})(?:${sp}${k('号码')}|${sp}号|${sp}${k('號碼')}|${sp}號)?${KW_SEP}` +
      String.raw`(\d{8}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}|\d{17}[\dXx])(?!\d)`,
    'g',
  );
  const no = String.raw` ?(?:${ci('id')}|${ci('no')}\.?|${ci('number')}|#)`;
  const student = `${k('学号')}|${k('学生证')}(?:${sp}号)?|${k('学籍号')}|${k('一卡通')}(?:${sp}卡?${sp}号)?|${k('校园卡')}(?:${sp}号)?|${k('卡号')}|${ascii('student')}${no}`;
  const staff = `${k('职工号')}|${k('教工号')}|${k('员工号')}|${k('员工编号')}|${k('职工编号')}|${k('教工编号')}|${k('工号')}|${k('工作证')}(?:${sp}号)?|(?:${ascii('staff')}|${ascii('employee')})${no}`;
  // The number: digit groups separated by spaces or "-" ("2021 1234 56"), or one run of letters
  // and digits. Lengths are checked in code (student 6-14, staff 5-14 characters).
  const member = new RegExp(
    String.raw`(?:(${student})|${staff})码?(?:是|为)?[:：# -]*` +
      String.raw`([A-Za-z]{0,2}\d{2,8}(?:(?: {1,3}|-)\d{2,8}){1,4}(?![A-Za-z0-9])|[A-Za-z0-9]{5,14}(?![A-Za-z0-9]))`,
    'g',
  );
  return { wechat, qq, idCard, member };
}

const PLAIN_KEYWORDS = keywordPatterns(false);
const SPACED_KEYWORDS = keywordPatterns(true);

/**
 * A mobile number spelled digit by digit after a phone keyword: Chinese numerals
 * ("一三八一二三四五六七八", 〇/零/○ for 0 and 幺 for 1) or digits with a space or "-" between any of
 * them ("1 3 8 1 2 3 4 5 6 7 8"); up to 6 other characters between the keyword and the number.
 */
const PHONE_KW =
  ['电话', '手机', '联系', '号码', '致电', '拨打'].map((w) => spell(w, ' ?')).join('|') +
  `|(?<![A-Za-z])(?:${ci('tel')}|${ci('phone')})`;
// The keyword is optional: eleven numerals or spaced-out digits in the shape of a mobile number
// are one, whatever comes before them.
const SPELLED_MOBILE =
  String.raw`(?:(?:${PHONE_KW})[^0-9${CN_DIGITS}\n]{0,6})?(?<![0-9${CN_DIGITS}])` +
  String.raw`([1${numerals('1')}][ \t-]?[3-9${numerals('3456789')}](?:[ \t-]?[0-9${CN_DIGITS}]){9})(?![0-9${CN_DIGITS}])`;
const KEYWORD_CLASS = `[${[...keywordChars].join('')}]`;
/**
 * One pass that finds spelled-out mobile numbers (group 1) and tells whether the text may hold a
 * spaced-out Chinese keyword (a match without group 1: two keyword characters with a space between
 * them). Every pass over a text costs about as much as this one, so the two share it.
 */
const SCOUT_RE = new RegExp(`${SPELLED_MOBILE}|${KEYWORD_CLASS} (?=${KEYWORD_CLASS})`, 'g');
const CN_DIGIT_RE = new RegExp(`[${CN_DIGITS}]`, 'g');

// ---------------------------------------------------------------------------------------------
// Masking

const digitsOf = (s: string): string => s.replace(/[^0-9Xx]/g, '').toUpperCase();
const alnumOf = (s: string): string => s.replace(/[^0-9A-Za-z]/g, '');

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

/**
 * Per UTF-16 unit: 1 a digit, 2 a Chinese numeral, 3 a letter, "@", or the lead surrogate of an
 * astral mathematical character.
 */
const CHAR_CLASS = buildCharClass();

function buildCharClass(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const set = (from: number, to: number, v: number) => t.fill(v, from, to + 1);
  set(48, 57, 1);
  set(0xff10, 0xff19, 1);
  set(64, 90, 3); // @ A-Z
  set(97, 122, 3);
  set(0xff20, 0xff3a, 3); // ＠ Ａ-Ｚ
  set(0xff41, 0xff5a, 3);
  t[0xfe6b] = 3; // ﹫
  t[0xd835] = 3;
  for (const ch of CN_DIGITS) t[ch.charCodeAt(0)] = 2;
  return t;
}

const SCAN_NONE = 0;
const SCAN_SPELLED = 1; // only spelled-out mobile numbers are possible
const SCAN_ALL = 2;

/**
 * SCAN_ALL when the text has 5+ digits, a letter or an "@"; SCAN_SPELLED when it has at least 11
 * digits and Chinese numerals together; otherwise nothing can be found.
 */
function scanLevel(text: string): number {
  let digits = 0;
  let numerals = 0;
  for (let i = 0; i < text.length; i++) {
    const k = CHAR_CLASS[text.charCodeAt(i)]!;
    if (k === 0) continue;
    if (k === 1) {
      if (++digits >= 5) return SCAN_ALL;
    } else if (k === 2) numerals++;
    else return SCAN_ALL;
  }
  return digits + numerals >= 11 ? SCAN_SPELLED : SCAN_NONE;
}

/** Finds personal data in `text`. Indices and lengths refer to the original string. */
export function findPersonalData(text: string): PersonalDataFinding[] {
  if (!text) return [];
  const level = scanLevel(text);
  if (level === SCAN_NONE) return [];
  const { s, start } = prepare(text);
  const out: Candidate[] = [];
  /** `index` and `value` refer to the prepared text; the finding is mapped to the original. */
  const add = (kind: PersonalDataKind, index: number, value: string, masked: string, rank = RANK[kind]) => {
    if (start) {
      const from = start[index]!;
      out.push({ kind, index: from, length: start[index + value.length]! - from, masked, rank });
    } else {
      out.push({ kind, index, length: value.length, masked, rank });
    }
  };
  // The keyword patterns end with the value, so it starts at (end of match - its length).
  const valueAt = (m: RegExpExecArray, v: string) => m.index + m[0].length - v.length;
  let m: RegExpExecArray | null;

  let spaced = false;
  SCOUT_RE.lastIndex = 0;
  while ((m = SCOUT_RE.exec(s))) {
    const v = m[1];
    if (v === undefined) spaced = true;
    else add('mobile', valueAt(m, v), v, maskMobile(v.replace(CN_DIGIT_RE, (c) => CN_DIGIT_VALUE[c]!)));
  }
  if (level === SCAN_SPELLED) return resolve(out);
  const kp = spaced ? SPACED_KEYWORDS : PLAIN_KEYWORDS;

  DIGIT_RE.lastIndex = 0;
  while ((m = DIGIT_RE.exec(s))) {
    const g = m.groups!;
    if (g.id !== undefined) add('id-card', m.index, m[0], maskMiddle(digitsOf(m[0]), 3, 2));
    else if (g.mobile !== undefined) add('mobile', m.index, m[0], maskMobile(m[0]));
    else if (g.landline !== undefined) {
      const area = g.a1 ?? g.a2 ?? '0' + g.a3;
      add('landline', m.index, m[0], `${area}-${maskMiddle(digitsOf(g.local!), 0, 4)}`);
    } else if (!bareRunIsNotPersonal(s, m.index, m[0])) {
      add('student-number', m.index, m[0], maskMiddle(m[0], 2, 2), BARE_RANK);
    }
  }

  if (s.includes('@')) {
    EMAIL_RE.lastIndex = 0;
    while ((m = EMAIL_RE.exec(s))) {
      add('email', m.index, m[0], `${maskMiddle(m[1]!, 1, 0)}@${m[2]!.replace(/ /g, '').toLowerCase()}`);
    }
  }

  OBF_AT_SCAN.lastIndex = 0;
  while ((m = OBF_AT_SCAN.exec(s))) {
    // Back up over spaces and the would-be local part, then try the full pattern from there.
    let from = m.index;
    while (from > 0 && s[from - 1] === ' ') from--;
    const localEnd = from;
    while (from > 0 && EMAIL_LOCAL_CHAR.test(s[from - 1]!)) from--;
    if (from === localEnd) continue;
    EMAIL_OBF_RE.lastIndex = from;
    const e = EMAIL_OBF_RE.exec(s);
    if (!e) continue;
    const domain = e[2]!.replace(OBF_DOT_RE, '.').toLowerCase();
    add('email', from, e[0], `${maskMiddle(e[1]!, 1, 0)}@${domain}`);
    OBF_AT_SCAN.lastIndex = Math.max(OBF_AT_SCAN.lastIndex, EMAIL_OBF_RE.lastIndex);
  }

  WXID_RE.lastIndex = 0;
  while ((m = WXID_RE.exec(s))) add('wechat', m.index, m[0], maskMiddle(m[0], 5, 2));
  kp.wechat.lastIndex = 0;
  while ((m = kp.wechat.exec(s))) {
    const v = m[1]!;
    if (WECHAT_STOPWORDS.has(v.toLowerCase())) continue;
    const masked = /^[+\d]/.test(v) && digitsOf(v).length >= 11 ? maskMobile(v) : maskMiddle(v, 2, 2);
    add('wechat', valueAt(m, v), v, masked);
  }
  kp.qq.lastIndex = 0;
  while ((m = kp.qq.exec(s))) add('qq', valueAt(m, m[1]!), m[1]!, maskMiddle(m[1]!, 2, 2));
  kp.idCard.lastIndex = 0;
  while ((m = kp.idCard.exec(s))) {
    add('id-card', valueAt(m, m[1]!), m[1]!, maskMiddle(m[1]!.toUpperCase(), 3, 2));
  }
  kp.member.lastIndex = 0;
  while ((m = kp.member.exec(s))) {
    const v = m[2]!;
    const student = m[1] !== undefined;
    const bare = alnumOf(v);
    // "学号 unknown", "学号12345" (too short for a student number), "工号 1234 5678 9012 3456 7"
    if (!/\d/.test(v) || bare.length < (student ? 6 : 5) || bare.length > 14) continue;
    add(student ? 'student-number' : 'staff-number', valueAt(m, v), v, maskMiddle(bare, 2, 2));
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

/** Every string inside `value` (objects and arrays, down to `maxDepth` levels) that holds personal data, with its path. */
export function personalDataIn(value: unknown, maxDepth = 8): { path: (string | number)[]; findings: PersonalDataFinding[] }[] {
  const out: { path: (string | number)[]; findings: PersonalDataFinding[] }[] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (typeof v === 'string') {
      const findings = findPersonalData(v);
      if (findings.length) out.push({ path, findings });
    } else if (v && typeof v === 'object' && path.length < maxDepth) {
      for (const [k, x] of Object.entries(v)) walk(x, [...path, Array.isArray(v) ? Number(k) : k]);
    }
  };
  walk(value, []);
  return out;
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
