// Text pools for the sample ledger (data only; the engine is generate.ts).
//
// Templates use a tiny notation expanded with the seeded PRNG:
//   [a|b|c]  one of the alternatives (an empty alternative is allowed: [很|])
//   {var}    a place or time variable:
//            b     short building name (东区B栋, 一食堂, 东区快递服务点)
//            room  room number (302); fl its floor (3)
//            spot  a place inside a teaching building or library (305教室, 三楼自习区)
//            c     canteen short name (一食堂); win the window (面食窗口); dish what that window sells
//            tod   when it happened (今天中午, 昨天晚上); meal (午饭)
//            dir   shuttle direction (东区开往西区); dep departure time (7:40)
//            con   contractor short name (禾丰餐饮); office the category's team (维修组)
//            diag  the on-site finding; parts the part waited for
// No names, phone numbers or other personal data: roles only (维修师傅, 宿管阿姨).

export type Demand = 'repair' | 'replace' | 'refund' | 'compensation' | 'improvement' | 'apology' | 'explanation' | 'other';
export type HourProfile = 'general' | 'meal' | 'commute' | 'class' | 'urgent' | 'parcel';
export type Season = 'summer' | 'winter' | 'warm' | 'term';

export interface Problem {
  key: string;
  cat: string;
  /** Building kinds, or 'student-dorm' / 'staff-dorm', or '#id' for one building. */
  where: string[];
  /** Relative weight inside its category (default 1). */
  w?: number;
  season?: Season;
  urgent?: boolean;
  /** Probability that the fault is a contractor's (only where the place has a contractor). */
  ext?: number;
  /** When it happened relative to receipt: minutes before, earlier the same day, or days before (date only). */
  onset: 'now' | 'today' | 'days';
  hours?: HourProfile;
  /** Prefer windows whose name contains this ('' = any window); absent = no window. */
  win?: string;
  /** Meal-time problems: which meals it can happen at (default all). */
  meals?: Array<'breakfast' | 'lunch' | 'dinner'>;
  /** Floor range in a student dorm (e.g. high floors only). */
  floors?: [number, number];
  /** Only at places that have such a window. */
  winStrict?: boolean;
  /** Avoid windows whose name contains one of these (breakfast or self-service counters). */
  winNot?: string[];
  demand: Demand | Array<[Demand, number]>;
  title: string[];
  body: string[];
  ask: string[];
  /** On-site finding, without final punctuation ("确认是阀芯磨损"). */
  diag?: string[];
  /** Part that sometimes has to be ordered. */
  parts?: string;
  fix: string[];
  /** Urgent: how the situation was first brought under control. */
  control?: string[];
  /** Out of the centre's scope: the rejection note. */
  reject?: string[];
  /** title[i], body[i], diag[i] and fix[i] belong together (arrays of equal length, or of length 1). */
  pair?: boolean;
  /** The same problem as found by a supervisor on patrol (staff voice, body and demand in one);
   * only problems with such a text can come from a patrol. */
  patrol?: string[];
  /** Another team that also acted (e.g. cleaning after a flood). */
  extraTeam?: string;
  extraNote?: string[];
  speed?: 'fast' | 'normal' | 'slow';
  /** Probability that the complainant is staff (teachers in classrooms). */
  staff?: number;
}

