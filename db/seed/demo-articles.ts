import type { ArticleSection, ArticleStatus } from "../schema";

/**
 * The demo bureau's disclosure articles: every section, both languages (one
 * left without an English version, to show the notice), one draft and one
 * archived. `daysAgo` dates them back from the day of seeding.
 */
type DemoArticle = {
  section: ArticleSection;
  status: ArticleStatus;
  daysAgo: number;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
  /** The service hall's guide the article describes, by its slug. */
  serviceSlug?: string;
  /** A PDF annex: its file name and its lines of text. */
  annex?: { fileName: string; lines: string[] };
};

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    section: "notices",
    status: "published",
    daysAgo: 2,
    titleZh: "户籍窗口元旦假期办公时间调整",
    titleEn: "Household registration desks over the New Year holiday",
    bodyZh:
      "1 月 1 日至 3 日，各派出所户籍窗口暂停办理业务，**身份证急办**请到县公安局出入境和户政服务中心。\n\n- 1 月 4 日起恢复正常办公\n- 报警求助请拨打 110",
    bodyEn:
      "From 1 to 3 January the household registration desks of the stations are closed. For an **urgent identity card**, go to the bureau's service centre.\n\n- Normal hours again from 4 January\n- In an emergency, call 110",
  },
  {
    section: "notices",
    status: "published",
    daysAgo: 9,
    titleZh: "关于开展冬季道路交通安全专项整治的通告",
    titleEn: "Winter road safety campaign",
    bodyZh: "即日起至 2 月底，县公安局交通管理大队在国道、省道和农村道路开展酒驾醉驾、超员超载专项整治。请广大驾驶人自觉守法。",
    bodyEn:
      "Until the end of February the Traffic Police Brigade is checking for drink-driving and overloading on national, provincial and village roads. Drivers are asked to keep to the law.",
  },
  {
    section: "notices",
    status: "published",
    daysAgo: 30,
    titleZh: "警惕“刷单返利”类电信网络诈骗",
    titleEn: "Beware of “paid to click” fraud",
    bodyZh: "近期我县发生多起“刷单返利”诈骗。凡是要求先垫付资金的刷单都是诈骗。\n\n详见[国家反诈中心](https://www.gov.cn/)发布的防骗指南。",
    bodyEn:
      "Several residents have lost money to “paid to click” schemes. Any job that asks you to pay first is a fraud.\n\nSee the anti-fraud guide of the [national anti-fraud centre](https://www.gov.cn/).",
  },
  {
    section: "news",
    status: "published",
    daysAgo: 4,
    titleZh: "城关派出所帮助走失老人平安回家",
    titleEn: "Chengguan station brings a lost elderly man home",
    bodyZh: "11 月 27 日晚，城关派出所民警在巡逻中发现一名迷路老人，经走访核实身份，两小时后将老人平安送回家中。",
    bodyEn:
      "On the evening of 27 November officers of Chengguan station on patrol met an elderly man who had lost his way. They found out who he was and took him home two hours later.",
  },
  {
    section: "news",
    status: "published",
    daysAgo: 12,
    titleZh: "“枫桥式”派出所创建推进会召开",
    titleEn: "Stations meet on settling disputes close to home",
    bodyZh: "县公安局召开推进会，总结各派出所就地化解矛盾纠纷的做法。今年以来共调解纠纷 1,200 余起。",
    bodyEn:
      "The bureau brought its stations together to share how they settle disputes where they arise. More than 1,200 disputes have been settled this year.",
  },
  {
    section: "news",
    status: "published",
    daysAgo: 20,
    titleZh: "禁毒宣传进校园",
    titleEn: "Drug prevention classes in schools",
    bodyZh: "禁毒大队走进全县 12 所中小学，开展禁毒知识讲座，发放宣传资料 3,000 余份。",
    bodyEn: "",
  },
  {
    section: "law",
    status: "published",
    daysAgo: 60,
    titleZh: "《中华人民共和国治安管理处罚法》要点",
    titleEn: "The Public Security Administration Punishments Law in brief",
    bodyZh:
      "## 适用范围\n\n扰乱公共秩序、妨害公共安全、侵犯人身权利和财产权利、妨害社会管理，尚不够刑事处罚的，由公安机关依法给予治安管理处罚。\n\n## 处罚种类\n\n| 种类 | 说明 |\n| --- | --- |\n| 警告 | 最轻的处罚 |\n| 罚款 | 依法定数额 |\n| 行政拘留 | 一般不超过 15 日 |",
    bodyEn:
      "## What it covers\n\nActs that disturb public order, endanger public safety, infringe people's rights or property, or obstruct public administration, but are not crimes, are punished by the police under this law.\n\n## Penalties\n\n| Penalty | Note |\n| --- | --- |\n| Warning | The lightest |\n| Fine | Within the amounts the law sets |\n| Administrative detention | Usually up to 15 days |",
  },
  {
    section: "law",
    status: "published",
    daysAgo: 90,
    titleZh: "居住证办理的法律依据",
    titleEn: "The rules for residence permits",
    bodyZh:
      "依据国务院《居住证暂行条例》，离开常住户口所在地，到其他城市居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，可以申领居住证。",
    bodyEn:
      "Under the State Council's Interim Regulations on Residence Permits, anyone who has lived in another city for six months or more and has steady work, a steady home or is studying there may apply for a residence permit.",
  },
  {
    section: "procedures",
    status: "published",
    daysAgo: 45,
    serviceSlug: "hukou-transfer-in",
    annex: {
      fileName: "户口迁移材料清单.pdf",
      lines: [
        "Moving your household registration: what to bring",
        "1. Household register (hukou booklet)",
        "2. Identity card",
        "3. Proof of your new home (deed or registered lease)",
        "4. For a child: birth certificate",
        "Demo document of a fictional bureau.",
      ],
    },
    titleZh: "如何办理户口迁移",
    titleEn: "How to move your household registration",
    bodyZh:
      "1. 准备户口簿、身份证和迁入地住房证明\n2. 到迁入地派出所户籍窗口提交申请\n3. 符合条件的当场办结；需审核的 5 个工作日内答复\n\n也可以在本网站[网上办事](/feedback)提出咨询。",
    bodyEn:
      "1. Bring your household register, identity card and proof of your new home\n2. Apply at the household registration desk of the station where you are moving\n3. Simple cases are done at once; others are answered within 5 working days\n\nYou can also [ask online](/feedback) first.",
  },
  {
    section: "procedures",
    status: "published",
    daysAgo: 50,
    titleZh: "投诉民警的程序",
    titleEn: "How to complain about an officer",
    bodyZh: "对民警的执法行为有意见，可以在[互动留言](/feedback)中选择“投诉”，或到县公安局政治处当面反映。我们将在 15 个工作日内答复。",
    bodyEn:
      "If you are unhappy with how an officer acted, choose “Complaint” under [Interaction bridge](/feedback), or come to the Political Department in person. We answer within 15 working days.",
  },
  {
    section: "results",
    status: "published",
    daysAgo: 15,
    titleZh: "今年以来破获电信网络诈骗案件情况",
    titleEn: "Fraud cases solved this year",
    bodyZh: "今年以来，县公安局破获电信网络诈骗案件 86 起，抓获犯罪嫌疑人 112 名，为群众挽回损失 430 余万元。",
    bodyEn:
      "This year the bureau has solved 86 phone and online fraud cases, arrested 112 suspects and recovered more than 4.3 million yuan for residents.",
  },
  {
    section: "results",
    status: "published",
    daysAgo: 75,
    titleZh: "夏季治安打击整治行动成果",
    titleEn: "Results of the summer public order campaign",
    bodyZh: "行动期间查处治安案件 340 起，整改安全隐患 520 处，刑事警情同比下降 18%。",
    bodyEn:
      "During the campaign 340 public order cases were dealt with, 520 hazards were put right and reported crime fell by 18% on a year earlier.",
  },
  {
    section: "notices",
    status: "archived",
    daysAgo: 400,
    titleZh: "去年春节期间烟花爆竹燃放规定",
    titleEn: "Fireworks rules for last Spring Festival",
    bodyZh: "城区范围内禁止燃放烟花爆竹。本公告已过期。",
    bodyEn: "No fireworks in the town. This notice has expired.",
  },
  {
    section: "news",
    status: "draft",
    daysAgo: 0,
    titleZh: "（草稿）冬季防火检查",
    titleEn: "(Draft) Winter fire checks",
    bodyZh: "草稿，尚未发布。",
    bodyEn: "A draft, not yet published.",
    annex: { fileName: "fire-check-list.pdf", lines: ["Winter fire checks (draft)", "Demo document of a fictional bureau."] },
  },
];
