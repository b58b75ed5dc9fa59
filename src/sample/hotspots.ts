// Planted recurring hotspots, in addition to the random background, so that the monthly trend
// pages have something real to find:
//   (a) 2026-11  第一食堂 (canteen-1) 面食窗口, canteen-hygiene: plastic bowls with black stains
//       inside, 5 complaints; the first is reopened, the last carries the internal note that finds
//       the root cause (a clogged dishwasher filter).
//   (b) 2026-01  东区B栋 (east-dorm-b) 5楼, water-power: shower hot water not hot, 5 rooms on the same
//       floor; root cause a faulty return valve on the floor's hot-water branch.
//   (c) 2026-09  东西校区校车线 (shuttle-line), shuttle, external (tongda-bus): late departures in
//       the morning peak, 4 complaints; root cause buses in for servicing and no spare bus.
//   (d) 2026-07  西区2号学生公寓 (west-dorm-2), hvac: air-conditioners leaking water, 4 complaints;
//       root cause condensate outlets blocked by debris on the outdoor-unit platforms.
// In every cluster the early complaints get a fix that does not last (in (a) and (b) the first one
// is reopened), the last one carries the internal (public: false) root-cause note and the real fix,
// and each record lists the cluster's earlier ids in `related`. A hotspot is planted only when its
// month lies inside [from, to], its building exists in the config, and count leaves room for a
// background at least as large as the planted records.
import { shanghaiParts, SHANGHAI_OFFSET_MS } from '../core/time.ts';
import { DAY, HOUR_MS, HOUR_TABLES, MIN } from './calendar.ts';
import type { Cluster, Draft, DraftSeed, Env } from './model.ts';
import type { HourProfile, Problem } from './problems.ts';

export interface PlantedHotspot {
  month: string;
  building: string;
  window?: string;
  room?: string;
  category: string;
  minCount: number;
  description: string;
}

export const PLANTED_HOTSPOTS: PlantedHotspot[] = [
  {
    month: '2026-11', building: 'canteen-1', window: '面食窗口', category: 'canteen-hygiene', minCount: 4,
    description: '第一食堂面食窗口塑料碗内壁有黑色污渍，反复出现；根因是洗碗机过滤网堵塞（见当月最后一条的内部备注）。',
  },
  {
    month: '2026-01', building: 'east-dorm-b', category: 'water-power', minCount: 4,
    description: '东区B栋5楼多间宿舍淋浴热水不热；根因是该层热水支管回水阀故障。',
  },
  {
    month: '2026-09', building: 'shuttle-line', category: 'shuttle', minCount: 3,
    description: '开学后早高峰校车多次晚点发车（承包商通达客运）；根因是车辆轮流进厂检修、缺少备用车。',
  },
  {
    month: '2026-07', building: 'west-dorm-2', category: 'hvac', minCount: 3,
    description: '西区2号学生公寓多间宿舍空调漏水；根因是外机平台杂物堵塞冷凝水排水管。',
  },
];

interface PlantSpec {
  hotspot: PlantedHotspot;
  problem: Problem;
  days: number[];
  hours: HourProfile;
  rooms?: string[];
  fl?: string;
  fix: string;
  rootNote: string;
  rootFix: string;
  reopen?: { note: string; fix: string };
}

// Planted problems: title[i], body[i] and ask[i] belong to the i-th complaint of the cluster.
const P_BOWLS: Problem = {
  key: 'planted-bowls', cat: 'canteen-hygiene', where: ['#canteen-1'], onset: 'today', hours: 'meal', win: '面食', ext: 1, pair: true,
  demand: [['improvement', 0.7], ['refund', 0.3]],
  title: [
    '{c}面食窗口塑料碗内壁有黑色污渍', '{c}面食窗口的碗里面有黑点，洗不干净', '{c}面食窗口碗底有黑色残渣',
    '面食窗口的塑料碗又有黑色污渍', '{c}面食窗口的碗还是发黑，问题一直没解决',
  ],
  body: [
    '{tod}在{c}面食窗口买了一碗[牛肉面|刀削面]，吃到一半发现塑料碗内壁有一圈黑色的污渍，用纸巾都擦不掉。',
    '{tod}在{c}面食窗口吃面，塑料碗里面有黑色的小斑点，用手一摸黏黏的，换了一个碗还是这样。',
    '{tod}在{c}面食窗口买的臊子面，吃完发现碗底有一层黑色的残渣，[旁边同学的碗也一样|不像是面里的东西]。',
    '这已经不是第一次了，{c}面食窗口的塑料碗内侧总有黑色污渍，{tod}又碰到了，[看着很不放心|吃面的心情都没了]。',
    '听说好多人都反映过{c}面食窗口的碗有黑色污渍，{tod}去吃面还是一样，碗沿和内壁都有黑印子。',
  ],
  ask: [
    '希望彻底清洗消毒这批碗，必要时换新。', '希望退款，并把餐具清洗的问题查清楚。', '希望查一下餐具是怎么洗的。',
    '希望查一下餐具到底是怎么洗的，不要只是换个碗。', '希望找到根本原因，别再只是重新洗一遍。',
  ],
  fix: [],
};

