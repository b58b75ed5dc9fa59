import { describe, it, expect } from 'vitest';
import {
  findPersonalData,
  redactPersonalData,
  normalizeForMatching,
  PERSONAL_DATA_LABELS,
  type PersonalDataKind,
} from '../src/core/privacy.ts';

// Every number below is invented. Mobile numbers use the 138 0000 0000 style; ID-card numbers use
// the non-existent region 99xxxx and a wrong check digit, so none can belong to a real person.

/** [kind, the exact original substring] for each finding. */
function found(text: string): Array<[PersonalDataKind, string]> {
  return findPersonalData(text).map((f) => [f.kind, text.slice(f.index, f.index + f.length)]);
}

/** Expects exactly one finding of `kind` covering exactly `value` (which must occur once in `text`). */
function expectOne(text: string, kind: PersonalDataKind, value: string) {
  const findings = findPersonalData(text);
  expect(findings, text).toHaveLength(1);
  const f = findings[0]!;
  expect(f.kind, text).toBe(kind);
  expect(f.index, text).toBe(text.indexOf(value));
  expect(text.slice(f.index, f.index + f.length), text).toBe(value);
  expect(f.masked).toContain('*');
  return f;
}

const digitsOnly = (s: string) => normalizeForMatching(s).replace(/[^0-9A-Za-z]/g, '');

describe('mobile numbers', () => {
  const forms = [
    '13800000000',
    '138 0000 0000',
    '138-0000-0000',
    '138.0000.0000',
    '138 - 0000 - 0000',
    '+86 138 0000 0000',
    '+86-13800000000',
    '+8613800000000',
    '8613800000000',
    '0086 13800000000',
    '(+86)13800000000',
    '（+86）139 0000 0000',
    '15900001111',
    '19912345678',
  ];
  for (const form of forms) {
    it(`finds "${form}" in running text`, () => {
      expectOne(`请联系我${form}，谢谢`, 'mobile', form);
      expectOne(form, 'mobile', form);
    });
  }

  it('finds full-width digits and separators, with indices into the original', () => {
    expectOne('电话：１３８００００００００', 'mobile', '１３８００００００００');
    expectOne('电话：１３８－００００－００００。', 'mobile', '１３８－００００－００００');
    expectOne('电话：１３８　００００　００００。', 'mobile', '１３８　００００　００００');
    expectOne('电话＋８６　１３８００００００００', 'mobile', '＋８６　１３８００００００００');
    expectOne('手机138—0000—0000', 'mobile', '138—0000—0000'); // em dash
    expectOne('手机１３８0000００００', 'mobile', '１３８0000００００'); // mixed widths
  });

  it('masks as 138****0000', () => {
    expect(expectOne('手机 +86 138-0000-1234', 'mobile', '+86 138-0000-1234').masked).toBe('138****1234');
  });

  it('ignores numbers that are part of a longer digit run', () => {
    expect(found('编号123456789012345678')).toEqual([]); // 18 digits, not a valid ID
    expect(found('编号13800000000123')).toEqual([]); // 14 digits
    expect(found('编号213800000000').map(([k]) => k)).not.toContain('mobile');
    expect(found('138000000001').map(([k]) => k)).not.toContain('mobile');
  });

  it('does not take 1[0-2]x numbers for mobiles', () => {
    expect(found('12 000 0000').length).toBe(0);
    expect(found('号码120 0000 0000')).toEqual([]);
  });
});

