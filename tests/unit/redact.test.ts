import { describe, expect, it } from "vitest";

import { findPersonalData, redact } from "@/domain/requests/redact";

// Valid resident ID numbers (MOD 11-2 check digit computed by hand).
const ID = "410102199003071230";
const ID_WITH_X = "11010119491001001X";

describe("a resident's phone number is masked before publishing", () => {
  it.each([
    ["我的手机是13912345678，请回电。", "我的手机是139******78，请回电。"],
    ["手机 139 1234 5678", "手机 139******78"],
    ["手机139-1234-5678。", "手机139******78。"],
    ["请拨 +86 139 1234 5678", "请拨 +86 139******78"],
    ["0086 13912345678", "0086 139******78"],
    ["86-13912345678", "86-139******78"],
    ["+8619912345678", "+86199******78"],
    ["办公室0371-12345678转801", "办公室037**********01"],
    ["座机(0370)1234567", "座机037******67"],
    ["座机（０３７０）１２３４５６７", "座机037******67"],
    ["北京010 12345678", "北京010******78"],
    ["电话：6612345", "电话：*****45"],
    ["Call me on +86 370 1234567 after six.", "Call me on +86 ********67 after six."],
  ])("%s → %s", (input, expected) => {
    expect(redact(input).text).toBe(expected);
  });

  it("keeps the +86 prefix outside the redaction", () => {
    const [phone] = findPersonalData("请拨 +86 139 1234 5678");
    expect(phone).toEqual({ kind: "phone", start: 7, end: 20, original: "139 1234 5678" });
  });

  it("reports full-width digits as the resident typed them", () => {
    expect(findPersonalData("座机（０３７０）１２３４５６７")).toEqual([
      { kind: "phone", start: 2, end: 15, original: "（０３７０）１２３４５６７" },
    ]);
  });
});

describe("numbers that are not personal data stay readable", () => {
  it.each([
    "2026年11月28日上午10点，楼下施工噪音很大。",
    "2026-11-28 13:45 报的警",
    "被罚款15000元，另交押金2000元。",
    "接警民警警号041234，已到现场。",
    "订单号20261128093015还没有消息",
    "I paid 15,000 yuan on 28/11/2026.",
    "政务服务热线12345，报警请拨110。",
    "第138号院东侧路灯不亮",
    "档案编号410102199003071231（校验位不对）",
    "旧身份证410102901332123（没有13月）",
  ])("%s", (input) => {
    expect(findPersonalData(input)).toEqual([]);
    expect(redact(input).text).toBe(input);
  });
});

describe("resident ID numbers", () => {
  it.each([
    [`身份证号${ID}`, "身份证号******************"],
    [`身份证：${ID_WITH_X.toLowerCase()}。`, "身份证：******************。"],
    ["身份证 410102 19900307 1230", "身份证 ****** ******** ****"],
    ["证件号440304200002298884", "证件号******************"],
    ["旧证号410102900307123", "旧证号***************"],
    // One digit mistyped: after 身份证 the other seventeen must not be published.
    ["身份证号码：410102199003071231", "身份证号码：******************"],
  ])("%s → %s", (input, expected) => {
    expect(redact(input).text).toBe(expected);
  });

  it("reports an ID once, not the mobile-looking run inside it", () => {
    // 19900307123 alone would pass for a mobile number.
    expect(findPersonalData(`身份证号${ID}`)).toEqual([{ kind: "idNumber", start: 4, end: 22, original: ID }]);
  });
});

describe("e-mail addresses and vehicle plates", () => {
  it.each([
    ["邮箱zhangsan@qq.com，谢谢", "邮箱***@***，谢谢"],
    ["Write to jane.doe+police@example.com.cn.", "Write to ***@***."],
    ["邮箱１３９１２３４５６７８＠163.com", "邮箱***@***"],
    ["车牌豫N12345停在门口", "车牌豫*****停在门口"],
    ["豫N·12345", "豫*****"],
    ["豫N 1234X", "豫*****"],
    ["一辆 豫 N12345 的车", "一辆 豫***** 的车"],
    ["新能源车豫ND12345", "新能源车豫*****"],
    ["教练车豫A1234学", "教练车豫*****"],
  ])("%s → %s", (input, expected) => {
    expect(redact(input).text).toBe(expected);
  });

  it("reports the digits of an e-mail's local part as part of the e-mail", () => {
    expect(findPersonalData("13912345678@163.com").map((found) => found.kind)).toEqual(["email"]);
  });

  it.each(["豫N1234567", "云Server1 服务器", "新闻联播"])("%s is not a plate", (input) => {
    expect(findPersonalData(input)).toEqual([]);
  });
});

