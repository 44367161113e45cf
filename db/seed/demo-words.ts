/** Word tables and fixed settings of the demo bureau (see demo-bureau.ts). */

export function at<T>(list: readonly T[], i: number): T {
  const value = list[i];
  if (value === undefined) throw new Error(`index ${i} out of range (${list.length})`);
  return value;
}

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------------------
// Word tables: "汉字:pinyin[:extra]", pinyin toneless and lower-case; `x` holds
// the optional extra field (a weight, or 镇/乡 for rural towns).

export type Word = { zh: string; py: string; x: string };

function words(spec: string): Word[] {
  return spec
    .trim()
    .split(/\s+/)
    .map((item) => {
      const [zh = "", py = "", x = ""] = item.split(":");
      if (!zh || !/^[a-z]+$/.test(py)) throw new Error(`bad word table entry: ${item}`);
      return { zh, py, x };
    });
}

// Single-reading surnames only (no 单, 覃, 区 …; 吕 skipped to avoid ü), roughly by frequency.
export const SURNAMES = words(`
  王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 赵:zhao 黄:huang 周:zhou 吴:wu 徐:xu 孙:sun
  马:ma 朱:zhu 胡:hu 郭:guo 何:he 高:gao 林:lin 罗:luo 郑:zheng 梁:liang 谢:xie 宋:song
  唐:tang 许:xu 韩:han 冯:feng 邓:deng 曹:cao 彭:peng 曾:zeng 肖:xiao 田:tian 董:dong 袁:yuan
  潘:pan 于:yu 蒋:jiang 蔡:cai 余:yu 杜:du 叶:ye 程:cheng 苏:su 魏:wei 丁:ding 任:ren
  沈:shen 姚:yao 卢:lu 姜:jiang 崔:cui 钟:zhong 谭:tan 陆:lu 汪:wang 范:fan 金:jin 石:shi
  廖:liao 贾:jia 夏:xia 韦:wei 付:fu 方:fang 白:bai 邹:zou 孟:meng 熊:xiong 秦:qin 邱:qiu
  江:jiang 尹:yin 薛:xue 闫:yan 段:duan 雷:lei 侯:hou 龙:long 史:shi 陶:tao 黎:li 贺:he
  顾:gu 毛:mao 郝:hao 龚:gong 邵:shao 万:wan 钱:qian 严:yan 武:wu 戴:dai 莫:mo 孔:kong
  向:xiang 汤:tang
`);

// Given-name characters, split by customary gender (some appear in both); none
// starts with a vowel, so joined pinyin needs no apostrophe.
export const GIVEN_MALE = words(`
  建:jian 国:guo 军:jun 华:hua 明:ming 伟:wei 强:qiang 磊:lei 洋:yang 勇:yong 杰:jie 涛:tao
  斌:bin 超:chao 鹏:peng 辉:hui 刚:gang 平:ping 峰:feng 波:bo 海:hai 亮:liang 东:dong 林:lin
  宇:yu 浩:hao 凯:kai 鑫:xin 俊:jun 博:bo 文:wen 志:zhi 新:xin 民:min 永:yong 卫:wei
  春:chun 庆:qing 立:li 振:zhen 宏:hong 德:de 阳:yang 帆:fan 航:hang 飞:fei 旭:xu 晓:xiao
  利:li 宁:ning 兵:bing 成:cheng 学:xue 光:guang 荣:rong 福:fu 祥:xiang 瑞:rui 泽:ze 子:zi
  轩:xuan 金:jin 宝:bao 森:sen 毅:yi 健:jian 鸿:hong 昊:hao 然:ran 嘉:jia 铭:ming 晨:chen
`);
export const GIVEN_FEMALE = words(`
  华:hua 明:ming 文:wen 红:hong 春:chun 雪:xue 静:jing 丽:li 芳:fang 娜:na 敏:min 燕:yan
  霞:xia 婷:ting 玲:ling 丹:dan 倩:qian 慧:hui 颖:ying 琳:lin 晶:jing 欣:xin 悦:yue 佳:jia
  晨:chen 晓:xiao 宁:ning 怡:yi 涵:han 萍:ping 秀:xiu 英:ying 梅:mei 兰:lan 琪:qi 璐:lu
  蕾:lei 思:si 雨:yu 梦:meng 嘉:jia 子:zi
`);

