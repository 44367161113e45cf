import type { Finding } from "@/domain/requests/redact";
import {
  COMPOUND_SURNAMES,
  HONORIFICS,
  NAME_FOLLOWERS,
  NAME_PRECEDERS,
  NOT_ENGLISH_NAMES,
  NOT_IN_GIVEN_NAMES,
  OFFICER_TITLES,
  STOP_WORDS,
  SURNAMES,
  THANKS,
} from "@/domain/requests/redact-name-lists";
import { escapeRegExp, isHanzi } from "@/domain/requests/redact-text";

type Span = { start: number; end: number };

// Only the name is masked after a self-introduction ("我叫" stays), so the
// sentence still says who is speaking.
const INTRODUCTION = /我叫|我是|本人是|本人|名叫|名字是|名字叫/g;
// A label such as 姓名: is strong evidence, so after one a name need not
// start with a known surname.
const LABEL = /(?<![A-Za-z])(?:姓名|联系人|申请人|投诉人|举报人|报警人|反映人|当事人|来访人|求助人|户主|[Nn]ame|[Cc]ontact)( ?: ?)?/g;
// O'Brien, McDonald and Smith-Jones are one word each; the 's of "Mr Wang's
// car" is not part of the name.
const LATIN_PART = "(?:[A-Z][a-z]+)+";
const LATIN_WORD = `(?:[A-Z]')?${LATIN_PART}(?:-${LATIN_PART})*`;
const LATIN_NAME = new RegExp(`${LATIN_WORD}(?: ${LATIN_WORD}){0,2}`, "y");
const SELF_INTRODUCTION = /(?<![A-Za-z])(?:[Mm]y name is|[Mm]y name's|I am|I'm|I’m) +/g;
const TITLED_NAME = new RegExp(`(?<![A-Za-z])(?:Mrs|Mr|Ms|Miss)\\.? +${LATIN_WORD}(?: ${LATIN_WORD})?`, "g");
const HONORIFIC = new RegExp(HONORIFICS.join("|"), "g");

/** `givenNames` must already be half-width, like `text`. */
export function findNames(text: string, givenNames: readonly string[]): Finding[] {
  const spans = [
    ...givenNames.flatMap((name) => findGivenName(text, name)),
    ...findIntroducedNames(text),
    ...findLabelledNames(text),
    ...findHonorificNames(text),
    ...findEnglishNames(text),
  ];
  return spans.map((span) => ({ kind: "name", ...span }));
}

// Hanzi exactly; Latin case-insensitively, as whole words, any spacing.
function findGivenName(text: string, name: string): Span[] {
  const trimmed = name.trim();
  // A lone character would blot out every ordinary word that contains it.
  if ([...trimmed].length < 2) return [];
  const body = trimmed.split(/\s+/).map(escapeRegExp).join("\\s+");
  const before = /^[A-Za-z0-9]/.test(trimmed) ? "(?<![A-Za-z0-9])" : "";
  const after = /[A-Za-z0-9]$/.test(trimmed) ? "(?![A-Za-z0-9])" : "";
  const pattern = new RegExp(before + body + after, "gi");
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

function findIntroducedNames(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(INTRODUCTION)) {
    const start = match.index + match[0].length;
    const end = chineseNameEnd(text, start);
    if (end !== null) spans.push({ start, end });
  }
  return spans;
}

function findLabelledNames(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(LABEL)) {
    const start = match.index + match[0].length;
    const hasColon = match[1] !== undefined;
    const end = chineseNameEnd(text, start) ?? (hasColon ? (latinNameEnd(text, start) ?? unknownNameEnd(text, start)) : null);
    if (end !== null) spans.push({ start, end });
  }
  return spans;
}

function findHonorificNames(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(HONORIFIC)) {
    const honorificStart = match.index;
    const starts: number[] = [];
    for (let start = honorificStart - 1; start >= Math.max(0, honorificStart - 4); start--) {
      if (isNameBetween(text, start, honorificStart)) starts.push(start);
    }
    const nearest = starts[0];
    if (nearest === undefined) continue;
    // 张林先生: 林 is a surname too, so the longer reading wins when something
    // before it shows a name begins there.
    const fullName = starts
      .slice(1)
      .reverse()
      .find((start) => beginsWord(text, start));
    spans.push({ start: fullName ?? nearest, end: honorificStart + match[0].length });
  }
  return spans;
}

function findEnglishNames(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(SELF_INTRODUCTION)) {
    const start = match.index + match[0].length;
    const end = latinNameEnd(text, start);
    if (end !== null) spans.push({ start, end });
  }
  for (const match of text.matchAll(TITLED_NAME)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** Where a "surname + one or two characters" name that starts at `start` ends, if one does. */
function chineseNameEnd(text: string, start: number): number | null {
  if (STOP_WORDS.some((word) => text.startsWith(word, start))) return null;
  const surname = surnameAt(text, start);
  if (surname === null) return null;
  const givenStart = start + surname.length;
  for (const length of [2, 1]) {
    const given = text.slice(givenStart, givenStart + length);
    if (given.length < length || ![...given].every(isGivenNameCharacter)) continue;
    // 李四来反映: prefer the shorter name when its second character reads as the next word.
    if (length === 2 && NAME_FOLLOWERS.has(given.charAt(1))) continue;
    const end = givenStart + length;
    if (OFFICER_TITLES.some((title) => text.startsWith(title, end))) return null;
    const next = text.charAt(end);
    if (next === "" || !isHanzi(next) || NAME_FOLLOWERS.has(next)) return end;
  }
  return null;
}

function latinNameEnd(text: string, start: number): number | null {
  LATIN_NAME.lastIndex = start;
  const match = LATIN_NAME.exec(text);
  if (match === null || NOT_ENGLISH_NAMES.has(match[0].split(" ")[0] ?? "")) return null;
  return start + match[0].length;
}

// After a label, a name outside the surname list (阿依古丽, 完颜·阿骨打) is the
// whole run of hanzi up to the next punctuation, if that run is name-like.
function unknownNameEnd(text: string, start: number): number | null {
  let end = start;
  const isNamePart = (char: string) => isGivenNameCharacter(char) || char === "·";
  while (end < text.length && end - start < 8 && isNamePart(text.charAt(end))) end++;
  const next = text.charAt(end);
  const isRole = STOP_WORDS.some((word) => text.startsWith(word, start));
  return end - start >= 2 && !isRole && (next === "" || !isHanzi(next)) ? end : null;
}

function isNameBetween(text: string, start: number, end: number): boolean {
  const surname = surnameAt(text, start);
  if (surname === null || start + surname.length > end) return false;
  if (THANKS.some((word) => start >= word.length - 1 && text.startsWith(word, start - word.length + 1))) return false;
  const given = text.slice(start + surname.length, end);
  return given.length <= 2 && [...given].every(isGivenNameCharacter);
}

function surnameAt(text: string, start: number): string | null {
  const compound = COMPOUND_SURNAMES.find((surname) => text.startsWith(surname, start));
  if (compound !== undefined) return compound;
  const single = text.charAt(start);
  return SURNAMES.has(single) ? single : null;
}

function beginsWord(text: string, start: number): boolean {
  const previous = text.charAt(start - 1);
  return previous === "" || !isHanzi(previous) || NAME_PRECEDERS.has(previous);
}

function isGivenNameCharacter(char: string): boolean {
  return isHanzi(char) && !NOT_IN_GIVEN_NAMES.has(char);
}