const P_SHOWER: Problem = {
  key: 'planted-shower', cat: 'water-power', where: ['#east-dorm-b'], onset: 'days', demand: 'repair', pair: true,
  title: ['{b}{room}宿舍淋浴热水不热', '{b}{room}洗澡水一直是温的', '{b}{room}宿舍热水出水不热', '{b}5楼热水温度上不来', '{b}5楼又没有热水了'],
  body: [
    '{room}宿舍卫生间淋浴放了十几分钟水还是温的，[晚上洗澡冻得发抖|天这么冷根本洗不了]。',
    '{room}宿舍这几天洗澡的水一直是温的，开到最热也不行，[只能去别的楼洗|只好烧水擦一擦]。',
    '{room}宿舍热水要放很久才出来，而且一会儿就凉了。听说同层其他宿舍也是这样。',
    '这几天{b}5楼洗澡的热水都不热，{room}宿舍[开到最热也只是温水|水温一直上不来]，好几个宿舍都这样。',
    '5楼前几天已经有好几个宿舍报修过，{room}宿舍现在还是没有热水，[晚上洗澡冻得发抖|天这么冷根本洗不了]。',
  ],
  ask: ['希望尽快检修。', '希望尽快派人来看看。', '希望尽快检修。', '希望查一下是不是整层的热水管有问题。', '希望彻底查清原因，不要修了又坏。'],
  fix: [],
};

const P_SHUTTLE: Problem = {
  key: 'planted-shuttle', cat: 'shuttle', where: ['#shuttle-line'], onset: 'now', hours: 'commute', ext: 1, demand: 'improvement', pair: true,
  title: ['早高峰{dep}{dir}的校车晚点发车', '{dir}的校车晚了十几分钟才来', '{dir}的校车连着几天不按时发车', '校车又晚点了，早高峰的班次晚了二十多分钟'],
  body: [
    '{tod}{dep}{dir}的校车过了十五分钟才来，站台上排了好几十个人，[第一节课迟到了|差点没赶上第一节课]。',
    '{tod}{dep}{dir}的校车晚了十几分钟才发车，司机说车在检修，也没有提前通知。',
    '开学以来{dir}的校车好几次都没按时刻表发车，{tod}{dep}那班又晚了十几分钟，[差点没赶上考试|站台上挤满了赶早课的同学]。',
    '{tod}{dep}的校车到点了还没到站，晚了二十多分钟才来，这个月已经好几次了。',
  ],
  ask: ['希望按时刻表准点发车。', '希望有变动能提前通知。', '希望早高峰多安排车辆，保证准点。', '希望彻底解决早高峰晚点的问题。'],
  fix: [],
};

const P_AC_LEAK: Problem = {
  key: 'planted-ac-leak', cat: 'hvac', where: ['#west-dorm-2'], onset: 'days', demand: 'repair', pair: true,
  title: ['{b}{room}宿舍空调漏水', '{b}{room}空调往下滴水，床铺湿了', '{b}{room}宿舍空调内机滴水', '{b}{room}空调也漏水了'],
  body: [
    '{room}宿舍空调开了半个小时，内机就开始往下滴水，地上接了两个盆。',
    '{room}宿舍空调一直往下滴水，正好滴在下面的床上，被子都湿了。',
    '这几天{room}宿舍空调一开就漏水，晚上热得不行也不敢开。',
    '{room}宿舍空调也开始漏水了，听说楼里好几个宿舍都有这个情况。',
  ],
  ask: ['希望尽快修好。', '希望尽快来修，被子都没法盖了。', '希望尽快修一下。', '希望查一下是不是整栋楼的排水管有问题。'],
  fix: [],
};

