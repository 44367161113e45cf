// Characters that change how text around them is shown without being seen:
// the bidirectional embeddings, overrides and isolates, and the direction
// marks. "photo\u202Efdp.exe" shows as "photoexe.pdf".
const bidiControls = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text as it reads, without bidirectional control characters. */
export function withoutBidiControls(text: string): string {
  return text.replace(bidiControls, "");
}
