import { describe, expect, it } from "vitest";

import { dispatchDue } from "@/domain/notifications/dispatch";
import type { Sender } from "@/domain/notifications/senders";

import { demoVillages, submitProblem } from "../helpers/requests";

const hanzi = /[\u4e00-\u9fff]/;

async function sentFor(trackingNumbers: string[]) {
  const sent = new Map<string, { subject: string; text: string }>();
  const log: Sender = async (message) => {
    const about = trackingNumbers.find((n) => message.text.includes(n));
    if (about) sent.set(about, { subject: message.subject, text: message.text });
  };
  await dispatchDue({ limit: 500, baseUrl: "https://safe.example.test", senders: { log, email: log, sms: log } });
  return sent;
}

describe("a resident's notifications", () => {
  it("come in the language the resident wrote in, and only in it", async () => {
    const { own } = await demoVillages();
    const english = await submitProblem(own, "en");
    const chinese = await submitProblem(own, "zh-CN");
    const sent = await sentFor([english.trackingNumber, chinese.trackingNumber]);

    const toEnglish = sent.get(english.trackingNumber);
    expect(toEnglish?.subject).toBe(`We have received your request ${english.trackingNumber}`);
    expect(toEnglish?.text).toContain("Safe City never sends or asks for your access code");
    expect(toEnglish?.text).not.toMatch(hanzi);

    const toChinese = sent.get(chinese.trackingNumber);
    expect(toChinese?.subject).toBe(`已收到您的诉求 ${chinese.trackingNumber}`);
    expect(toChinese?.text).toContain("平安城市不会在消息中发送或索要查询码");
    expect(toChinese?.text).not.toContain("Hello");
  });
});
