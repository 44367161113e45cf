import "server-only";

import { pinyin } from "pinyin-pro";

// Pinyin from hanzi (pinyin-pro), for names staff leave without one and for
// searching by initials. Server only: the library's dictionary is large.

const compoundSurnames = [
  "欧阳",
  "司马",
  "诸葛",
  "上官",
  "东方",
  "皇甫",
  "尉迟",
  "公孙",
  "慕容",
  "令狐",
  "长孙",
  "宇文",
  "司徒",
  "夏侯",
  "端木",
];
const cap = (syllables: string[]) => syllables.map((s, i) => (i === 0 ? s[0]!.toUpperCase() + s.slice(1) : s)).join("");

function syllables(hanzi: string, person: boolean): string[] {
  return pinyin(hanzi, { toneType: "none", type: "array", surname: person ? "head" : "off", nonZh: "removed" }).filter(Boolean);
}

/** A person's name as English pages show it: "黄志强" → "Huang Zhiqiang", "欧阳修" → "Ouyang Xiu". */
export function personPinyin(nameZh: string): string {
  const all = syllables(nameZh, true);
  const surnameLength = compoundSurnames.some((s) => nameZh.startsWith(s)) ? 2 : 1;
  return [cap(all.slice(0, surnameLength)), cap(all.slice(surnameLength))].filter(Boolean).join(" ");
}

/** A place's name as residents type it: "王庄村" → "wangzhuangcun". */
export function placePinyin(nameZh: string): string {
  return syllables(nameZh, false).join("");
}

/** The first letters of each syllable: "黄志强" → "hzq"; surnames read as surnames for people. */
export function initialsOf(nameZh: string, { person = false } = {}): string {
  return syllables(nameZh, person)
    .map((s) => s[0])
    .join("");
}

/** What a title is searched by: its pinyin and its initials, "居住证申领" → "juzhuzhengshenling jzzsl". */
export function titlePinyin(titleZh: string): string {
  return `${placePinyin(titleZh)} ${initialsOf(titleZh)}`;
}