describe("names the resident introduces", () => {
  it.each([
    ["我叫张三，住在幸福村。", "我叫某某，住在幸福村。"],
    ["我叫张三住在幸福村", "我叫某某住在幸福村"],
    ["我是李四的邻居", "我是某某的邻居"],
    ["我是李四来反映情况", "我是某某来反映情况"],
    ["本人王五，男，45岁", "本人某某，男，45岁"],
    ["联系人：欧阳娜娜", "联系人：某某"],
    ["联系人：阿依古丽，住三组", "联系人：某某，住三组"],
    ["张先生说楼下很吵", "某某说楼下很吵"],
    ["王大爷和李阿姨都看见了", "某某和某某都看见了"],
    ["请刘师傅来修", "请某某来修"],
    ["见到了张林女士", "见到了某某"],
    ["My name is John Smith and I live on Elm Road.", "My name is [name] and I live on Elm Road."],
    ["I am Jane Doe.", "I am [name]."],
    ["Mrs. Brown called the station twice.", "[name] called the station twice."],
    ["Mr Wang's car and Ms O'Brien-Smith's dog", "[name]'s car and [name]'s dog"],
    ["I am Ronald McDonald.", "I am [name]."],
    ["Name: Wang Fang, tel 13912345678", "Name: [name], tel 139******78"],
  ])("%s → %s", (input, expected) => {
    expect(redact(input).text).toBe(expected);
  });

  it.each([
    "我是村民，反映路灯问题",
    "我是居民",
    "我是学生",
    "我是本地人",
    "我是外地来的",
    "我是高中生",
    "我是党员，也是志愿者",
    "我是群众",
    "我是周一来的",
    "谢谢阿姨",
    "联系人：物业",
    "我是王五警官，已联系当事人。",
    "承办民警：王建国，警号041234",
    "I am Chinese and I am very upset.",
    "I am Officer Li of Luwan station.",
  ])("%s is left alone", (input) => {
    expect(redact(input).text).toBe(input);
  });
});

describe("names passed in by the resident or the moderator", () => {
  it("masks a hanzi name everywhere it appears", () => {
    expect(redact("张三说，张三的车被刮了", { names: ["张三"] }).text).toBe("某某说，某某的车被刮了");
  });

  it("matches a Latin name case-insensitively and across spacing", () => {
    expect(redact("zhang san and ZHANG  SAN both wrote.", { names: ["Zhang San"] }).text).toBe("[name] and [name] both wrote.");
  });

  it("uses the Chinese mask for a Latin name inside Chinese text", () => {
    expect(redact("邻居Zhang San经常半夜装修", { names: ["Zhang San"] }).text).toBe("邻居某某经常半夜装修");
  });

  it("matches Latin names only as whole words", () => {
    expect(redact("Lily met Li at the gate.", { names: ["Li"] }).text).toBe("Lily met [name] at the gate.");
  });

  it("ignores one-character names that would blot out ordinary words", () => {
    expect(redact("王家村的路", { names: ["王", " "] }).text).toBe("王家村的路");
  });

  it("masks a named officer only when the moderator asks", () => {
    const reply = "您好，我是芦湾派出所民警王建国，已联系张先生。";
    expect(redact(reply).text).toBe("您好，我是芦湾派出所民警王建国，已联系某某。");
    expect(redact(reply, { names: ["王建国"] }).text).toBe("您好，我是芦湾派出所民警某某，已联系某某。");
  });
});

describe("a whole complaint", () => {
  const complaint = `我叫张三，电话139-1234-5678，身份证${ID}，车牌豫N·12345被刮，邮箱zs@qq.com。2026年11月28日报警，警号041234的民警已到场。`;

  it("masks every finding and nothing else", () => {
    expect(redact(complaint).text).toBe(
      "我叫某某，电话139******78，身份证******************，车牌豫*****被刮，邮箱***@***。2026年11月28日报警，警号041234的民警已到场。",
    );
  });

  it("masks an English message the same way", () => {
    const message = "Hello, my name is Jane Doe. Call 139 1234 5678 or email jane@example.org.";
    expect(redact(message).text).toBe("Hello, my name is [name]. Call 139******78 or email ***@***.");
  });

  it("reports findings sorted, without overlaps, pointing at the original text", () => {
    const redactions = findPersonalData(complaint);
    expect(redactions.map((found) => found.kind)).toEqual(["name", "phone", "idNumber", "plate", "email"]);
    for (const [index, found] of redactions.entries()) {
      expect(complaint.slice(found.start, found.end)).toBe(found.original);
      expect(found.start).toBeGreaterThanOrEqual(redactions[index - 1]?.end ?? 0);
    }
  });

  it("never changes the text it was given", () => {
    const original = complaint.slice();
    redact(complaint);
    expect(complaint).toBe(original);
  });

  it.each([
    complaint,
    "Hello, my name is Jane Doe. Call 139 1234 5678 or email jane@example.org.",
    "姓名：赵六 联系人：阿依古丽 王大爷 Mr Smith 座机（０３７０）１２３４５６７",
  ])("finds nothing new in its own output: %s", (input) => {
    const once = redact(input, { names: ["赵六"] });
    expect(findPersonalData(once.text, { names: ["赵六"] })).toEqual([]);
    expect(redact(once.text, { names: ["赵六"] }).text).toBe(once.text);
  });
});