export const VILLAGE_MODIFIERS = words("前:qian 后:hou 东:dong 西:xi 南:nan 北:bei 大:da 小:xiao");
// Extra field = relative weight.
export const VILLAGE_SUFFIXES = words(`
  庄:zhuang:6 楼:lou:4 寨:zhai:3 营:ying:2 集:ji:2 店:dian:2 湾:wan:2 岗:gang:2 桥:qiao:2
  庙:miao:2 屯:tun:1 河:he:1 园:yuan:1 坡:po:1 口:kou:1 洼:wa:1 沟:gou:1 台:tai:1 铺:pu:1
  井:jing:1 坊:fang:1
`);

export const URBAN_ROADS = words(`
  人民路:renminlu 解放路:jiefanglu 建设路:jianshelu 文化路:wenhualu 中山路:zhongshanlu
  和平路:hepinglu 胜利路:shenglilu 光明路:guangminglu 滨河路:binhelu 迎宾大道:yingbindadao
`);
export const TOWN_ROADS = words(`
  振兴路:zhenxinglu 政府街:zhengfujie 中心街:zhongxinjie 商贸街:shangmaojie 富民路:fuminlu
  团结路:tuanjielu 育才路:yucailu
`);

export type Place = { zh: string; en: string };
type UrbanStation = { py: string; zh: string; en: string; district: Place; road: Word; communities: Word[] };
function urban(py: string, zh: string, district: Place, road: string, communities: string, en?: string): UrbanStation {
  const stationEn = en ?? `${cap(py)} Police Station`;
  return { py, zh, en: stationEn, district, road: at(words(road), 0), communities: words(communities) };
}
export const URBAN_STATIONS: UrbanStation[] = [
  urban(
    "chengguan",
    "城关",
    { zh: "城关镇", en: "Chengguan Town" },
    "解放路:jiefanglu",
    "人民路:renminlu 解放路:jiefanglu 府前:fuqian 鼓楼:gulou 文庙:wenmiao 书院:shuyuan",
  ),
  urban(
    "dongcheng",
    "东城",
    { zh: "东城街道", en: "Dongcheng Subdistrict" },
    "建设路:jianshelu",
    "东关:dongguan 建设路:jianshelu 朝阳:chaoyang 春晖:chunhui 振兴:zhenxing",
  ),
  urban(
    "xicheng",
    "西城",
    { zh: "西城街道", en: "Xicheng Subdistrict" },
    "中山路:zhongshanlu",
    "西关:xiguan 中山路:zhongshanlu 和平路:hepinglu 锦绣:jinxiu 翠园:cuiyuan",
  ),
  urban(
    "nanguan",
    "南关",
    { zh: "南关街道", en: "Nanguan Subdistrict" },
    "胜利路:shenglilu",
    "南关:nanguan 胜利路:shenglilu 光明:guangming 育才:yucai 康乐:kangle",
  ),
  urban(
    "beiguan",
    "北关",
    { zh: "北关街道", en: "Beiguan Subdistrict" },
    "文化路:wenhualu",
    "北关:beiguan 钟楼:zhonglou 工农:gongnong 纺织:fangzhi 幸福:xingfu",
  ),
  urban(
    "hebin",
    "河滨",
    { zh: "河滨街道", en: "Hebin Subdistrict" },
    "滨河路:binhelu",
    "滨河:binhe 龙湖:longhu 花园:huayuan 阳光:yangguang 银杏:yinxing 金桥:jinqiao",
  ),
  urban(
    "xinhua",
    "新华",
    { zh: "新华街道", en: "Xinhua Subdistrict" },
    "新华路:xinhualu",
    "新华:xinhua 铁路:tielu 站前:zhanqian 新城:xincheng 青年路:qingnianlu",
  ),
  urban(
    "kaifaqu",
    "开发区",
    { zh: "经济开发区", en: "Economic Development Zone" },
    "长江路:changjianglu",
    "长江路:changjianglu 黄河路:huanghelu 工业园:gongyeyuan 创业:chuangye 迎宾:yingbin 商城:shangcheng",
    "Development Zone Police Station",
  ),
];

