// Text to bytes for CSV-like files: UTF-8 (optionally with the BOM Excel needs to detect it) or
// Windows-1252 for DATEV and old Excel, where unmappable characters lose their accents or become "?".
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; five of those are unassigned.
const cp1252High: Readonly<Record<number, number>> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};

function cp1252Byte(codePoint: number): number | undefined {
  if (codePoint < 0x80 || (codePoint >= 0xa0 && codePoint <= 0xff)) return codePoint;
  return cp1252High[codePoint];
}

export interface EncodedText {
  readonly bytes: Uint8Array;
  /** Characters that had no Windows-1252 byte, in order of appearance (deduplicated). */
  readonly replaced: readonly string[];
}

export function encodeText(text: string, encoding: TextEncoding): EncodedText {
  if (encoding === 'windows-1252') return encodeWindows1252(text);
  const body = new TextEncoder().encode(text);
  if (encoding === 'utf-8') return { bytes: body, replaced: [] };
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return { bytes, replaced: [] };
}

function encodeWindows1252(text: string): EncodedText {
  const out: number[] = [];
  const replaced = new Set<string>();
  for (const char of text) {
    const direct = cp1252Byte(char.codePointAt(0) ?? 0x3f);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    replaced.add(char);
    // "ł" → "l", "ő" → "o": the base letter is closer than "?" for a booking text.
    const base = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    const bytes = [...base].flatMap((c) => cp1252Byte(c.codePointAt(0) ?? 0x3f) ?? []);
    if (base.length > 0 && bytes.length === [...base].length) out.push(...bytes);
    else out.push(0x3f);
  }
  return { bytes: Uint8Array.from(out), replaced: [...replaced] };
}

export function replacedWarning(replaced: readonly string[]): string[] {
  if (replaced.length === 0) return [];
  const shown = replaced.slice(0, 10).join(' ');
  return [
    `Windows-1252 has no code for these characters, so they were simplified or written as "?": ${shown}`,
  ];
}
