// Word lists behind the name patterns in redact-names.ts. A pattern only fires
// on a known surname, so these lists are what keep "我是村民" readable.

// The common single-character surnames. Left out on purpose, because as words
// they are far more frequent than as surnames and would mask ordinary text:
// 于 (本人于昨日), 向 (我向派出所), 任 (班主任), 文 (语文), 安 (保安), 时 (时候).
export const SURNAMES = new Set(
  [
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁沈",
    "姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎闫薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武莫孔",
    "汤易常乔温牛葛伍申付耿齐柴柳岳殷庞祝欧",
  ].join(""),
);

export const COMPOUND_SURNAMES = ["欧阳", "司马", "诸葛", "上官", "皇甫", "公孙", "慕容", "令狐", "司徒", "夏侯", "宇文", "尉迟"];

// Words that start with a surname character but name a role, a time or a
// place; the last line is what residents write after 联系人: instead of a name.
export const STOP_WORDS = [
  "村民",
  "居民",
  "群众",
  "学生",
  "老人",
  "本地",
  "外地",
  "党员",
  "志愿者",
  "业主",
  "租户",
  "市民",
  "家长",
  "司机",
  "商户",
  "高中",
  "高三",
  "高二",
  "高一",
  "白天",
  "周边",
  "周围",
  "周末",
  "周一",
  "周二",
  "周三",
  "周四",
  "周五",
  "周六",
  "周日",
  "万一",
  "方便",
  "常年",
  "马路",
  "江边",
  "石头",
  "黄色",
  "白色",
  "金额",
  "龙头",
  "孙子",
  "孙女",
  "物业",
  "社区",
  "村委",
  "居委",
  "派出所",
  "本人",
];

// Characters that do not occur in a given name but do occur in the words that
// follow 我是/本人: particles, pronouns, and place and time words.
export const NOT_IN_GIVEN_NAMES = new Set(
  "的了在是和与及住这那个些们你我他她它谢吗呢吧啊呀着过被把给让对从向说去也就都又还很已曾没不日年号区路街村镇县市省楼院店站边里局所队警某昨今上下本近当末",
);

// Hanzi that commonly come straight after a name: 我叫张三住在…, 我是李四的邻居.
export const NAME_FOLLOWERS = new Set(
  "的在住是和与及跟同来去说想要向给对从今昨现家男女电手联身反投举请因于已曾也就都又还我他她啊呀吗呢吧本",
);

// Characters before "surname + given name + 先生" that show where the name begins.
export const NAME_PRECEDERS = new Set("是叫和与跟给向找请问让被把的位有及对了到见系");

export const HONORIFICS = ["先生", "女士", "小姐", "大爷", "大妈", "大娘", "大叔", "大哥", "大姐", "阿姨", "师傅", "奶奶", "爷爷", "老板"];

// 谢 is a surname too: 谢谢阿姨 thanks an auntie, it does not name one.
export const THANKS = ["谢谢", "感谢", "多谢", "致谢", "答谢", "鸣谢"];

// An officer named in the bureau's reply is public; 王五警官 stays as written.
export const OFFICER_TITLES = ["警官", "民警", "辅警", "所长", "局长", "队长", "教导员", "指导员"];

// Capitalised words after "I am" that are not names.
export const NOT_ENGLISH_NAMES = new Set([
  "Chinese",
  "English",
  "American",
  "British",
  "Canadian",
  "Australian",
  "German",
  "French",
  "Japanese",
  "Korean",
  "Indian",
  "Russian",
  "Officer",
  "Sergeant",
  "Inspector",
  "Captain",
  "Not",
  "Very",
  "So",
  "Sorry",
  "Writing",
  "Calling",
  "Here",
  "Glad",
  "Happy",
  "Afraid",
  "Sure",
  "Also",
  "Still",
  "Just",
  "Really",
  "Concerned",
  "Worried",
  "From",
  "In",
  "At",
  "The",
  "An",
  "Mr",
  "Mrs",
  "Ms",
  "Miss",
  "Dr",
]);