// Extra field = 镇 (town) or 乡 (township).
export const RURAL_TOWNS = words(`
  芦湾:luwan:镇 柳河:liuhe:镇 石桥:shiqiao:镇 青山:qingshan:乡 双庙:shuangmiao:乡 白马:baima:镇
  桃园:taoyuan:乡 龙岗:longgang:镇 黄集:huangji:镇 高庄:gaozhuang:乡 马店:madian:镇 金河:jinhe:镇
  永兴:yongxing:镇 古城:gucheng:乡 杨湖:yanghu:乡 丰乐:fengle:镇 孟寨:mengzhai:镇
`);

// allDay: staffed around the clock (otherwise office hours).
export const OFFICES: { slug: string; zh: string; en: string; allDay?: boolean }[] = [
  { slug: "command-centre", zh: "指挥中心", en: "Command Centre", allDay: true },
  { slug: "political-department", zh: "政治处", en: "Political Department" },
  { slug: "logistics-office", zh: "警务保障室", en: "Police Logistics Office" },
];
export const BRIGADES: typeof OFFICES = [
  { slug: "legal-brigade", zh: "法制大队", en: "Legal Affairs Brigade" },
  { slug: "criminal-brigade", zh: "刑事侦查大队", en: "Criminal Investigation Brigade", allDay: true },
  { slug: "traffic-brigade", zh: "交通管理大队", en: "Traffic Police Brigade", allDay: true },
  { slug: "public-order-brigade", zh: "治安管理大队", en: "Public Order Brigade" },
  { slug: "patrol-brigade", zh: "巡特警大队", en: "Patrol and Special Police Brigade", allDay: true },
  { slug: "narcotics-brigade", zh: "禁毒大队", en: "Narcotics Control Brigade" },
  { slug: "cyber-brigade", zh: "网络安全保卫大队", en: "Cyber Security Brigade" },
  { slug: "economic-crime-brigade", zh: "经济犯罪侦查大队", en: "Economic Crime Investigation Brigade" },
];

export const TITLES = {
  chief: ["局长", "Director"],
  commissar: ["政治委员", "Political Commissar"],
  deputyChief: ["副局长", "Deputy Director"],
  discipline: ["纪委书记", "Secretary of the Discipline Inspection Commission"],
  officeHead: ["主任", "Director"],
  officeDeputy: ["副主任", "Deputy Director"],
  brigadeHead: ["大队长", "Brigade Commander"],
  brigadeDeputy: ["副大队长", "Deputy Brigade Commander"],
  instructor: ["教导员", "Political Instructor"],
  stationHead: ["所长", "Director"],
  stationDeputy: ["副所长", "Deputy Director"],
  community: ["社区民警", "Community Police Officer"],
  beat: ["责任区民警", "Area Police Officer"],
  officer: ["民警", "Police Officer"],
  auxiliary: ["辅警", "Auxiliary Officer"],
} as const;
export type Title = keyof typeof TITLES;

export const ALL_DAY = { hoursZh: "周一至周日 全天24小时", hoursEn: "Open 24 hours, every day" };
export const OFFICE_HOURS = { hoursZh: "周一至周五 8:30-12:00，14:30-17:30", hoursEn: "Mon–Fri 8:30–12:00, 14:30–17:30" };
export const WORK_STATION_HOURS = {
  hoursZh: "周一至周六 8:30-12:00，14:30-17:30",
  hoursEn: "Mon–Sat 8:30–12:00, 14:30–17:30",
};
export const CHENGGUAN: Place = { zh: "城关镇", en: "Chengguan Town" };
export const HQ_ROAD: Word = { zh: "人民路", py: "renminlu", x: "" };

export function placeEn(w: Word): string {
  if (w.zh.endsWith("大道")) return `${cap(w.py.slice(0, -"dadao".length))} Avenue`;
  if (w.zh.endsWith("路")) return `${cap(w.py.slice(0, -"lu".length))} Road`;
  if (w.zh.endsWith("街")) return `${cap(w.py.slice(0, -"jie".length))} Street`;
  return cap(w.py);
}

export function streetAddress(place: Place, road: Word, no: number) {
  return {
    addressZh: `示范市${place.zh}${road.zh}${no}号`,
    addressEn: `${no} ${placeEn(road)}, ${place.en}, Demo City`,
  };
}