export const PROBLEMS: Problem[] = [
  // ───────────── 宿舍维修 dorm-repair ─────────────
  {
    key: 'tap-drip', cat: 'dorm-repair', where: ['dorm'], onset: 'days', demand: 'repair', w: 3,
    title: ['{b}{room}宿舍水龙头关不紧，一直滴水', '{room}宿舍水龙头[拧不紧|一直滴水]', '{b}{room}宿舍水龙头漏水'],
    body: [
      '{room}宿舍卫生间洗手池的水龙头关不紧，[一直在滴水|拧到底还是滴个不停]，晚上[滴答声很吵|躺在床上都听得很清楚]，已经[三四天|快一个星期]了。',
      '{room}宿舍阳台洗衣池的水龙头[把手松了|关上以后还在往下滴]，[接了一盆水一晚上就满了|水费也是我们自己出]。',
    ],
    ask: ['希望尽快派师傅来[换一个|修一下]。', '麻烦尽快安排维修，一直滴着太浪费水了。'],
    diag: ['确认是阀芯磨损', '检查发现水龙头内部密封圈老化'], parts: '水龙头阀芯',
    fix: ['已更换水龙头，试用正常。', '已更换阀芯和密封圈，不再滴水。'],
  },
  {
    key: 'door-lock', cat: 'dorm-repair', where: ['student-dorm'], onset: 'days', demand: 'repair', w: 2, pair: true,
    title: ['{room}宿舍门锁锁芯卡住，钥匙拧不动', '{b}{room}宿舍门锁把手松脱'],
    body: [
      '{room}宿舍的门锁从[前天|上周末]开始就不好用，钥匙插进去要[来回拧好几次|使很大劲]才能打开，[今天早上|昨天晚上]差点把钥匙拧断。',
      '{room}宿舍门锁的把手[松了|往下掉]，关门以后[从外面用钥匙打不开|反锁不上]，[室友已经被锁在外面一次了|晚上睡觉不太放心]。',
    ],
    ask: ['请尽快派人换个锁芯，不然担心被锁在门外。', '希望尽快修好，现在大家出门都不敢锁门。'],
    diag: ['确认锁芯磨损卡死', '检查发现门锁执手内部弹簧断裂'], parts: '锁芯',
    fix: ['已更换锁芯，新钥匙已交宿管处，请宿舍同学前去领取。', '已更换门锁，开关顺畅。'],
  },
  {
    key: 'bed-ladder', cat: 'dorm-repair', where: ['student-dorm'], onset: 'days', demand: 'repair', season: 'term',
    title: ['{room}宿舍上铺床梯松动', '{b}{room}宿舍爬梯晃得厉害'],
    body: [
      '{room}宿舍[靠门|靠窗]那张床的爬梯螺丝松了，上下床的时候晃得厉害，[昨晚室友下床差点踩空|踩上去吱吱响]。',
    ],
    ask: ['担心有人摔下来，希望尽快来紧固或者更换。', '希望尽快修一下，现在上下床都提心吊胆。'],
    diag: ['检查发现爬梯两颗固定螺丝滑丝'],
    fix: ['已紧固床梯螺丝并加装垫片，试过不再晃动。', '已更换爬梯固定件，牢固可用。'],
    speed: 'fast',
  },
  {
    key: 'bed-board', cat: 'dorm-repair', where: ['student-dorm'], onset: 'days', demand: 'replace', season: 'term',
    title: ['{b}{room}宿舍床板[断了|裂开了]', '{room}宿舍上铺床板断裂'],
    body: [
      '{room}宿舍上铺有一块床板[断了|从中间裂开了]，睡上去往下塌，[现在只能先垫了几本书|晚上翻身都不敢用力]。',
    ],
    ask: ['希望尽快换一块新床板。', '麻烦尽快来换床板，怕哪天整个塌下去。'],
    parts: '床板',
    fix: ['已更换床板两块，并检查了同宿舍其他床铺。', '已更换新床板，同宿舍其他床板检查无问题。'],
  },
  {
    key: 'window-handle', cat: 'dorm-repair', where: ['dorm'], onset: 'days', demand: 'repair',
    title: ['{room}宿舍窗户[关不严|把手脱落]', '{b}{room}宿舍窗户把手坏了'],
    body: [
      '{room}宿舍窗户的把手[掉了|松脱了]，窗户关不严，[晚上风很大，吹得人睡不好|下雨的时候雨水会飘进来]。',
    ],
    ask: ['请尽快安排维修。', '希望尽快换个把手，窗户关不上不安全。'],
    parts: '窗户执手',
    fix: ['已更换窗户把手，窗户可以正常关闭锁紧。'],
  },
  {
    key: 'balcony-door', cat: 'dorm-repair', where: ['student-dorm'], onset: 'days', demand: 'repair',
    title: ['{b}{room}阳台推拉门关不上', '{room}宿舍阳台门推不动'],
    body: [
      '{room}宿舍阳台推拉门[滑轨变形了|滑轮坏了]，推起来特别费劲，最后一截[怎么也关不上|总是留一条缝]。',
    ],
    ask: ['希望尽快修好，晚上阳台门关不上不安全。', '麻烦派人来修一下推拉门。'],
    diag: ['检查发现推拉门下滑轮碎裂'], parts: '推拉门滑轮',
    fix: ['已更换推拉门滑轮并调整轨道，开关顺畅。'],
  },
  {
    key: 'wardrobe', cat: 'dorm-repair', where: ['student-dorm'], onset: 'days', demand: 'repair',
    title: ['{room}宿舍衣柜门合页脱落', '{b}{room}衣柜门掉下来了'],
    body: [
      '{room}宿舍[靠窗|靠门]的衣柜门合页[断了|螺丝脱出来了]，柜门[歪着挂在上面|一开就往下掉]，[怕砸到人|东西都没法放]。',
    ],
    ask: ['麻烦来修一下。', '希望尽快修好柜门。'],
    fix: ['已更换合页并重新固定柜门。', '已更换衣柜门合页，开关正常。'],
    speed: 'fast',
  },
  {
    key: 'floor-drain', cat: 'dorm-repair', where: ['dorm'], onset: 'days', demand: 'repair', w: 1.5,
    title: ['{room}宿舍卫生间地漏堵塞，洗澡积水', '{b}{room}卫生间下水堵了'],
    body: [
      '{room}宿舍卫生间地漏堵了，洗澡时水[漫到脚踝|半天排不下去]，[要等半个小时才能慢慢退|积水都流到宿舍里了]。',
    ],
    ask: ['希望尽快来疏通。', '麻烦尽快疏通一下，现在都不敢洗澡。'],
    fix: ['已疏通地漏，清出大量头发，排水正常。建议加装地漏网。', '已疏通下水管道，排水恢复正常。'],
    speed: 'fast',
  },
  {
    key: 'sink-slow', cat: 'dorm-repair', where: ['dorm'], onset: 'days', demand: 'repair',
    title: ['{b}{room}洗手池下水很慢', '{room}宿舍洗手池堵了，还有异味'],
    body: [
      '{room}宿舍洗手池下水特别慢，[刷个牙|洗把脸]水池就满了，[用了管道疏通剂也没用|还有一股下水道的味道]。',
    ],
    ask: ['希望派师傅来通一下。'],
    fix: ['已拆开存水弯清理，下水恢复正常。', '已疏通洗手池下水管并更换存水弯，异味消除。'],
    speed: 'fast',
  },
  {
    key: 'toilet-tank', cat: 'dorm-repair', where: ['dorm'], onset: 'days', demand: 'repair',
    title: ['{room}宿舍马桶水箱一直流水', '{b}{room}马桶水箱漏水'],
    body: [
      '{room}宿舍马桶冲完水以后水箱一直在[流水|漏水]，[晚上能听到哗哗的声音|冲水按钮也经常卡住]，已经好几天了。',
    ],
    ask: ['请尽快修一下，太浪费水了。'],
    parts: '水箱配件',
    fix: ['已更换水箱进水阀和按钮，不再漏水。'],
  },
  {
    key: 'ceiling-seep', cat: 'dorm-repair', where: ['dorm'], onset: 'days', demand: 'repair', speed: 'slow', pair: true,
    title: ['{b}{room}卫生间天花板渗水', '{room}宿舍墙面返潮发霉'],
    body: [
      '{room}宿舍卫生间[顶上|天花板]在往下渗水，[墙角一片都发黑发霉了|滴到了放在下面的桶里]，可能是楼上的管子漏了。',
      '{room}宿舍[靠阳台|靠卫生间]那面墙[一直返潮|墙皮一块块往下掉]，[衣柜里的衣服都有霉味了|上面还长了黑斑]。',
    ],
    ask: ['希望查一下原因并修好，墙面也需要处理。'],
    diag: ['确认是楼上卫生间防水层老化渗漏', '确认是墙内水管接头渗水'],
    fix: ['已对楼上卫生间重做局部防水，本宿舍墙面已铲除霉斑并重新粉刷。', '已更换渗漏的水管接头，墙面晾干后已重新刮腻子粉刷。'],
  },
  {
    key: 'window-screen', cat: 'dorm-repair', where: ['student-dorm'], onset: 'days', demand: 'replace', season: 'warm',
    title: ['{room}宿舍纱窗破了，蚊子很多', '{b}{room}纱窗脱落'],
    body: [
      '{room}宿舍纱窗[破了一个大洞|边框脱落了]，晚上蚊子[飞进来咬得睡不着|特别多]。',
    ],
    ask: ['希望尽快换新纱窗。'],
    parts: '纱窗',
    fix: ['已更换纱窗。', '已重新安装纱窗并更换破损纱网。'],
  },
  {
    key: 'slow-repair', cat: 'dorm-repair', where: ['student-dorm'], onset: 'days', demand: 'explanation', w: 1.2,
    title: ['报修[一周|好几天]了还没人来修', '{b}{room}报修后一直没人上门'],
    body: [
      '[上周|五天前]在小程序报修了{room}宿舍[阳台门关不上|床板断裂|柜门坏了]，到现在[都没有人来|也没人联系我们]，去问宿管阿姨也说不清楚。',
      '{room}宿舍[卫生间灯不亮|门锁坏了]的事情[报修两次了|在宿管处登记过]，一直没人来，[也不知道什么时候能修|感觉没有人管]。',
    ],
    ask: ['想知道到底什么时候能修，希望给个准信。', '希望说明一下进度，尽快上门维修。'],
    fix: ['这是我们的责任，已向投诉人致歉，维修师傅当天上门处理完毕。此前工单漏派，已整改派单流程。', '已致歉并当天上门修好；原报修单积压未派，已要求维修组每天核对未完成工单。'],
  },
  {
    key: 'drawer', cat: 'dorm-repair', where: ['student-dorm'], onset: 'days', demand: 'repair', pair: true,
    title: ['{room}宿舍书桌抽屉掉底了', '{b}{room}书桌抽屉卡住拉不动'],
    body: [
      '{room}宿舍书桌抽屉的底板掉了，一拉出来东西就往下掉，[只能先用胶带粘着|已经好一阵子了]。',
      '{room}宿舍书桌抽屉的滑轨坏了，[推进去就卡住|拉到一半就拉不动]，[东西都没法放|已经好一阵子了]。',
    ],
    ask: ['麻烦安排修一下。'],
    fix: ['已重新固定抽屉底板。', '已更换抽屉滑轨，推拉顺畅。'],
    speed: 'fast',
  },
  {
    key: 'chair', cat: 'dorm-repair', where: ['student-dorm'], onset: 'days', demand: 'replace',
    title: ['{room}宿舍椅子坏了', '{b}{room}宿舍椅子坐上去摇晃'],
    body: [
      '{room}宿舍有一把椅子[腿松了|靠背断了]，坐上去[摇摇晃晃|嘎吱嘎吱响]，怕坐着坐着就散架。',
    ],
    ask: ['希望换一把新椅子。'],
    fix: ['已更换新椅子。'],
    speed: 'fast',
  },
  {
    key: 'clothes-rail', cat: 'dorm-repair', where: ['student-dorm'], onset: 'days', demand: 'repair', pair: true,
    title: ['{room}宿舍阳台晾衣杆掉下来了', '{room}宿舍阳台晾衣杆断了'],
    body: [
      '{room}宿舍阳台的晾衣杆一头的固定座脱落了，杆子斜挂着，洗的衣服现在[没地方晾|只能搭在椅背上]。',
      '{room}宿舍阳台的晾衣杆被衣服压弯后断了，洗的衣服现在[没地方晾|只能搭在椅背上]。',
    ],
    ask: ['希望尽快修好。'],
    fix: ['已重新固定晾衣杆支架。', '已更换晾衣杆。'],
  },
  {
    key: 'backflow', cat: 'dorm-repair', where: ['student-dorm'], onset: 'now', demand: 'repair', urgent: true, hours: 'urgent', w: 1,
    title: ['{b}{fl}楼卫生间下水道反水，地面全是污水', '{b}{fl}楼厕所反水'],
    body: [
      '{fl}楼[公共卫生间|{room}宿舍卫生间]的下水道[突然往上冒水|反水了]，污水[已经漫到走廊|满地都是]，味道很大，[厕所完全没法用了|大家都不敢进去]。',
    ],
    ask: ['请马上派人来处理！', '麻烦赶紧来人，水还在往外冒。'],
    control: ['值班主管已到场，已暂停该层卫生间使用并设置警示标志。'],
    patrol: ['巡查发现{b}{fl}楼公共卫生间下水道反水，污水漫到走廊，需立即处理。'],
    fix: ['已疏通主下水管，清出[堵塞的杂物|大量油污和杂物]，排水恢复正常。', '已用疏通机打通立管，排水恢复正常。'],
    extraTeam: 'cleaning', extraNote: ['保洁组已对地面冲洗消毒。'],
  },

  // ───────────── 水电 water-power ─────────────
  {
    key: 'hot-water', cat: 'water-power', where: ['dorm'], onset: 'days', demand: 'repair', season: 'winter', w: 2,
    title: ['{b}{room}宿舍热水不热', '{room}宿舍洗澡没有热水', '{b}{room}淋浴热水不正常'],
    body: [
      '{room}宿舍[这几天|这周]淋浴的热水[放了十几分钟还是温的|一会儿热一会儿冷]，晚上[十点以后|洗澡高峰]基本没有热水，[天冷根本没法洗|只能去别的楼洗]。',
      '{room}宿舍热水要放[五六分钟|很久]才出来，[刚热一点又变凉了|洗到一半就成了冷水]，已经好几天了。',
    ],
    ask: ['希望尽快检修热水。', '希望派师傅来看看是不是热水阀的问题。'],
    diag: ['检查发现混水阀故障', '检查发现热水表前过滤器堵塞'], parts: '混水阀',
    fix: ['已更换混水阀，放水测试水温稳定。', '已清洗过滤器，热水出水正常。'],
  },
  {
    key: 'trip', cat: 'water-power', where: ['dorm'], onset: 'today', demand: 'repair', w: 1.5, pair: true,
    title: ['{room}宿舍[突然断电|频繁跳闸]', '{b}{fl}楼[整层|半层]停电'],
    body: [
      '{room}宿舍{tod}突然断电了，[电闸推上去过一会又跳|隔壁宿舍也一样]，[电脑和手机都没法充电|晚上什么都干不了]。',
      '{tod}{b}{fl}楼[整层|有一半宿舍]突然没电，[楼道里也是黑的|问了宿管阿姨说不清楚原因]。',
    ],
    ask: ['请尽快来看一下是什么问题。', '希望尽快恢复供电。'],
    diag: ['检查发现空气开关老化', '检查发现楼层配电箱接线端子松动发热'],
    fix: ['已更换空气开关，恢复供电。提醒同学不要使用大功率电器。', '已紧固并更换烧蚀的接线端子，恢复供电。'],
    speed: 'fast',
  },
  {
    key: 'socket-loose', cat: 'water-power', where: ['student-dorm'], onset: 'days', demand: 'replace', pair: true,
    title: ['{room}宿舍插座松动，插头插不稳', '{b}{room}插座没电'],
    body: [
      '{room}宿舍[书桌上方|床边]的插座[松了|面板裂了]，插头插进去[一碰就掉|接触不良]。',
      '{room}宿舍[靠门|靠阳台]那一排插座都没电了，[换了插线板也不行|其他插座都正常]。',
    ],
    ask: ['麻烦尽快来修一下。'],
    fix: ['已更换插座面板，测试通电正常。', '已检查线路，更换损坏插座，供电正常。'],
    speed: 'fast',
  },
  {
    key: 'room-light', cat: 'water-power', where: ['dorm'], onset: 'days', demand: 'repair',
    title: ['{room}宿舍灯管不亮', '{b}{room}宿舍顶灯坏了'],
    body: [
      '{room}宿舍[顶灯|阳台灯|卫生间的灯]不亮了，[换了开关也没用|晚上只能开台灯]。',
    ],
    ask: ['麻烦来换一下灯管。'],
    fix: ['已更换灯管和镇流器，照明恢复。', '已更换灯具，照明正常。'],
    speed: 'fast',
  },
  {
    key: 'corridor-light', cat: 'water-power', where: ['dorm', 'teaching'], onset: 'days', demand: 'repair',
    title: ['{b}{fl}楼走廊灯坏了好几盏', '{b}{fl}楼楼道灯不亮'],
    body: [
      '{b}{fl}楼走廊[靠楼梯那头|东头]有好几盏灯不亮，晚上[黑乎乎的|上下楼梯看不清]，[已经一个多星期了|晚上回来有点害怕]。',
    ],
    ask: ['希望尽快修好。'],
    patrol: ['巡查发现{b}{fl}楼走廊有[三|四|五]盏灯不亮，夜间照明不足，需尽快更换。'],
    fix: ['已更换走廊灯具[四|五|六]盏，照明恢复正常。', '已更换声控开关和灯泡，楼道照明正常。'],
  },
  {
    key: 'water-cut', cat: 'water-power', where: ['student-dorm'], onset: 'today', demand: 'explanation',
    title: ['{b}突然停水，事先没有通知', '{b}停水也不提前说一声'],
    body: [
      '{tod}{b}突然停水，[事先没有任何通知|楼栋群里也没人说]，[洗漱都没法洗|卫生间冲不了]，到现在还没来水。',
    ],
    ask: ['希望说明停水原因和恢复时间，以后停水请提前通知。'],
    fix: ['停水是主管道抢修所致，当天已恢复供水；已向投诉人说明并致歉，今后计划停水提前一天在公众号和楼栋群通知。'],
    speed: 'fast',
  },
  {
    key: 'water-pressure', cat: 'water-power', where: ['dorm'], onset: 'days', demand: 'repair', floors: [5, 6],
    title: ['{b}{fl}楼水压太小', '{b}高楼层水压低，洗澡水很小'],
    body: [
      '{b}{fl}楼[晚上用水高峰|每天早上]水压特别小，[淋浴只有细细一股|洗衣机都进不了水]，低楼层就没这个问题。',
    ],
    ask: ['希望检查一下加压泵。', '希望解决高楼层水压问题。'],
    diag: ['检查发现二次供水加压泵压力设定偏低'],
    patrol: ['巡查发现{b}{fl}楼用水高峰水压明显偏低，需检查加压泵。'],
    fix: ['已调整加压泵压力，高楼层水压恢复正常。'],
  },
  {
    key: 'boiler', cat: 'water-power', where: ['student-dorm'], onset: 'days', demand: 'repair', season: 'winter',
    title: ['{b}开水房的开水不开', '{b}{fl}楼开水器坏了'],
    body: [
      '{b}{fl}楼开水房的开水器[显示一百度，接出来的水却是温的|一直亮着故障灯]，[泡面都泡不开|天冷喝不上热水]。',
    ],
    ask: ['请尽快修一下。'],
    diag: ['检查发现开水器加热管结垢损坏'], parts: '加热管',
    patrol: ['巡查发现{b}{fl}楼开水房开水器亮故障灯，出水不热，需维修。'],
    fix: ['已清理开水器水垢并更换加热管，出水温度正常。'],
  },
  {
    key: 'meter', cat: 'water-power', where: ['student-dorm'], onset: 'days', demand: 'explanation',
    title: ['{room}宿舍电费扣得不正常', '{b}{room}电表走得特别快'],
    body: [
      '{room}宿舍[这个月|最近两周]电费扣得特别快，[我们平时也就开开灯、充充电|空调都没怎么开]，[充的钱几天就没了|比上个月多了一倍]。',
    ],
    ask: ['希望核查一下电表是否正常。'],
    diag: ['已调取用电记录并现场校验电表'],
    fix: ['经现场校验，电表计量正常，用电量偏高主要来自热水壶和取暖器，已向投诉人说明用电明细。', '校验发现电表故障，已更换电表，并按往月平均用电量退还多扣电费。'],
  },
  {
    key: 'study-sockets', cat: 'water-power', where: ['library', 'teaching'], onset: 'days', demand: 'repair',
    title: ['{b}{spot}好几个插座没电'],
    body: [
      '{b}{spot}[靠窗那排|东侧]座位的插座没电，[试了好几个都不行|电脑快没电了只能换位置]。',
    ],
    ask: ['希望修一下。'],
    fix: ['已检查线路，更换损坏的插座模块，供电恢复。'],
  },
  {
    key: 'leakage', cat: 'water-power', where: ['student-dorm'], onset: 'now', demand: 'repair', urgent: true, hours: 'urgent', w: 1, pair: true,
    title: ['{b}{room}宿舍插座[冒火花|漏电]', '{b}{fl}楼[洗衣房|走廊]插座漏电，有人被电麻了'],
    body: [
      '{room}宿舍插座[刚才插插头的时候冒出火花|有焦糊味]，[室友摸到金属床架有麻手的感觉|开关面板都发烫]。',
      '{fl}楼[洗衣房|走廊]的插座漏电，[刚才有同学插插头时手被电麻了|旁边的铁皮柜子摸上去都麻手]。',
    ],
    ask: ['很危险，请马上来人处理！', '请尽快派电工过来！'],
    control: ['值班主管已到场，已断开该回路电源并提醒同学不要触碰。'],
    fix: ['已更换烧损插座和线路，绝缘测试正常后恢复供电。', '查明是插座进水导致漏电，已更换插座并加装防水盖，测试正常后恢复供电。'],
  },
  {
    key: 'burst-pipe', cat: 'water-power', where: ['dorm', 'teaching'], onset: 'now', demand: 'repair', urgent: true, hours: 'urgent', w: 1,
    title: ['{b}{fl}楼水管爆裂，走廊[大量积水|被淹了]', '{b}{fl}楼水管爆了'],
    body: [
      '{fl}楼[开水房|卫生间]那边的水管突然爆了，水[哗哗地往外喷|已经流到走廊和楼梯口]，[有几间屋子门口都进水了|地上全是水]。',
    ],
    ask: ['请马上派人来关水！', '麻烦赶紧来人处理！'],
    control: ['值班主管已到场，已关闭该层总阀并设置警示标志。'],
    patrol: ['巡查发现{b}{fl}楼[开水房|卫生间]水管爆裂，水已流到走廊，需立即关阀抢修。'],
    fix: ['已更换爆裂管段，恢复供水。', '已更换破裂的三通接头，试压正常后恢复供水。'],
    extraTeam: 'cleaning', extraNote: ['保洁组已清理走廊积水。', '保洁组已清理积水并摆放防滑提示。'],
  },
  {
    key: 'gas-smell', cat: 'water-power', where: ['staff-dorm', 'canteen'], onset: 'now', demand: 'repair', urgent: true, hours: 'urgent', w: 0.6,
    title: ['{b}[楼道里|一楼]有很浓的燃气味', '{b}闻到燃气味'],
    body: [
      '刚才经过{b}[一楼楼道|后面的通道]，闻到很浓的燃气味，[不知道哪里漏了|越往里走味道越大]。',
    ],
    ask: ['请马上派人来检查！'],
    control: ['值班主管已到场，已关闭燃气总阀，开窗通风并疏散附近人员。'],
    patrol: ['巡查时在{b}[一楼楼道|后面的通道]闻到明显的燃气味，需立即排查。'],
    fix: ['燃气公司维修人员已到场，查明是[管道接口|阀门]老化漏气，已更换并检测无泄漏，恢复供气。'],
  },

  // ───────────── 空调暖气 hvac ─────────────
  {
    key: 'ac-cooling', cat: 'hvac', where: ['dorm'], onset: 'days', demand: 'repair', season: 'summer', w: 3,
    title: ['{b}{room}宿舍空调不制冷', '{room}宿舍空调吹出来是热风', '{b}{room}空调不凉'],
    body: [
      '{room}宿舍空调开了[一个多小时|一晚上]，出风[还是热的|一点都不凉]，屋里[三十多度|热得睡不着]，[遥控器换了电池也一样|外机好像没转]。',
      '{room}宿舍空调[这两天|从周末开始]制冷效果很差，温度调到[十八|二十]度也不凉，[晚上热醒好几次|白天根本待不住]。',
    ],
    ask: ['希望尽快派人来检修。', '天太热了，麻烦尽快修一下。'],
    diag: ['检查发现空调缺少冷媒', '检查发现外机风扇电容损坏'], parts: '外机电容',
    fix: ['已补充冷媒，试机制冷正常。', '已更换外机电容，试机制冷正常。'],
  },
  {
    key: 'ac-leak', cat: 'hvac', where: ['dorm'], onset: 'days', demand: 'repair', season: 'summer', w: 1.5,
    title: ['{room}宿舍空调漏水，滴到床上', '{b}{room}空调内机滴水'],
    body: [
      '{room}宿舍空调内机一直在滴水，[正好滴在下面的床上|地上接了一盆还在滴]，[被子都湿了|晚上不敢开]。',
    ],
    ask: ['请尽快修一下。'],
    diag: ['确认是排水管堵塞'],
    fix: ['已疏通空调排水管并清洗过滤网，试机不再漏水。'],
    speed: 'fast',
  },
  {
    key: 'ac-noise', cat: 'hvac', where: ['student-dorm'], onset: 'days', demand: 'repair', season: 'summer',
    title: ['{room}宿舍空调噪音很大', '{b}{room}空调一开就响'],
    body: [
      '{room}宿舍空调一开就[嗡嗡响|咔咔作响]，[晚上根本睡不着|声音比以前大了很多]。',
    ],
    ask: ['希望派人来看看。'],
    fix: ['已紧固内机面板并更换风扇轴承，噪音恢复正常。'],
  },
  {
    key: 'classroom-ac', cat: 'hvac', where: ['teaching'], onset: 'today', demand: 'repair', season: 'summer', hours: 'class', staff: 0.4,
    pair: true,
    title: ['{b}{spot}空调打不开', '{b}{spot}空调不制冷'],
    body: [
      '{tod}在{b}{spot}上课，空调面板按了没反应，[教室里闷热得很|几十个人坐在里面满头大汗]。',
      '{tod}在{b}{spot}上课，空调开了半天也不凉，[教室里闷热得很|几十个人坐在里面满头大汗]。',
    ],
    ask: ['希望尽快修好，不然没法正常上课。'],
    fix: ['已更换空调控制面板，试机正常。', '已清洗滤网并补充冷媒，制冷恢复。'],
  },
  {
    key: 'ac-heating', cat: 'hvac', where: ['dorm'], onset: 'days', demand: 'repair', season: 'winter', w: 2.5,
    title: ['{room}宿舍空调制热[效果差|吹冷风]', '{b}{room}空调制热不热'],
    body: [
      '{room}宿舍空调开了制热模式[吹出来还是凉风|半天都不热]，[晚上冷得睡不着|只能裹着被子看书]。',
    ],
    ask: ['希望尽快来看一下。'],
    diag: ['检查发现滤网积灰严重、外机结霜', '检查发现四通阀故障'], parts: '四通阀',
    fix: ['已清洗滤网并为外机除霜，制热恢复正常。', '已更换四通阀，制热恢复正常。'],
  },
  {
    key: 'classroom-cold', cat: 'hvac', where: ['teaching', 'library'], onset: 'today', demand: 'improvement', season: 'winter', hours: 'class', staff: 0.3,
    pair: true,
    title: ['{b}{spot}太冷，暖气不热', '{b}{spot}空调不制热'],
    body: [
      '{tod}在{b}{spot}，暖气片摸着是凉的，[大家都穿着羽绒服|坐了一节课手都冻僵了]。',
      '{tod}在{b}{spot}，空调开了制热还是吹凉风，[大家都穿着羽绒服|坐了一节课手都冻僵了]。',
    ],
    ask: ['希望尽快解决供暖问题。'],
    fix: ['已排出暖气管道内空气，暖气片恢复供热。', '已检修空调，制热恢复正常。'],
  },
  {
    key: 'ac-remote', cat: 'hvac', where: ['dorm'], onset: 'days', demand: 'replace',
    title: ['{room}宿舍空调遥控器[失灵|坏了]'],
    body: [
      '{room}宿舍空调遥控器[按什么都没反应|换了新电池也不行]，空调[开不了|调不了温度]。',
    ],
    ask: ['能不能换一个遥控器？'],
    fix: ['已更换遥控器，试机正常。'],
    speed: 'fast',
  },
  {
    key: 'ac-smell', cat: 'hvac', where: ['student-dorm'], onset: 'days', demand: 'improvement', season: 'summer', w: 0.6,
    title: ['{room}宿舍空调有霉味', '{b}{room}空调吹出来有异味'],
    body: [
      '{room}宿舍空调一开就有一股[霉味|发酸的味道]，吹久了[嗓子不舒服|头疼]。',
    ],
    ask: ['希望安排清洗一下空调。'],
    fix: ['已对内机进行清洗消毒，异味消除。'],
  },

  // ───────────── 饭菜质量 canteen-food ─────────────
  {
    key: 'hair', cat: 'canteen-food', where: ['canteen'], meals: ['lunch', 'dinner'], onset: 'today', hours: 'meal', win: '', winNot: ['早餐', '自'], ext: 1, w: 2,
    demand: [['refund', 0.5], ['apology', 0.3], ['improvement', 0.2]],
    title: ['{c}{win}饭菜里吃出头发', '在{c}{win}买的饭里有头发'],
    body: [
      '{tod}在{c}{win}买的{dish}，吃到一半发现里面有一根[长|]头发，[恶心得吃不下去了|当时就跟窗口说了，对方只说给换一份]。',
    ],
    ask: ['希望退款，并要求窗口人员规范佩戴工作帽。', '希望窗口道歉，并加强后厨管理。'],
    fix: ['{con}已向投诉人道歉并退款，涉事窗口人员已重新培训，要求操作时规范佩戴工作帽。'],
  },
  {
    key: 'bug', cat: 'canteen-food', where: ['canteen'], meals: ['lunch', 'dinner'], onset: 'today', hours: 'meal', win: '', winNot: ['早餐', '自'], ext: 1, w: 1.5,
    demand: [['refund', 0.6], ['improvement', 0.4]],
    title: ['{c}{win}青菜里有虫子', '{c}{win}菜里吃出虫子'],
    body: [
      '{tod}在{c}{win}买的{dish}，配的青菜里有一条[小青虫|虫子]，[拍了照片|跟窗口阿姨说了]，[菜明显没洗干净|盘子底下还能看到泥沙]。',
    ],
    ask: ['希望退款，并查一下蔬菜清洗流程。'],
    fix: ['膳食科已现场检查蔬菜清洗流程，{con}已整改为浸泡加三遍清洗，并向投诉人退款道歉。'],
  },
  {
    key: 'rice', cat: 'canteen-food', where: ['canteen'], meals: ['lunch', 'dinner'], onset: 'today', hours: 'meal', ext: 1, demand: 'improvement',
    title: ['{c}米饭夹生', '{c}的米饭没蒸熟'],
    body: [
      '{tod}{c}的米饭是夹生的，[硬得咬不动|中间还有白芯]，[好几个同学都这么说|这已经不是第一次了]。',
    ],
    ask: ['希望后厨注意蒸饭的时间和水量。'],
    fix: ['{con}已调整蒸饭时间和水量，膳食科次日抽查米饭正常。'],
  },
  {
    key: 'salty', cat: 'canteen-food', where: ['canteen'], onset: 'days', hours: 'meal', win: '', winNot: ['早餐', '自'], ext: 1, demand: 'improvement',
    title: ['{c}{win}的菜太咸、油太大', '{c}{win}最近口味太重'],
    body: [
      '{c}{win}最近的菜[特别咸|油多到盘子底下一层油]，[吃完要喝好几杯水|吃了几次胃都不舒服]。',
    ],
    ask: ['希望少放点盐和油，清淡一些。'],
    fix: ['已将意见反馈{con}，该窗口已调整用盐用油标准，膳食科将持续抽查口味。'],
  },
  {
    key: 'price-portion', cat: 'canteen-food', where: ['canteen'], onset: 'days', hours: 'meal', win: '', winNot: ['早餐', '自'], ext: 1, demand: 'explanation',
    title: ['{c}{win}涨价了分量还变少', '{c}{win}饭菜涨价'],
    body: [
      '{c}{win}的{dish}从[十二|十三]块涨到了[十四|十五]块，分量[反而少了|肉只有几片]，[问窗口也没给解释|感觉不太合理]。',
    ],
    ask: ['希望说明涨价原因，分量不能减。'],
    fix: ['膳食科已核查成本和定价，要求{con}恢复原分量，并在窗口公示价格和分量标准；已向投诉人说明。'],
  },
  {
    key: 'monotonous', cat: 'canteen-food', where: ['canteen'], onset: 'days', hours: 'meal', win: '', ext: 1, demand: 'improvement', w: 1.5,
    title: ['{c}菜品太单一', '{c}{win}好久没换过菜了'],
    body: [
      '{c}{win}的菜[来来回回就那几样|连着好几周都没换过]，[天天都是土豆丝和炒白菜|翻来覆去就是那几样盖浇饭]，[吃得很腻|很多同学都去点外卖了]。',
    ],
    ask: ['希望增加一些新菜品，定期更换菜单。'],
    fix: ['{con}已制定每周轮换菜单，该窗口新增[四|五]个菜品，下周起执行。'],
  },
  {
    key: 'meat-smell', cat: 'canteen-food', where: ['canteen'], meals: ['lunch', 'dinner'], onset: 'today', hours: 'meal', win: '', winNot: ['早餐', '自'], ext: 1, demand: 'refund',
    title: ['{c}{win}的肉有异味', '{c}{win}肉不新鲜'],
    body: [
      '{tod}在{c}{win}买的{dish}，里面的肉有一股[怪味|酸味]，感觉[不新鲜|放久了]，吃了两口就不敢再吃了。',
    ],
    ask: ['希望退款，并检查食材进货和留样。'],
    diag: ['已调取当餐留样送检'],
    fix: ['留样检测未发现变质，但该批次食材储存温度不达标；{con}已整改冷库管理，并向投诉人退款道歉。'],
  },
  {
    key: 'noodles-cold', cat: 'canteen-food', where: ['canteen'], onset: 'today', hours: 'meal', win: '面食', ext: 1, demand: 'improvement',
    title: ['{c}{win}面条坨了，汤是凉的'],
    body: [
      '{tod}在{c}{win}买的面[端到座位上就坨了|明显煮得太久]，汤[也是温吞的|一点都不热]。',
    ],
    ask: ['希望现煮现做，汤要保持热度。'],
    fix: ['{con}已要求面食窗口按单现煮，汤锅全程保温；膳食科已抽查。'],
  },
  {
    key: 'baozi', cat: 'canteen-food', where: ['canteen'], meals: ['breakfast'], onset: 'today', hours: 'meal', win: '早餐', ext: 1,
    demand: [['improvement', 0.6], ['refund', 0.4]],
    title: ['{c}{win}包子没蒸熟', '{c}早餐包子馅是凉的'],
    body: [
      '{tod}在{c}{win}买的[肉包|豆沙包|菜包]，[里面的馅还是凉的|皮黏糊糊的没蒸透]。',
    ],
    ask: ['希望注意蒸制时间。', '希望退款，以后注意出笼时间。'],
    fix: ['{con}已调整早餐蒸制批次，保证出笼即售，已向投诉人退款。'],
  },
  {
    key: 'foreign-matter', cat: 'canteen-food', where: ['canteen'], meals: ['lunch', 'dinner'], onset: 'today', hours: 'meal', win: '', winNot: ['早餐', '自'], ext: 1,
    demand: [['compensation', 0.5], ['apology', 0.5]],
    title: ['{c}{win}饭菜里吃出[钢丝球的钢丝|一小片塑料]'],
    body: [
      '{tod}在{c}{win}吃{meal}，在菜里吃出了[一截钢丝球的钢丝|一小片硬塑料]，[差点咽下去|把嘴划了一下]。',
    ],
    ask: ['要求窗口道歉并赔偿，同时查清楚原因。'],
    fix: ['{con}已停用钢丝球，改用软质洗锅工具，并当面向投诉人道歉、赔偿；该窗口本月考核扣分。'],
  },

  // ───────────── 食堂卫生 canteen-hygiene ─────────────
  {
    key: 'dishes-greasy', cat: 'canteen-hygiene', where: ['canteen'], onset: 'today', hours: 'meal', win: '', ext: 1, demand: 'improvement', w: 1.5,
    title: ['{c}{win}餐具没洗干净', '{c}的[餐盘|碗]上有油渍'],
    body: [
      '{c}{win}的[餐盘|碗|勺子]摸上去[油乎乎的|还粘着上一顿的饭粒]，[换了两个都一样|一看就没洗干净]。',
    ],
    ask: ['希望加强餐具清洗消毒。'],
    patrol: ['抽查{c}{win}餐具，发现部分[餐盘|碗]表面有油渍，清洗不到位，需督促整改。'],
    fix: ['{con}已对餐具重新清洗消毒，膳食科抽检合格，并要求每餐后加强检查。'],
  },
  {
    key: 'tables', cat: 'canteen-hygiene', where: ['canteen'], onset: 'today', hours: 'meal', ext: 0.6, demand: 'improvement',
    title: ['{c}[二楼|一楼]餐桌没人擦', '{c}就餐区桌子很脏'],
    body: [
      '{c}[二楼|一楼]就餐区[好多餐桌上都是汤汁和剩饭|过了饭点餐桌也没人擦]，[坐下来袖子都沾上了油|只能拿纸巾自己擦]。',
    ],
    ask: ['希望高峰期增加保洁人员。'],
    patrol: ['巡查发现{c}就餐区多张餐桌没有及时擦拭，桌面有汤汁和残渣，需督促整改。'],
    fix: ['已在就餐高峰增加一名保洁员专门擦桌，膳食科将不定时检查。'],
    speed: 'fast',
  },
  {
    key: 'flies', cat: 'canteen-hygiene', where: ['canteen'], onset: 'days', hours: 'meal', ext: 1, demand: 'improvement', season: 'warm',
    title: ['{c}就餐区[苍蝇|蟑螂]很多'],
    body: [
      '{c}[二楼|一楼][就餐区|靠近餐具回收的地方][苍蝇|蟑螂]特别多，[吃饭时一直在眼前飞|晚上还看到蟑螂在桌上爬]。',
    ],
    ask: ['希望尽快灭虫，加强卫生管理。'],
    patrol: ['巡查发现{c}餐具回收区附近苍蝇较多，需灭蝇并整改回收区卫生。'],
    fix: ['已联系专业消杀单位进行灭虫处理，{con}已加装灭蝇灯并整改餐具回收区卫生。'],
  },
  {
    key: 'no-mask', cat: 'canteen-hygiene', where: ['canteen'], onset: 'today', hours: 'meal', win: '', ext: 1, demand: 'improvement',
    title: ['{c}{win}打菜人员没戴口罩和帽子'],
    body: [
      '{tod}在{c}{win}打饭时看到[打菜的工作人员|窗口阿姨]没戴[口罩|帽子]，[边打菜边聊天|头发都露在外面]。',
    ],
    ask: ['希望规范着装，注意食品卫生。'],
    patrol: ['巡查发现{c}{win}打菜人员未按规定佩戴[口罩|工作帽]，需督促整改。'],
    fix: ['{con}已对该窗口人员进行提醒和培训，膳食科将每天巡查着装情况。'],
  },
  {
    key: 'chopsticks', cat: 'canteen-hygiene', where: ['canteen'], onset: 'today', hours: 'meal', ext: 1, demand: 'replace',
    title: ['{c}[筷子|勺子]上有霉点'],
    body: [
      '{c}[公用筷子筒里的筷子|餐具柜里的勺子]上有[黑色霉点|一股霉味]，[好几双都这样|消毒柜好像也没开]。',
    ],
    ask: ['希望全部更换，并保证每餐消毒。'],
    patrol: ['巡查发现{c}公用筷子筒里部分筷子有霉点，消毒柜未开启，需立即更换并消毒。'],
    fix: ['{con}已更换全部公用筷子，消毒柜按时开启，并建立消毒记录。'],
  },
  {
    key: 'slippery', cat: 'canteen-hygiene', where: ['canteen'], onset: 'today', hours: 'meal', ext: 0.5, demand: 'improvement',
    title: ['{c}地面油滑，差点摔倒'],
    body: [
      '{c}[一楼打饭区|楼梯口]地面很滑，[全是油|刚拖过没干也没放提示牌]，[我端着餐盘差点摔倒|有同学摔了一跤]。',
    ],
    ask: ['希望及时清理，并放置防滑提示。'],
    patrol: ['巡查发现{c}[一楼打饭区|楼梯口]地面油污较多，未放置防滑提示，有滑倒隐患，需及时清理。'],
    fix: ['已增加拖地频次并铺设防滑地垫，放置“小心地滑”提示牌。'],
    speed: 'fast',
  },
  {
    key: 'return-smell', cat: 'canteen-hygiene', where: ['canteen'], meals: ['lunch', 'dinner'], onset: 'today', hours: 'meal', ext: 1, demand: 'improvement',
    title: ['{c}餐具回收处气味很大'],
    body: [
      '{c}餐具回收处[剩饭剩菜堆得很高|泔水桶没盖盖子]，[一走近就是一股馊味|坐在附近吃饭很难受]。',
    ],
    ask: ['希望及时清理。'],
    patrol: ['巡查发现{c}餐具回收处泔水桶未加盖，气味较大，需督促整改。'],
    fix: ['{con}已增加泔水清运次数并加盖，回收区每餐后冲洗。'],
  },

  // ───────────── 食堂服务 canteen-service ─────────────
  {
    key: 'attitude', cat: 'canteen-service', where: ['canteen'], onset: 'today', hours: 'meal', win: '', winNot: ['早餐', '自'], ext: 1, demand: 'apology', w: 1.5,
    title: ['{c}{win}工作人员态度差', '{c}{win}打菜阿姨态度不好'],
    body: [
      '{tod}在{c}{win}[问能不能少打点饭|想换一个菜]，窗口[工作人员|阿姨][很不耐烦|把勺子往盆里一摔]，还[说了句很难听的话|让我爱吃不吃]。',
    ],
    ask: ['希望窗口人员道歉，改进服务态度。'],
    fix: ['{con}已核实情况，涉事人员已向投诉人道歉，并对全体窗口人员进行服务培训。'],
  },
  {
    key: 'shaky-hand', cat: 'canteen-service', where: ['canteen'], meals: ['lunch', 'dinner'], onset: 'today', hours: 'meal', win: '', winNot: ['早餐', '自'], ext: 1, demand: 'improvement', w: 1.5,
    title: ['{c}{win}打菜手抖，分量太少'],
    body: [
      '{c}{win}打菜的时候[勺子抖了好几下|肉基本都抖掉了]，同样的价钱，分量[比别的窗口少了一半|只有几块肉]。',
    ],
    ask: ['希望按标准分量打菜。'],
    fix: ['{con}已为该窗口配备标准分量勺并公示分量标准，膳食科不定期抽查。'],
  },
  {
    key: 'double-charge', cat: 'canteen-service', where: ['canteen'], onset: 'today', hours: 'meal', win: '', ext: 0, demand: 'refund',
    title: ['{c}{win}刷卡[重复扣款|多扣了钱]'],
    body: [
      '{tod}在{c}{win}刷卡，[扣了两次钱|机器显示扣费失败，结果又扣了一次]，[查校园卡记录确实扣了两笔|窗口说不归他们管]。',
    ],
    ask: ['希望退还多扣的钱。'],
    fix: ['已核对消费流水，确认重复扣款，已原路退回。该窗口收费机已送修。'],
  },
  {
    key: 'queue', cat: 'canteen-service', where: ['canteen'], meals: ['lunch'], onset: 'today', hours: 'meal', ext: 1, demand: 'improvement',
    title: ['{c}高峰期排队太久', '{c}中午只开了几个窗口'],
    body: [
      '{c}中午下课那会儿[只开了两三个窗口|每个窗口都排了二十多个人]，排了[二十分钟|快半小时]才打到饭，[下午一点还有课|饭都凉了]。',
    ],
    ask: ['希望高峰期多开几个窗口。'],
    fix: ['{con}已在午餐高峰增开[两|一]个窗口，并增加临时打菜人员。'],
  },
  {
    key: 'closes-early', cat: 'canteen-service', where: ['canteen'], onset: 'days', hours: 'meal', win: '', winNot: ['早餐', '自'], ext: 1, demand: 'improvement',
    title: ['{c}{win}没到点就收摊了'],
    body: [
      '{c}{win}写着营业到晚上八点，[昨天|前天]晚上七点多去的时候已经[收摊了|没有饭菜了]，[白跑了一趟|只好去外面吃]。',
    ],
    ask: ['希望按公示时间营业，或者把营业时间改准确。'],
    fix: ['{con}已要求各窗口按公示时间营业，并按晚餐客流调整备餐量。'],
  },
  {
    key: 'weighing', cat: 'canteen-service', where: ['canteen'], meals: ['lunch', 'dinner'], onset: 'today', hours: 'meal', win: '自', winStrict: true, ext: 1, demand: 'explanation',
    title: ['{c}{win}称重价格看不明白'],
    body: [
      '{c}{win}按重量算钱，但[价格牌写得不清楚|每次称出来都比预想的贵]，[今天几样菜就花了二十多|也不知道每种菜多少钱一两]。',
    ],
    ask: ['希望把每种菜的单价标清楚。'],
    fix: ['{con}已在每个菜盘前标注单价，称重后在屏幕上逐项显示。'],
  },
  {
    key: 'canteen-seats', cat: 'canteen-service', where: ['canteen'], onset: 'days', hours: 'meal', ext: 0, demand: 'repair',
    title: ['{c}[二楼|一楼]好几把椅子坏了'],
    body: [
      '{c}[二楼|一楼]就餐区有好几把椅子[腿松了|坐上去会晃]，[有一张桌子也是歪的|同学坐下时差点摔倒]。',
    ],
    ask: ['希望尽快维修。'],
    fix: ['已维修加固就餐区桌椅[八|十|六]套，无法修复的已更换。'],
  },

  // ───────────── 保洁 cleaning ─────────────
  {
    key: 'trash-full', cat: 'cleaning', where: ['dorm', 'teaching'], onset: 'days', demand: 'improvement', w: 2, speed: 'fast',
    title: ['{b}{fl}楼垃圾桶满了没人清', '{b}楼道垃圾[两天|好几天]没收'],
    body: [
      '{b}{fl}楼[楼梯口|走廊尽头]的垃圾桶[已经满出来了|旁边堆了一地]，[两天都没人来收|天一热味道特别大]，[还招苍蝇|路过都要捂鼻子]。',
    ],
    ask: ['希望按时清运。'],
    patrol: ['巡查发现{b}{fl}楼[楼梯口|走廊尽头]的垃圾桶已经满溢，周边有异味，需及时清运。'],
    fix: ['保洁员已清运完毕，该楼层已调整为每天清运两次。'],
  },
  {
    key: 'toilet-dirty', cat: 'cleaning', where: ['student-dorm', 'teaching', 'library', 'office'], onset: 'today', demand: 'improvement', w: 1.5, speed: 'fast',
    title: ['{b}{fl}楼卫生间很脏，有异味'],
    body: [
      '{b}{fl}楼[男|女]卫生间[好几个坑位没冲|地上全是水和纸]，[味道很大|一整天都没人打扫]。',
    ],
    ask: ['希望增加打扫次数。'],
    patrol: ['巡查发现{b}{fl}楼卫生间地面湿滑、纸篓满溢，异味明显，需安排保洁员清理。'],
    fix: ['已安排保洁员彻底清洁，该卫生间打扫频次调整为每天三次，并张贴打扫记录表。'],
  },
  {
    key: 'stair-water', cat: 'cleaning', where: ['dorm', 'teaching'], onset: 'today', demand: 'improvement', speed: 'fast',
    title: ['{b}楼梯间有积水没人拖'],
    body: [
      '{b}[东侧|西侧]楼梯间[二楼到三楼之间|一楼拐角]有一滩积水，[下雨天更严重|已经有人滑倒了]，[一直没人处理|保洁好像没看到]。',
    ],
    ask: ['希望及时清理，放个提示牌。'],
    patrol: ['巡查发现{b}[东侧|西侧]楼梯间有积水，有滑倒隐患，需清理并查明积水来源。'],
    fix: ['已清理积水并放置防滑提示；查明是窗户漏雨，已报维修组处理。'],
    extraTeam: 'repair', extraNote: ['维修组已更换楼梯间窗户密封条。'],
  },
  {
    key: 'classroom-dirty', cat: 'cleaning', where: ['teaching'], onset: 'today', hours: 'class', demand: 'improvement',
    title: ['{b}{spot}没打扫', '{b}{spot}桌子里全是垃圾'],
    body: [
      '{tod}去{b}{spot}上课，[桌子抽屉里塞满了外卖盒和纸巾|地上都是瓜子壳]，[前一天晚上的垃圾都没清|上课铃响了还没人打扫]。',
    ],
    ask: ['希望第一节课前打扫好。'],
    patrol: ['巡查发现{b}{spot}课前未打扫，桌斗里有外卖盒等垃圾，需在上课前清理完毕。'],
    fix: ['已安排保洁员清理，并调整该楼保洁时间，早上七点半前完成教室清扫。'],
    speed: 'fast',
  },
  {
    key: 'cleaning-noise', cat: 'cleaning', where: ['student-dorm'], onset: 'days', demand: 'improvement',
    title: ['{b}保洁一大早就开始吸尘，很吵'],
    body: [
      '{b}{fl}楼保洁[每天早上六点多|周末一大早]就开始[用吸尘器|拖地、搬水桶]，声音很大，[周末想多睡一会儿都不行|好几个宿舍都被吵醒]。',
    ],
    ask: ['希望把保洁时间调到八点以后。'],
    fix: ['已与保洁组沟通，宿舍楼层保洁调整为八点以后进行，周末推迟到九点。'],
  },
  {
    key: 'garbage-station', cat: 'cleaning', where: ['student-dorm'], onset: 'days', demand: 'improvement', season: 'warm',
    title: ['{b}楼下垃圾站气味太大'],
    body: [
      '{b}楼下的垃圾站[没有盖|周边都是渗出来的污水]，[天热以后味道特别冲|窗户都不敢开]，[还招来很多苍蝇|路过要绕着走]。',
    ],
    ask: ['希望每天冲洗，能不能挪远一点。'],
    patrol: ['巡查发现{b}楼下垃圾站未加盖，周边有渗出的污水，气味较大，需冲洗并加强清运。'],
    fix: ['已对垃圾站冲洗消毒，每天增加一次清运并加盖；迁移位置需与相关部门协商，已记录。'],
  },
  {
    key: 'no-paper', cat: 'cleaning', where: ['library', 'teaching', 'office'], onset: 'days', demand: 'improvement', speed: 'fast',
    title: ['{b}卫生间没有厕纸和洗手液'],
    body: [
      '{b}[二楼|三楼|四楼]卫生间[连着好几天|又]没有厕纸，洗手液[也是空的|瓶子都不见了]。',
    ],
    ask: ['希望及时补充。'],
    patrol: ['巡查发现{b}[二楼|三楼]卫生间厕纸和洗手液都已用完，需及时补充。'],
    fix: ['已补充厕纸和洗手液，保洁员每天上午和下午各检查一次。'],
  },

  // ───────────── 教室设施 classroom ─────────────
  {
    key: 'projector', cat: 'classroom', where: ['teaching'], onset: 'today', hours: 'class', demand: 'repair', staff: 0.5, w: 2, pair: true,
    title: ['{b}{spot}投影仪显示无信号', '{b}{spot}投影画面发黄'],
    body: [
      '{b}{spot}的投影仪开机后一直显示无信号，[老师只能对着电脑屏幕讲|这周已经是第二次了]。',
      '{b}{spot}的投影仪画面发黄发暗，[后排根本看不清字|这周已经是第二次了]。',
    ],
    ask: ['希望尽快检修或更换。'],
    diag: ['检查发现视频线接口松动', '检查发现投影灯泡老化'], parts: '投影灯泡',
    fix: ['已更换视频线和转换接口，信号正常。', '已更换投影灯泡，画面恢复正常。'],
  },
  {
    key: 'fan-noise', cat: 'classroom', where: ['teaching'], onset: 'days', hours: 'class', demand: 'repair', season: 'warm', staff: 0.3,
    title: ['{b}{spot}吊扇噪音大'],
    body: [
      '{b}{spot}[靠讲台|后排]的吊扇转起来[咯吱咯吱响|晃得很厉害]，[上课听不清老师讲话|坐在下面有点担心]。',
    ],
    ask: ['希望维修或者更换。'],
    patrol: ['巡查发现{b}{spot}吊扇运转时晃动、有异响，需检修。'],
    fix: ['已紧固吊扇并更换轴承，运转平稳无异响。'],
  },
  {
    key: 'mic', cat: 'classroom', where: ['teaching'], onset: 'today', hours: 'class', demand: 'repair', staff: 0.6,
    title: ['{b}{spot}话筒[没声音|有杂音]'],
    body: [
      '{b}{spot}的[无线话筒|扩音器][一直有滋滋的杂音|时有时无]，[后排学生听不清|老师只能扯着嗓子讲]。',
    ],
    ask: ['希望尽快修好。'],
    fix: ['已更换无线话筒接收器，试音正常。'],
    speed: 'fast',
  },
  {
    key: 'desks', cat: 'classroom', where: ['teaching'], onset: 'days', hours: 'class', demand: 'repair',
    title: ['{b}{spot}桌椅损坏'],
    body: [
      '{b}{spot}有[好几张|三四张]椅子的翻板[坏了|螺丝掉了]，[坐上去会往下翻|桌面也是松的]。',
    ],
    ask: ['希望尽快维修。'],
    patrol: ['巡查发现{b}{spot}有[三|四]张椅子翻板损坏，需安排维修。'],
    fix: ['已维修更换损坏桌椅[六|八|五]套。'],
  },
  {
    key: 'classroom-light', cat: 'classroom', where: ['teaching'], onset: 'days', hours: 'class', demand: 'repair',
    title: ['{b}{spot}灯管闪烁'],
    body: [
      '{b}{spot}[前排|靠窗]有两根灯管[一直在闪|时亮时灭]，[看黑板眼睛很累|上晚自习很难受]。',
    ],
    ask: ['希望尽快换掉。'],
    patrol: ['巡查发现{b}{spot}有两根灯管闪烁，需更换。'],
    fix: ['已更换灯管及镇流器，照明正常。'],
    speed: 'fast',
  },
  {
    key: 'classroom-window', cat: 'classroom', where: ['teaching'], onset: 'days', hours: 'class', demand: 'repair', season: 'winter',
    title: ['{b}{spot}窗户关不上，漏风'],
    body: [
      '{b}{spot}[最后一扇窗户|靠走廊的窗户]关不严，[冷风一直往里灌|坐在旁边冻得手发僵]。',
    ],
    ask: ['希望尽快修好。'],
    patrol: ['巡查发现{b}{spot}有一扇窗户关不严，冷风往里灌，需维修。'],
    fix: ['已更换窗户合页和密封条，窗户可以关严。'],
  },
  {
    key: 'whiteboard', cat: 'classroom', where: ['teaching'], onset: 'days', hours: 'class', demand: 'replace', staff: 0.6,
    title: ['{b}{spot}白板擦不干净'],
    body: [
      '{b}{spot}的白板[用久了写上去就擦不掉|表面都花了]，[后排看不清字|老师写板书很吃力]。',
    ],
    ask: ['希望更换白板。'],
    fix: ['已更换白板面板。'],
  },
  {
    key: 'study-locked', cat: 'classroom', where: ['teaching'], onset: 'days', hours: 'general', demand: 'explanation',
    title: ['{b}自习教室锁门太早'],
    body: [
      '{b}[晚上九点半|九点多]就有人来[锁门清人|催大家离开]，可是公示的自习开放时间是到[晚上十点半|十点]。',
    ],
    ask: ['希望按公示时间开放。'],
    fix: ['已核实公示时间为晚上十点半，已要求值班人员按时清场，并在门口重新张贴开放时间。'],
  },

  // ───────────── 洗衣设施 laundry ─────────────
  {
    key: 'few-machines', cat: 'laundry', where: ['student-dorm'], onset: 'days', demand: 'improvement', speed: 'slow',
    title: ['{b}洗衣机太少，总要排队'],
    body: [
      '{b}[一整栋楼|每层]只有[两台|三台]洗衣机，[周末晚上要排很久|经常坏一台只剩一台能用]，[等到十一点多还没轮到|衣服只能手洗]。',
    ],
    ask: ['希望增加洗衣机。'],
    fix: ['已协调在该楼[一楼|二楼]洗衣房增设两台洗衣机，已投入使用。'],
  },
  {
    key: 'charged-no-start', cat: 'laundry', where: ['student-dorm'], onset: 'today', demand: 'refund', w: 1.5,
    title: ['{b}洗衣机扣费后不启动'],
    body: [
      '{b}{fl}楼洗衣房[靠门|最里面]那台洗衣机，[扫码|刷卡]付了钱以后[没有启动|转了几秒就停了]，钱[也没退回来|被扣了]。',
    ],
    ask: ['希望退款，并修好这台洗衣机。'],
    fix: ['已核实订单并退还费用，洗衣机主板已由厂家维修，恢复使用。'],
  },
  {
    key: 'dirty-machine', cat: 'laundry', where: ['student-dorm'], onset: 'days', demand: 'improvement',
    title: ['{b}洗衣机洗完衣服上有黑渣'],
    body: [
      '{b}{fl}楼洗衣机洗完的衣服上[全是黑色的小渣|有一股霉味]，[白衣服都洗脏了|好几个同学都遇到过]。',
    ],
    ask: ['希望定期清洗洗衣机。'],
    fix: ['已对该楼洗衣机滚筒清洗消毒，今后每月清洗一次并公示清洗记录。'],
  },
  {
    key: 'dryer', cat: 'laundry', where: ['student-dorm'], onset: 'today', demand: 'repair', season: 'winter',
    title: ['{b}烘干机不热'],
    body: [
      '{b}洗衣房的烘干机[转了一个小时衣服还是湿的|吹出来是凉风]，[白花了钱|天冷衣服根本晾不干]。',
    ],
    ask: ['希望尽快修好，并退还这次的费用。'],
    fix: ['已更换烘干机加热元件，试运行正常，已退还投诉人当次费用。'],
  },
  {
    key: 'laundry-flood', cat: 'laundry', where: ['student-dorm'], onset: 'today', demand: 'repair',
    title: ['{b}洗衣房地面积水'],
    body: [
      '{b}{fl}楼洗衣房[有一台洗衣机排水管漏水|地漏堵了]，地上[积了一大片水|水都漫到门口了]，[进去要踮着脚|很容易滑倒]。',
    ],
    ask: ['希望尽快处理。'],
    patrol: ['巡查发现{b}{fl}楼洗衣房地面大片积水，需尽快处理。'],
    fix: ['已更换洗衣机排水管并疏通地漏，地面已清理。'],
    speed: 'fast',
  },

  // ───────────── 宿舍管理 dorm-service ─────────────
  {
    key: 'access', cat: 'dorm-service', where: ['student-dorm'], onset: 'days', demand: 'improvement',
    title: ['{b}晚归刷卡进不了门', '{b}门禁刷不开'],
    body: [
      '[昨晚|前天晚上]十点多回{b}，门禁[刷了好几次都不开|显示未授权]，[敲值班室的窗敲了很久才有人来|在门口等了二十多分钟]。',
    ],
    ask: ['希望检查门禁系统，晚上值班室要有人。'],
    fix: ['已检修门禁读卡器并更新授权名单，已提醒值班人员夜间坚守岗位。'],
  },
  {
    key: 'night-noise', cat: 'dorm-service', where: ['student-dorm'], onset: 'days', demand: 'improvement', w: 1.5,
    title: ['{b}{fl}楼有人深夜[大声喧哗|打游戏吵闹]'],
    body: [
      '{b}{fl}楼[隔壁宿舍|对面宿舍][连着好几天|每天]到[凌晨一两点|十二点以后]还在[大声打游戏|大声说笑]，[跟他们说过没用|找宿管反映也没人管]。',
    ],
    ask: ['希望宿管出面处理。'],
    fix: ['宿管已上门提醒相关宿舍遵守作息规定，并在该楼层加强夜间巡查。'],
  },
  {
    key: 'room-change', cat: 'dorm-service', where: ['student-dorm'], onset: 'days', demand: 'explanation',
    title: ['申请调换宿舍一直没有回复'],
    body: [
      '[上个月|两周前]在{b}宿管处提交了调换宿舍的申请，[到现在都没有回复|去问了两次都说再等等]。',
    ],
    ask: ['希望告知办理进度和结果。'],
    fix: ['已向投诉人说明调宿流程和空床位情况，申请已进入审批，下周给出结果。'],
  },
  {
    key: 'inspection', cat: 'dorm-service', where: ['student-dorm'], onset: 'days', demand: 'explanation',
    title: ['{b}查寝前没有通知'],
    body: [
      '[前天上午|昨天下午]宿管在宿舍没人的时候进{room}宿舍检查，[还收走了我们的插线板|东西被翻动过]，事先没有任何通知。',
    ],
    ask: ['希望以后查寝提前通知，并说明收走的东西怎么领回。'],
    fix: ['已向投诉人说明安全检查规定，收缴的违规电器可在学期末领回；今后检查前一天在楼栋群发布通知。'],
  },
  {
    key: 'room-locked', cat: 'dorm-service', where: ['student-dorm'], onset: 'days', demand: 'improvement',
    title: ['{b}活动室一直锁着'],
    body: [
      '{b}[一楼的活动室|{fl}楼的自习室][开学以来一直锁着|说是在维修，但一个多月了没动静]，[想找地方自习都没有|社团活动只能去外面]。',
    ],
    ask: ['希望尽快开放。'],
    fix: ['已核实维修已完成，即日起恢复开放，开放时间已张贴在门口。'],
  },
  {
    key: 'takeaway', cat: 'dorm-service', where: ['student-dorm'], onset: 'today', demand: 'explanation',
    title: ['{b}门口外卖架上的外卖丢了'],
    body: [
      '{tod}点的外卖放在{b}门口的外卖架上，[下楼拿的时候已经不见了|过了十分钟去拿就没了]，[问值班室也说不知道|这已经是第二次了]。',
    ],
    ask: ['希望能在外卖架那里装个监控。'],
    fix: ['已向投诉人说明外卖架管理规定，已在外卖架上方加装监控并张贴提示。'],
  },
  {
    key: 'hot-water-hours', cat: 'dorm-service', where: ['student-dorm'], onset: 'days', demand: 'improvement', season: 'winter',
    title: ['{b}热水供应时间太短'],
    body: [
      '{b}热水只在[晚上六点到十一点|早晚各两个小时]供应，[上完晚课回来就没热水了|早上想洗个头都不行]。',
    ],
    ask: ['希望延长热水供应时间。'],
    fix: ['经研究，自下周起热水供应延长至晚上十二点，早上六点半开始供应。'],
    speed: 'slow',
  },

  // ───────────── 校车 shuttle ─────────────
  {
    key: 'bus-late', cat: 'shuttle', where: ['transport'], onset: 'now', hours: 'commute', ext: 1, demand: 'improvement', w: 1.5, staff: 0.3,
    title: ['校车没按时发车', '{dir}的校车晚了[十几|二十]分钟'],
    body: [
      '{tod}{dep}{dir}的校车[到点了还没来|晚了十几分钟才发车]，[站台上排了很多人|差点赶不上第一节课]，[司机也没说原因|这已经是这周第二次了]。',
    ],
    ask: ['希望按时刻表准时发车。'],
    fix: ['{con}已核实是车辆调度失误，已向投诉人致歉，并承诺按时刻表准点发车。'],
  },
  {
    key: 'bus-early', cat: 'shuttle', where: ['transport'], onset: 'now', hours: 'commute', ext: 1, demand: 'improvement', staff: 0.3,
    title: ['{dir}的校车提前开走了'],
    body: [
      '时刻表上{dep}{dir}的校车，{tod}[提前三四分钟就开走了|我到站时刚好开走]，时间明明还没到，[下一班要等半个小时|只好打车去上课]。',
    ],
    ask: ['希望严格按时刻表发车。'],
    fix: ['已调取行车记录，确认提前发车；{con}已对驾驶员进行批评教育，要求严格按点发车。'],
  },
  {
    key: 'bus-crowded', cat: 'shuttle', where: ['transport'], onset: 'now', hours: 'commute', ext: 1, demand: 'improvement', staff: 0.3,
    title: ['校车高峰期太挤，挤不上去'],
    body: [
      '{tod}{dep}那班校车[人特别多|车厢挤满了]，[好几个人没挤上|车门都关不上]，[只能等下一班|结果迟到了]。',
    ],
    ask: ['希望高峰期加开班次。'],
    fix: ['经与{con}协商，早高峰增加一班车，下周一起执行。'],
    speed: 'slow',
  },
  {
    key: 'bus-braking', cat: 'shuttle', where: ['transport'], onset: 'today', hours: 'commute', ext: 1, demand: 'improvement', staff: 0.3,
    title: ['校车司机开车太猛'],
    body: [
      '{tod}坐{dep}{dir}的校车，司机[一路急刹急转|开得很快]，[站着的同学差点摔倒|有人的水杯都洒了]。',
    ],
    ask: ['希望提醒司机平稳驾驶。'],
    fix: ['{con}已对该班次驾驶员进行安全教育，车队将不定期跟车检查。'],
  },
  {
    key: 'bus-ac', cat: 'shuttle', where: ['transport'], onset: 'today', hours: 'commute', ext: 1, demand: 'improvement', season: 'summer',
    title: ['校车上不开空调'],
    body: [
      '{tod}{dep}的校车[车里闷热|空调一直没开]，[三十多度的天坐了二十多分钟|一车人热得满头汗]，问司机说[空调坏了|不让开]。',
    ],
    ask: ['希望天热的时候开空调。'],
    fix: ['{con}已检修该车空调，要求高温天气全程开启。'],
  },
  {
    key: 'bus-timetable', cat: 'shuttle', where: ['transport'], onset: 'days', hours: 'commute', ext: 1, demand: 'explanation',
    title: ['校车时刻表调整没有通知'],
    body: [
      '[这周一|前天]起校车时刻表[改了|中午的班次取消了]，[公众号和站牌都没有通知|我们在站台白等了半小时]。',
    ],
    ask: ['希望调整时刻表时提前公布。'],
    fix: ['已向投诉人说明调整原因；今后时刻表调整将提前三天在公众号和站牌公布。'],
  },

  // ───────────── 快递点 parcel ─────────────
  {
    key: 'parcel-lost', cat: 'parcel', where: ['parcel'], onset: 'days', hours: 'parcel', ext: 1, demand: 'compensation', w: 1.5,
    title: ['{b}快递显示已签收但找不到', '在{b}取不到快递'],
    body: [
      '[前天|三天前]收到取件通知，去{b}取件时[货架上找不到|工作人员说已经被取走了]，[可我根本没来取过|取件码也没用过]。',
    ],
    ask: ['希望查监控找回，找不到要赔偿。'],
    diag: ['已要求{con}调取监控核查'],
    fix: ['{con}已调取监控，[确认被他人误取，已追回交还投诉人|未能找回，已按申报价值赔偿投诉人]。'],
  },
  {
    key: 'parcel-queue', cat: 'parcel', where: ['parcel'], onset: 'today', hours: 'parcel', ext: 1, demand: 'improvement', w: 1.5,
    title: ['{b}取快递排队太久'],
    body: [
      '{b}[中午|下午五点以后]取件的人很多，只开了[一个|两个]窗口，[排了四十多分钟|队都排到门外了]。',
    ],
    ask: ['希望高峰期多开窗口。'],
    patrol: ['巡查发现{b}取件高峰只开了一个窗口，队伍排到了门外，需督促增开窗口。'],
    fix: ['{con}已在高峰时段增开一个出库窗口，并增设自助取件柜。'],
  },
  {
    key: 'parcel-hours', cat: 'parcel', where: ['parcel'], onset: 'days', hours: 'parcel', ext: 1, demand: 'improvement',
    title: ['{b}没到时间就关门了'],
    body: [
      '{b}公示营业到晚上八点，[昨天|前天]晚上[六点半|七点多]去的时候就已经关门了，[白跑一趟|第二天满课来不了]。',
    ],
    ask: ['希望按公示时间营业。'],
    fix: ['已要求{con}严格按公示时间营业，并将营业时间延长到晚上八点半。'],
  },
  {
    key: 'parcel-attitude', cat: 'parcel', where: ['parcel'], onset: 'today', hours: 'parcel', ext: 1, demand: 'apology',
    title: ['{b}工作人员态度差'],
    body: [
      '{tod}在{b}取件，[问了一句在哪个货架|找不到包裹请工作人员帮忙]，对方[很不耐烦|让我自己找]，[说话很冲|还把包裹扔在台子上]。',
    ],
    ask: ['希望道歉并改进服务。'],
    fix: ['{con}负责人已向投诉人道歉，并对工作人员进行服务培训。'],
  },
  {
    key: 'parcel-damaged', cat: 'parcel', where: ['parcel'], onset: 'days', hours: 'parcel', ext: 1, demand: 'compensation',
    title: ['{b}取到的包裹被压坏了'],
    body: [
      '在{b}取到的包裹[外箱压扁了|里面的东西摔坏了]，[取件时当场就发现了|工作人员说是运输问题不归他们管]。',
    ],
    ask: ['希望协助联系快递公司理赔。'],
    fix: ['{con}已协助联系快递公司登记理赔，投诉人已收到赔付。'],
    speed: 'slow',
  },
  {
    key: 'parcel-price', cat: 'parcel', where: ['parcel'], onset: 'days', hours: 'parcel', ext: 1, demand: 'explanation',
    title: ['{b}寄快递比外面贵'],
    body: [
      '在{b}寄一个[两斤|一公斤]左右的包裹要[二十多块|十八块]，[比校外快递点贵不少|价格也没有公示]。',
    ],
    ask: ['希望公示寄件价格。'],
    fix: ['已要求{con}在寄件台公示各快递公司价格，学生寄件按校内协议价收费。'],
  },

  // ───────────── 其他 other ─────────────
  {
    key: 'street-light', cat: 'other', where: ['library', 'sports', 'dorm', 'teaching'], onset: 'days', demand: 'repair',
    title: ['{b}门口路灯不亮'],
    body: [
      '{b}[门口|旁边那条路]的路灯[坏了好几盏|晚上一片漆黑]，[晚上走夜路很不安全|骑车差点撞到人]。',
    ],
    ask: ['希望尽快修好。'],
    patrol: ['巡查发现{b}[门口|旁边道路]有[三|四]盏路灯不亮，夜间照明不足，需尽快维修。'],
    fix: ['已更换路灯灯头[三|四|五]个，照明恢复。'],
    extraTeam: 'repair',
  },
  {
    key: 'lockers', cat: 'other', where: ['sports'], onset: 'days', demand: 'repair',
    title: ['{b}更衣柜锁坏了'],
    body: [
      '{b}更衣室[好几个柜子的锁坏了|柜门关不上]，[贵重物品不敢放|只能把包放在场边]。',
    ],
    ask: ['希望尽快维修。'],
    patrol: ['巡查发现{b}更衣室有[五|六]个柜子的锁损坏，需更换。'],
    fix: ['已更换更衣柜锁[六|八]把。'],
  },
  {
    key: 'gym-shower', cat: 'other', where: ['sports'], onset: 'today', demand: 'repair',
    title: ['{b}淋浴间没有热水'],
    body: [
      '{tod}打完球去{b}淋浴间，[几个喷头都只有冷水|热水时有时无]，[只能不洗直接回宿舍|冻得够呛]。',
    ],
    ask: ['希望尽快检修。'],
    fix: ['已检修淋浴间热水循环泵，热水供应恢复。'],
    extraTeam: 'repair',
  },
  {
    key: 'lift-often-down', cat: 'other', where: ['staff-dorm', 'library', 'office', 'teaching'], onset: 'days', demand: 'repair', w: 0.8,
    title: ['{b}电梯经常停运'],
    body: [
      '{b}的电梯[这个月已经停了好几次|动不动就停运检修]，[住高层的老人上下楼很不方便|搬东西只能走楼梯]。',
    ],
    ask: ['希望彻底检修。'],
    fix: ['已联系电梯维保单位全面检修，更换了门机控制板，运行正常。'],
    speed: 'slow',
  },
  {
    key: 'lift-trapped', cat: 'other', where: ['staff-dorm', 'library', 'office', 'teaching'], onset: 'now', urgent: true, hours: 'urgent', demand: 'repair', w: 0.8,
    title: ['{b}电梯困人', '{b}电梯突然停住，有人被困'],
    body: [
      '{b}的电梯在[三楼和四楼之间|运行中]突然停住，[里面有两个人|有人被困在里面]，[按了警铃没人应|门打不开]。',
    ],
    ask: ['请马上派人来救援！'],
    control: ['值班主管已到场，已与被困人员通话安抚，电梯维保单位正在赶来。'],
    fix: ['电梯维保人员已到场救出被困人员，无人受伤；故障系门锁回路接触不良，已修复并试运行正常。'],
  },
  {
    key: 'campus-net', cat: 'other', where: ['student-dorm', 'library'], onset: 'days', demand: 'improvement', w: 0.6,
    title: ['{b}校园网晚上太卡'],
    body: [
      '[晚上九点以后|每天晚上]{b}的校园网[特别卡|经常断线]，[视频都打不开|上网课总是掉线]。',
    ],
    ask: ['希望提升网速。'],
    fix: ['已转告网络信息中心。'],
    reject: ['经核实，校园网不属于后勤服务范围，已告知投诉人向网络信息中心报修，并提供了报修渠道。'],
  },
  {
    key: 'seat-hogging', cat: 'other', where: ['library'], onset: 'days', demand: 'improvement', w: 0.4,
    title: ['{b}占座现象严重'],
    body: [
      '{b}[三楼|四楼]自习区很多座位[一大早就被书占了|放着书却一整天没人]，[真正想自习的找不到座位|跟管理员说了也没用]。',
    ],
    ask: ['希望管一管占座。'],
    fix: ['已转告图书馆。'],
    reject: ['图书馆座位管理不属于后勤服务范围，已转告图书馆，并告知投诉人向图书馆读者服务部反映。'],
  },
];