const PLANTS: PlantSpec[] = [
  {
    hotspot: PLANTED_HOTSPOTS[0]!, problem: P_BOWLS, days: [3, 9, 13, 19, 25], hours: 'meal',
    fix: '{con}已对面食窗口全部塑料碗重新清洗消毒，膳食科现场抽查合格。',
    reopen: { note: '投诉人再次反映，面食窗口的碗仍有黑色污渍，已再次联系{con}。', fix: '已要求面食窗口对餐具逐个检查，有污渍的碗全部重新清洗，膳食科连续三天抽查。' },
    rootNote: '本月面食窗口同类反映已有多起。膳食科会同{con}排查，发现该窗口洗碗机过滤网堵塞、循环水浑浊，塑料碗内壁残留黑色污渍。已清理过滤网、更换循环水，要求每天收餐后清洗过滤网并登记。',
    rootFix: '已查明原因：洗碗机过滤网堵塞，餐具清洗不净。{con}已清理过滤网并建立每日清洗登记，有污渍的塑料碗已全部更换，膳食科将连续两周抽查。',
  },
  {
    hotspot: PLANTED_HOTSPOTS[1]!, problem: P_SHOWER, days: [5, 7, 8, 11, 13], hours: 'general',
    rooms: ['503', '507', '511', '514', '518'], fl: '5',
    fix: '已检查{room}宿舍混水阀并重新调试，水温暂时恢复，将继续观察。',
    reopen: { note: '投诉人反映热水又不热了，已重新派单。', fix: '已再次调试混水阀，水温恢复，将与同层情况一并排查。' },
    rootNote: '5楼已有多间宿舍反映热水不热，排查发现该层热水支管回水阀故障，热水循环不到位，与单间混水阀无关。',
    rootFix: '已更换5楼热水支管回水阀，逐间放水测试，水温恢复正常。',
  },
  {
    hotspot: PLANTED_HOTSPOTS[2]!, problem: P_SHUTTLE, days: [7, 10, 16, 22], hours: 'commute',
    fix: '已将情况反馈{con}，要求该班次按点发车，并向投诉人致歉。',
    rootNote: '本月早高峰校车已多次晚点。与{con}核实：开学后两辆车轮流进厂检修，早高峰没有备用车，发车间隔被拉长。已要求其调配一辆备用车专跑早高峰。',
    rootFix: '{con}已增派备用车，早高峰按时刻表发车；车队将连续一周在发车点核查准点情况。',
  },
  {
    hotspot: PLANTED_HOTSPOTS[3]!, problem: P_AC_LEAK, days: [2, 5, 8, 10], hours: 'general',
    fix: '已疏通{room}宿舍空调排水管，试机不再漏水。',
    rootNote: '本楼本月已有多间宿舍反映空调漏水。排查发现外机平台上的落叶杂物堵住了冷凝水排水管出口，并非单台空调故障，已安排对全楼统一疏通。',
    rootFix: '已完成全楼空调排水管疏通和外机平台清理，{room}宿舍试机不再漏水。',
  },
];

export function plantedSeeds(env: Env, fromMs: number, toMs: number): Array<{ seed: DraftSeed; cluster: Cluster }> {
  const { r } = env;
  const out: Array<{ seed: DraftSeed; cluster: Cluster }> = [];
  for (const spec of PLANTS) {
    const place = env.places.find((p) => p.id === spec.hotspot.building);
    if (!place || !env.categories.has(spec.problem.cat)) continue;
    const [y, m] = spec.hotspot.month.split('-').map(Number) as [number, number];
    const members: Draft[] = [];
    const seeds: Array<{ seed: DraftSeed; cluster: Cluster }> = [];
    spec.days.forEach((day, i) => {
      let start = Date.UTC(y, m - 1, day) - SHANGHAI_OFFSET_MS;
      if (spec.hours === 'commute') {
        const wd = shanghaiParts(start + 12 * HOUR_MS).weekday;
        if (wd === 0) start += DAY; else if (wd === 6) start += 2 * DAY;
      }
      const hour = spec.hours === 'commute' ? r.pick([7, 8]) : r.draw(HOUR_TABLES[spec.hours]);
      const ms = start + hour * HOUR_MS + r.int(0, 59) * MIN + r.int(0, 59) * 1000;
      if (ms < fromMs || ms > toMs) return;
      const last = i === spec.days.length - 1;
      const cluster: Cluster = {
        members,
        fix: last ? spec.rootFix : spec.fix,
        rootNote: last ? spec.rootNote : undefined,
        reopen: i === 0 ? spec.reopen : undefined,
      };
      seeds.push({
        seed: {
          ms, problem: spec.problem, place, urgent: false, forceExt: !!spec.problem.ext, noExt: !spec.problem.ext, variant: i, noBox: true,
          fixed: { room: spec.rooms?.[i], fl: spec.fl, window: spec.hotspot.window },
        },
        cluster,
      });
    });
    if (seeds.length < spec.hotspot.minCount) continue; // a partial cluster would not be a hotspot
    out.push(...seeds);
  }
  return out;
}