describe('mobile numbers split or disguised', () => {
  it('takes line breaks between the groups as separators', () => {
    expectOne('电话138\n1234\n5678', 'mobile', '138\n1234\n5678');
    expectOne('电话138\n12345678', 'mobile', '138\n12345678');
    expectOne('电话138\r\n1234\r\n5678。', 'mobile', '138\r\n1234\r\n5678');
    expectOne('电话138 \n 1234 \n 5678', 'mobile', '138 \n 1234 \n 5678');
    expect(expectOne('电话138\n1234\n5678', 'mobile', '138\n1234\n5678').masked).toBe('138****5678');
  });

  it('takes runs of spaces, "_", "/" and "," between the groups as separators', () => {
    expectOne('电话138   1234   5678', 'mobile', '138   1234   5678');
    expectOne('电话138     12345678', 'mobile', '138     12345678');
    expectOne('138_1234_5678', 'mobile', '138_1234_5678');
    expectOne('手机138/1234/5678。', 'mobile', '138/1234/5678');
    expectOne('手机138,1234,5678。', 'mobile', '138,1234,5678');
    expectOne('手机138，1234，5678。', 'mobile', '138，1234，5678');
    expectOne('手机１３８＿１２３４＿５６７８', 'mobile', '１３８＿１２３４＿５６７８');
    expectOne('手机138／1234／5678', 'mobile', '138／1234／5678');
  });

  it('takes line breaks and new separators between ID and landline groups too', () => {
    expectOne('身份证 990101\n19900307\n123X', 'id-card', '990101\n19900307\n123X');
    expectOne('身份证 990101_19900307_1230', 'id-card', '990101_19900307_1230');
    expectOne('办公室010\n12345678', 'landline', '010\n12345678');
  });

  it('does not take ordinary lists, amounts and dates for numbers', () => {
    for (const text of [
      '1,2,3',
      '第1,2,3周',
      '房间101,102,103',
      '共1,380,000元',
      '138,000,000元',
      '2026/11/03',
      '2026_11_03',
      '2026/11/03 08:00',
      '11/03 12:30',
      '第138\n1234页',
      '共138页\n\n12345678人次',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  const invisible: Array<[string, string]> = [
    ['\u2060', 'word joiner'],
    ['\u00ad', 'soft hyphen'],
    ['\u202f', 'narrow no-break space'],
    ['\u200b', 'zero-width space'],
    ['\u200c', 'zero-width non-joiner'],
    ['\u200d', 'zero-width joiner'],
    ['\ufeff', 'zero-width no-break space'],
  ];
  for (const [ch, name] of invisible) {
    it(`finds numbers with a ${name} between groups or digits`, () => {
      const grouped = `138${ch}1234${ch}5678`;
      expect(expectOne(`电话${grouped}，谢谢`, 'mobile', grouped).masked).toBe('138****5678');
      const spread = [...'13812345678'].join(ch);
      expect(expectOne(`电话${spread}，谢谢`, 'mobile', spread).masked).toBe('138****5678');
      const id = `990101${ch}19900307${ch}123X`;
      expectOne(`证件${id}。`, 'id-card', id);
    });
  }

  it('finds mathematical bold, double-struck and monospace digits, with indices into the original', () => {
    const bold = '𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖';
    expect(bold.length).toBe(22);
    expect(expectOne(bold, 'mobile', bold).masked).toBe('138****5678');
    expect(expectOne(`😀电话：${bold}，谢谢`, 'mobile', bold).masked).toBe('138****5678');
    expectOne('电话𝟙𝟛𝟠𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠。', 'mobile', '𝟙𝟛𝟠𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠');
    expectOne('电话𝟷𝟹𝟾 𝟷𝟸𝟹𝟺 𝟻𝟼𝟽𝟾。', 'mobile', '𝟷𝟹𝟾 𝟷𝟸𝟹𝟺 𝟻𝟼𝟽𝟾');
    expectOne('手机𝟏𝟑𝟖1234５６７８', 'mobile', '𝟏𝟑𝟖1234５６７８'); // three kinds of digit
    expect(expectOne('学号𝟐𝟎𝟐𝟏𝟏𝟐𝟑𝟒𝟓𝟔', 'student-number', '𝟐𝟎𝟐𝟏𝟏𝟐𝟑𝟒𝟓𝟔').masked).toBe('20******56');
    expectOne('QQ：𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗', 'qq', '𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗');
  });

  it('maps every finding back to the original when characters were dropped or folded', () => {
    const text = '😀\u200b电话𝟏𝟑𝟖\u20601234\u00ad5678，QQ：1234\u200b5678，邮箱ｆａｋｅ＠ｅｘａｍｐｌｅ．ｃｏｍ😀';
    expect(found(text)).toEqual([
      ['mobile', '𝟏𝟑𝟖\u20601234\u00ad5678'],
      ['qq', '1234\u200b5678'],
      ['email', 'ｆａｋｅ＠ｅｘａｍｐｌｅ．ｃｏｍ'],
    ]);
    expect(redactPersonalData(text).text).toBe('😀\u200b电话[已隐去手机号]，QQ：[已隐去QQ号]，邮箱[已隐去电子邮箱]😀');
  });

  it('finds keycap digits and redacts their marks with them', () => {
    const keycaps = [...'13812345678'].map((d) => `${d}\ufe0f\u20e3`).join('');
    expectOne(`电话${keycaps}。`, 'mobile', keycaps);
  });

  it('finds a mobile in Chinese numerals after a phone keyword', () => {
    expect(expectOne('电话是一三八一二三四五六七八', 'mobile', '一三八一二三四五六七八').masked).toBe('138****5678');
    expect(expectOne('手机：幺三八〇〇〇〇一二三四', 'mobile', '幺三八〇〇〇〇一二三四').masked).toBe('138****1234');
    expect(expectOne('联系电话一三九零零零零五六七八。', 'mobile', '一三九零零零零五六七八').masked).toBe('139****5678');
    expectOne('手机号码：幺三八 零零零零 一二三四', 'mobile', '幺三八 零零零零 一二三四');
    expectOne('致电１３８一二三四五六七八', 'mobile', '１３８一二三四五六七八');
    expectOne('电 话 一 三 八 一 二 三 四 五 六 七 八', 'mobile', '一 三 八 一 二 三 四 五 六 七 八');
  });

  it('finds a mobile with a space or dash between every digit after a phone keyword', () => {
    expect(expectOne('电话1 3 8 1 2 3 4 5 6 7 8', 'mobile', '1 3 8 1 2 3 4 5 6 7 8').masked).toBe('138****5678');
    expectOne('电话：1-3-8-1-2-3-4-5-6-7-8。', 'mobile', '1-3-8-1-2-3-4-5-6-7-8');
    expectOne('Tel: 1 3 8 0 0 0 0 1 2 3 4', 'mobile', '1 3 8 0 0 0 0 1 2 3 4');
  });

  it('leaves Chinese numerals in ordinary prose alone', () => {
    for (const text of [
      '第一食堂三四个窗口',
      '一三五开放，二四六休息',
      '电话一直打不通，等了一二十分钟',
      '联系了三四次',
      '手机掉在一楼，二〇二六年十一月三日',
      '1 3 5 7 9 号床位', // no keyword, too short
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });
});

describe('landlines', () => {
  it('finds numbers with a bracketed or separated area code', () => {
    expectOne('办公室电话010-12345678', 'landline', '010-12345678');
    expectOne('服务台0571-8765 4321转人工', 'landline', '0571-8765 4321');
    expectOne('电话(021)12345678', 'landline', '(021)12345678');
    expectOne('电话（０２１）１２３４５６７８。', 'landline', '（０２１）１２３４５６７８');
    expectOne('电话 0755 26543210', 'landline', '0755 26543210');
    expectOne('电话+86 21 62345678', 'landline', '+86 21 62345678');
  });

  it('masks the local number but keeps the area code', () => {
    expect(expectOne('010-12345678', 'landline', '010-12345678').masked).toBe('010-****5678');
  });

  it('needs an area code with a leading 0 and a separator or brackets', () => {
    expect(found('电话62345678')).toEqual([]);
    expect(found('1571-8765 4321')).toEqual([]);
    expect(found('投诉编号2611-0427')).toEqual([]);
    expect(found('投诉编号2601-04271')).toEqual([]);
  });
});

describe('resident ID numbers', () => {
  it('finds 18-digit IDs with a plausible birth date', () => {
    expectOne('身份证990101199003071230', 'id-card', '990101199003071230');
    expectOne('证件 99010119900307123X 已核验', 'id-card', '99010119900307123X');
    expectOne('号码99010119900307123x', 'id-card', '99010119900307123x');
    expectOne('990202200512314561', 'id-card', '990202200512314561');
  });

  it('finds IDs written in 6-8-4 groups and in full width', () => {
    expectOne('身份证 990101 19900307 123X 。', 'id-card', '990101 19900307 123X');
    expectOne('身份证 990101-19900307-1230', 'id-card', '990101-19900307-1230');
    expectOne('证件：９９０１０１１９９００３０７１２３Ｘ', 'id-card', '９９０１０１１９９００３０７１２３Ｘ');
  });

  it('masks all but the first three and last two characters', () => {
    const f = expectOne('99010119900307123X', 'id-card', '99010119900307123X');
    expect(f.masked).toBe('990*************3X');
  });

  it('flags 15-digit old IDs only after a keyword', () => {
    expectOne('身份证号：990101900307123', 'id-card', '990101900307123');
    expectOne('身份证号码是990101900307123', 'id-card', '990101900307123');
    expect(found('编号990101900307123')).toEqual([]);
  });

  it('rejects implausible dates without a keyword', () => {
    expect(found('990101189003071230')).toEqual([]); // born 1890
    expect(found('990101199013071230')).toEqual([]); // month 13
    expect(found('990101199003321230')).toEqual([]); // day 32
  });

  it('takes any 18-character ID after a keyword', () => {
    expectOne('身份证：990101199013071230', 'id-card', '990101199013071230');
  });
});

describe('e-mail addresses', () => {
  it('finds plain and full-width addresses', () => {
    expectOne('邮箱test.user@example.com，', 'email', 'test.user@example.com');
    expectOne('邮箱：zhang_san+1@mail.example.edu.cn。', 'email', 'zhang_san+1@mail.example.edu.cn');
    expectOne('邮箱abc＠example．com', 'email', 'abc＠example．com');
    expectOne('QQ邮箱10000001@qq.com', 'email', '10000001@qq.com');
  });

  it('finds addresses with spaces around the "@" and internationalised domains', () => {
    expect(expectOne('邮箱 zhangsan @ example.com 谢谢', 'email', 'zhangsan @ example.com').masked).toBe('z*******@example.com');
    expectOne('邮箱zhangsan  ＠  example．com。', 'email', 'zhangsan  ＠  example．com');
    expect(expectOne('邮箱zhangsan@example.中国，', 'email', 'zhangsan@example.中国').masked).toBe('z*******@example.中国');
    expectOne('邮箱zhangsan@例子.公司', 'email', 'zhangsan@例子.公司');
    expectOne('邮箱𝐳𝐡𝐚𝐧𝐠@𝐞𝐱𝐚𝐦𝐩𝐥𝐞.𝐜𝐨𝐦。', 'email', '𝐳𝐡𝐚𝐧𝐠@𝐞𝐱𝐚𝐦𝐩𝐥𝐞.𝐜𝐨𝐦');
    expect(found('see you @ 12.30')).toEqual([]);
    expect(found('hi @ 宿管')).toEqual([]);
  });

  it('masks the local part and keeps the domain', () => {
    expect(expectOne('fakeuser@example.com', 'email', 'fakeuser@example.com').masked).toBe('f*******@example.com');
    expect(expectOne('ab@example.com', 'email', 'ab@example.com').masked).toBe('**@example.com');
  });

  it('finds common obfuscations', () => {
    expectOne('邮箱 fakeuser at qq dot com 谢谢', 'email', 'fakeuser at qq dot com');
    expectOne('邮箱fakeuser#qq.com', 'email', 'fakeuser#qq.com');
    expectOne('邮箱fakeuser(at)163.com', 'email', 'fakeuser(at)163.com');
    expectOne('邮箱fakeuser[at]example[dot]edu[dot]cn。', 'email', 'fakeuser[at]example[dot]edu[dot]cn');
    expectOne('邮箱fakeuser艾特qq点com', 'email', 'fakeuser艾特qq点com');
    const f = expectOne('fakeuser AT example DOT com', 'email', 'fakeuser AT example DOT com');
    expect(f.masked).toBe('f*******@example.com');
  });

  it('leaves building numbers and mentions alone', () => {
    expect(found('3#楼201室热水不热')).toEqual([]);
    expect(found('@宿管阿姨 请处理')).toEqual([]);
    expect(found('arrived at 12:30, left at the gate')).toEqual([]);
  });
});

describe('WeChat IDs', () => {
  const cases: Array<[string, string]> = [
    ['加我微信：fake_user01', 'fake_user01'],
    ['微信号 Fake-User_2026', 'Fake-User_2026'],
    ['微信号是abc123456', 'abc123456'],
    ['vx: abcdef', 'abcdef'],
    ['VX abcdef9', 'abcdef9'],
    ['wx：fakeuser', 'fakeuser'],
    ['WeChat: fake_user_01', 'fake_user_01'],
    ['wechat id fakeuser1', 'fakeuser1'],
    ['加微fakeuser8', 'fakeuser8'],
    ['加微信fakeuser8', 'fakeuser8'],
    ['微信：ｆａｋｅｕｓｅｒ１', 'ｆａｋｅｕｓｅｒ１'],
  ];
  for (const [text, id] of cases) {
    it(`finds the ID in "${text}"`, () => {
      expectOne(text, 'wechat', id);
    });
  }

  it('finds IDs after a keyword typed with spaces', () => {
    expectOne('微 信 zhangsan88', 'wechat', 'zhangsan88');
    expectOne('加 微 信：zhangsan88', 'wechat', 'zhangsan88');
    expectOne('V X: zhangsan88', 'wechat', 'zhangsan88');
    expect(found('微 信 公众号留言')).toEqual([]);
  });

  it('finds a phone number used as a WeChat ID, masked like a mobile', () => {
    const f = expectOne('微信同号：VX 13800001234', 'wechat', '13800001234');
    expect(f.masked).toBe('138****1234');
    expectOne('微信13800001234', 'wechat', '13800001234');
  });

  it('finds bare wxid_ IDs', () => {
    const f = expectOne('对方账号wxid_abcd1234efgh，', 'wechat', 'wxid_abcd1234efgh');
    expect(f.masked).not.toContain('abcd1234efgh');
  });

  it('ignores ordinary mentions of WeChat', () => {
    expect(found('微信公众号留言，30分钟内回复')).toEqual([]);
    expect(found('通过微信小程序提交')).toEqual([]);
    expect(found('微信 official account')).toEqual([]);
    expect(found('vx abc')).toEqual([]); // too short for an ID
    expect(found('微信 1abcdef')).toEqual([]); // an ID starts with a letter
  });
});

describe('QQ numbers', () => {
  it('finds numbers after QQ / qq / 扣扣', () => {
    expectOne('QQ：123456789', 'qq', '123456789');
    expectOne('qq 10001', 'qq', '10001');
    expectOne('扣扣号是2000000001', 'qq', '2000000001');
    expectOne('ＱＱ：１２３４５６７８', 'qq', '１２３４５６７８');
  });

  it('finds numbers after a keyword typed with spaces', () => {
    expectOne('Q Q 123456789', 'qq', '123456789');
    expectOne('q q：123456789', 'qq', '123456789');
    expectOne('扣 扣 号 12345678', 'qq', '12345678');
    expectOne('企鹅号 12345678', 'qq', '12345678');
    expect(found('Q Q 群里通知了')).toEqual([]);
  });

  it('masks the middle', () => {
    expect(expectOne('QQ 12345678', 'qq', '12345678').masked).toBe('12****78');
    expect(expectOne('QQ 12345', 'qq', '12345').masked).not.toContain('12345');
  });

  it('ignores short numbers and plain mentions', () => {
    expect(found('QQ 1234')).toEqual([]);
    expect(found('QQ群里通知了')).toEqual([]);
  });
});

describe('student and staff numbers', () => {
  const student: Array<[string, string]> = [
    ['学号：2023000001', '2023000001'],
    ['学号2023000001的同学', '2023000001'],
    ['学号为S2023001', 'S2023001'],
    ['student ID: S20230001', 'S20230001'],
    ['Student No. 20230001', '20230001'],
    ['一卡通 20230001', '20230001'],
    ['一卡通号：20230001', '20230001'],
    ['卡号20230001', '20230001'],
    ['学号：２０２３００００１', '２０２３００００１'],
    ['学号：2021 1234 56', '2021 1234 56'],
    ['学号 2021-1234-56', '2021-1234-56'],
    ['学 号 2021123456', '2021123456'],
  ];
  for (const [text, value] of student) {
    it(`finds a student number in "${text}"`, () => {
      expectOne(text, 'student-number', value);
    });
  }

  const staff: Array<[string, string]> = [
    ['工号 T123456', 'T123456'],
    ['职工号:00012345', '00012345'],
    ['教工号 A00123', 'A00123'],
    ['员工号是100234', '100234'],
    ['staff no. 123456', '123456'],
    ['Staff ID 9000123', '9000123'],
    ['职工号 88001', '88001'],
    ['工号 12345', '12345'],
    ['工 号：12345', '12345'],
  ];
  for (const [text, value] of staff) {
    it(`finds a staff number in "${text}"`, () => {
      expectOne(text, 'staff-number', value);
    });
  }

  it('flags a bare run of 10-13 digits as a student number', () => {
    expectOne('同学2023123456反映热水不热', 'student-number', '2023123456');
    expectOne('编号202312345678', 'student-number', '202312345678');
    expectOne('２０２３１２３４５６７', 'student-number', '２０２３１２３４５６７');
  });

  it('does not guess without a keyword for shorter or longer runs', () => {
    expect(found('共123456789元')).toEqual([]);
    expect(found('20231234567890')).toEqual([]);
    expect(found('学号 unknown')).toEqual([]);
    expect(found('学号12345')).toEqual([]); // 5 digits: a staff number, not a student number
    expect(found('工号 1234')).toEqual([]);
    expect(found('员工 12345 人')).toEqual([]);
  });

  it('does not take parcel, order and ISBN numbers or compact timestamps for student numbers', () => {
    for (const text of [
      '快递单号 SF1234567890123',
      '运单号 YT1234567890123',
      '订单号 202611031230123',
      '订单号：2026110312301',
      '快递单号：1234567890123',
      'ISBN 9787111213826',
      'ISBN：9787111213826',
      '书号9787111213826',
      '202611031230',
      '维修时间202611031230左右',
      '199912312359',
      'SF1234567890123',
      'JD0012345678901',
      '1234567890123SF',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('still flags a bare run elsewhere, and any run after a student or staff keyword', () => {
    expectOne('我的是2021123456', 'student-number', '2021123456');
    expectOne('订单说明：2021123456', 'student-number', '2021123456');
    expectOne('202613031230', 'student-number', '202613031230'); // month 13: not a timestamp
    expectOne('学号 202611031230', 'student-number', '202611031230');
    expectOne('学号SF1234567890', 'student-number', 'SF1234567890');
    expectOne('工号：202611031230', 'staff-number', '202611031230');
    expect(found('ISBN 9787111213826，学号2021123456')).toEqual([['student-number', '2021123456']]);
  });

  it('ignores decimal fractions', () => {
    expect(found('3.14159265358979')).toEqual([]);
  });
});

describe('ordinary complaint text', () => {
  const negatives = [
    '东区A栋203室,11月3日12:30左右',
    '一食堂3号窗口',
    '花了15元',
    '校车2路晚点20分钟',
    '投诉编号2611-0427',
    '投诉编号2611-04271',
    '2026-11-03T14:05:00+08:00',
    '2026-11-03T14:05:00.123Z',
    '约1200人',
    '0.5元',
    '30分钟内',
    '第12周',
    '2026年11月3日至11月5日',
    '11月3日 12:30-13:45',
    '2026/11/03 08:00',
    '20261103',
    '退款￥1,380.00元',
    'B座1203室、1204室、1205室',
    '面积约120.5平方米，温度18.5℃',
    '共3个工作日，24小时热线',
    '2号楼 3单元 501',
    'A栋203—205室',
    'The fan in room 301 is noisy; repair team notified at 09:15.',
    '第一食堂二楼东侧面食窗口，塑料碗内有黑色污渍；洗碗机滤网堵塞，已清理。',
    '微信公众号留言：已收到，正在核实（10分钟后回复）。',
    '维修组于2026-11-03T14:05:00+08:00到场，关闭总阀，30分钟内恢复供水，2小时办结。',
  ];
  for (const text of negatives) {
    it(`finds nothing in "${text}"`, () => {
      expect(found(text)).toEqual([]);
      expect(redactPersonalData(text).text).toBe(text);
    });
  }

  it('returns quickly for empty and digit-poor text', () => {
    expect(findPersonalData('')).toEqual([]);
    expect(findPersonalData('已受理')).toEqual([]);
    expect(findPersonalData('一食堂3号窗口，12:30')).toEqual([]);
  });
});

describe('redactPersonalData', () => {
  it('replaces each finding with its kind-specific label', () => {
    const text =
      '东区A栋203室，联系电话13800001234，微信fake_user01，邮箱fakeuser@example.com，学号2023000001，投诉编号2611-0427。';
    const r = redactPersonalData(text);
    expect(r.text).toBe(
      '东区A栋203室，联系电话[已隐去手机号]，微信[已隐去微信号]，邮箱[已隐去电子邮箱]，学号[已隐去学号]，投诉编号2611-0427。',
    );
    expect(r.findings.map((f) => f.kind)).toEqual(['mobile', 'wechat', 'email', 'student-number']);
  });

  it('labels every kind', () => {
    const samples: Record<PersonalDataKind, string> = {
      mobile: '13800001234',
      landline: '010-12345678',
      'id-card': '99010119900307123X',
      email: 'fakeuser@example.com',
      wechat: 'wxid_abcd1234',
      qq: 'QQ 12345678',
      'student-number': '学号 2023000001',
      'staff-number': '工号 T123456',
    };
    for (const [kind, sample] of Object.entries(samples) as Array<[PersonalDataKind, string]>) {
      const r = redactPersonalData(`内容：${sample}。`);
      expect(r.findings.map((f) => f.kind)).toEqual([kind]);
      expect(r.text).toContain(`[已隐去${PERSONAL_DATA_LABELS[kind].zh}]`);
    }
  });

  it('keeps the keyword and redacts only the value', () => {
    expect(redactPersonalData('QQ：123456789').text).toBe('QQ：[已隐去QQ号]');
    expect(redactPersonalData('工号 T123456 已登记').text).toBe('工号 [已隐去工号] 已登记');
  });

  it('redacts full-width input at the right place', () => {
    const text = '联系：１３８－００００－１２３４，邮箱ａｂｃ＠ｅｘａｍｐｌｅ．ｃｏｍ。';
    expect(redactPersonalData(text).text).toBe('联系：[已隐去手机号]，邮箱[已隐去电子邮箱]。');
  });

  it('returns the text unchanged when nothing is found', () => {
    const text = '一食堂3号窗口，花了15元';
    expect(redactPersonalData(text)).toEqual({ text, findings: [] });
  });
});

describe('positions and masking', () => {
  it('reports indices into the original string with full-width text and astral characters before', () => {
    const text = '😀😀（全角）电话：１３８　００００　１２３４，ＱＱ：１２３４５６，邮箱ｆａｋｅ＠ｅｘａｍｐｌｅ．ｃｏｍ';
    const expected: Array<[PersonalDataKind, string]> = [
      ['mobile', '１３８　００００　１２３４'],
      ['qq', '１２３４５６'],
      ['email', 'ｆａｋｅ＠ｅｘａｍｐｌｅ．ｃｏｍ'],
    ];
    expect(found(text)).toEqual(expected);
    for (const f of findPersonalData(text)) {
      expect(f.index).toBe(text.indexOf(text.slice(f.index, f.index + f.length)));
    }
  });

  it('returns findings sorted and non-overlapping', () => {
    const text = '电话13800001234 QQ 12345678 邮箱12345678@qq.com 身份证99010119900307123X 微信13800005678';
    const findings = findPersonalData(text);
    expect(findings.map((f) => f.kind)).toEqual(['mobile', 'qq', 'email', 'id-card', 'wechat']);
    for (let i = 1; i < findings.length; i++) {
      expect(findings[i]!.index).toBeGreaterThanOrEqual(findings[i - 1]!.index + findings[i - 1]!.length);
    }
  });

  it('never puts the full value in the masked excerpt', () => {
    const samples = [
      '13800001234',
      '+86 138 0000 1234',
      '０１０－１２３４５６７８',
      '99010119900307123X',
      '身份证990101900307123',
      'fakeuser@example.com',
      'fakeuser at example dot com',
      '微信 fake_user01',
      'wxid_abcd1234efgh',
      'QQ 10001',
      'QQ 123456789',
      '学号 2023000001',
      '工号 A00123',
      '2023123456',
      '2023123456789',
      '电话138\n1234\n5678',
      '138_1234_5678',
      '学号：2021 1234 56',
      '职工号 88001',
      '工号 12345',
      'zhangsan @ example.com',
      'zhangsan@example.中国',
      'Q Q 123456789',
      '微 信 zhangsan88',
      '电话1 3 8 1 2 3 4 5 6 7 8',
    ];
    for (const sample of samples) {
      const findings = findPersonalData(sample);
      expect(findings, sample).toHaveLength(1);
      const f = findings[0]!;
      const value = sample.slice(f.index, f.index + f.length);
      const bare = digitsOnly(value);
      const masked = f.masked.replace(/[^0-9A-Za-z]/g, '');
      expect(masked, sample).not.toContain(bare);
      expect(f.masked, sample).not.toContain(value);
      expect(f.masked, sample).toMatch(/\*{4,}|^\*+@/);
    }
  });
});

describe('masking of folded and spelled-out numbers', () => {
  it('never puts the number in the masked excerpt', () => {
    const samples: Array<[string, string]> = [
      ['𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖', '13812345678'],
      ['电话1\u200b3\u200b8\u200b1\u200b2\u200b3\u200b4\u200b5\u200b6\u200b7\u200b8', '13812345678'],
      ['电话是一三八一二三四五六七八', '13812345678'],
      ['学号𝟐𝟎𝟐𝟏𝟏𝟐𝟑𝟒𝟓𝟔', '2021123456'],
    ];
    for (const [sample, number] of samples) {
      const findings = findPersonalData(sample);
      expect(findings, sample).toHaveLength(1);
      const f = findings[0]!;
      expect(f.masked, sample).not.toContain(number);
      expect(f.masked, sample).toMatch(/\*{4,}/);
      expect(f.masked, sample).not.toContain(sample.slice(f.index, f.index + f.length));
    }
  });
});

describe('speed on adversarial input', () => {
  it('stays linear on 60 KB of repeated separators, keywords and spaces', () => {
    const inputs = [
      '1 '.repeat(30_000),
      '138   '.repeat(10_000),
      '1234_'.repeat(12_000),
      '1,'.repeat(30_000),
      '1\n'.repeat(30_000),
      '1'.repeat(60_000),
      'Q '.repeat(30_000),
      '微 '.repeat(30_000),
      ' '.repeat(60_000),
      '电话' + '一'.repeat(60_000),
      '电话' + '1 '.repeat(30_000),
      '学号 ' + '12 '.repeat(20_000),
      'a @ '.repeat(15_000),
      'a@' + 'b.'.repeat(30_000),
      '𝟏\u200b'.repeat(20_000),
      '2021123456 '.repeat(5_500),
      'SF1234567890123 '.repeat(3_750),
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      findPersonalData(text);
      const ms = performance.now() - t0;
      expect(ms, JSON.stringify(text.slice(0, 12))).toBeLessThan(250);
    }
  });
});

describe('labels and normalisation', () => {
  it('has a Chinese and an English label for every kind', () => {
    const kinds: PersonalDataKind[] = ['mobile', 'landline', 'id-card', 'email', 'wechat', 'qq', 'student-number', 'staff-number'];
    expect(Object.keys(PERSONAL_DATA_LABELS).sort()).toEqual([...kinds].sort());
    const zh = new Set(kinds.map((k) => PERSONAL_DATA_LABELS[k].zh));
    expect(zh.size).toBe(kinds.length);
    for (const k of kinds) expect(PERSONAL_DATA_LABELS[k].en).toMatch(/^[a-zA-Z][a-zA-Z -]+$/);
  });

  it('keeps the length of the text and maps full-width forms to ASCII', () => {
    const text = '１３８　－．＠ＡＢｃ＿，：（）①⑩ﬁ㍉😀—\u200b';
    const n = normalizeForMatching(text);
    expect(n.length).toBe(text.length);
    expect(n.slice(0, 10)).toBe('138 -.@ABc');
    expect(n).toContain('_，：（）①⑩ﬁ㍉😀- ');
    expect(normalizeForMatching('1\u202f2／3\u20284')).toBe('1 2/3\n4');
  });
});

describe('spellings found in a break-it pass', () => {
  it('finds mobiles with other separators, a bracketed first group, or spelled out without a keyword', () => {
    for (const v of ['138·0000·0000', '138•0000•0000', '138、0000、0000', '138~0000~0000', '(138)0000-0000', '【138】00000000'])
      expectOne(`请联系 ${v} 谢谢`, 'mobile', v);
    for (const v of ['1 3 8 0 0 0 0 0 0 0 0', '一三八〇〇〇〇〇〇〇〇', '壹叁捌零零零零零零零零', '①③⑧⓪⓪⓪⓪⓪⓪⓪⓪'])
      expectOne(`找我 ${v} 就行`, 'mobile', v);
  });

  it('finds an e-mail written with spaces, and WeChat, QQ and staff numbers behind other keywords', () => {
    expectOne('发到 zhangsan @ example . com 吧', 'email', 'zhangsan @ example . com');
    for (const [text, v] of [['薇信 abc12345', 'abc12345'], ['加V abc12345', 'abc12345'], ['V：abc12345', 'abc12345'], ['wei xin: abc12345', 'abc12345']] as const)
      expectOne(text, 'wechat', v);
    expectOne('Q号 12345678', 'qq', '12345678');
    expectOne('员工编号 123456', 'staff-number', '123456');
  });

  it('still leaves ordinary complaint text alone', () => {
    for (const t of [
      '一楼、二楼、三楼的灯都不亮', '101、102、103 宿舍停水', '第一二三四五六七八个窗口', '价格 13.5 元、12 元',
      '周一至周五 8:00-17:00', '3、4、5 号楼', 'V 领口的校服', '报修单 2026 1203 0001', '下午 3 点到 5 点',
    ]) expect(found(t), t).toEqual([]);
  });
});
