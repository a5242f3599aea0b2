// A name's text as OCR and text layers garble it, read back: legal forms ("SON 8D" → "SDN BHD"),
// misread letters ("HAI-0" → "HAI-O"), specks after the name and a till number before it.
import { nearlySame } from './nearly-same.ts';

/** OCR's reading of specks and rules ("SN——\"|"): marks no name is printed with. */
export const debris = /[^\p{L}\p{N}\s.,&()'’/+-]/u;

const legalFormPairs: readonly (readonly [string, string])[] = [
  ['SDN', 'BHD'],
  ['PTE', 'LTD'],
  ['PTY', 'LTD'],
  ['PVT', 'LTD'],
];

/** Figures OCR reads for look-alike capitals ("8D" for "BD" of "BHD"). */
const asLetters = (word: string) =>
  word.replace(
    /[0-8]/g,
    (digit) => ({ 0: 'O', 1: 'I', 2: 'Z', 5: 'S', 6: 'G', 8: 'B' })[digit] ?? digit,
  );

/**
 * OCR's take on a two-word legal form ending a name ("SON. BHD.", "SDN EHD") read back; specks
 * OCR added after it ("… SON. BHO. Lp") go, a legal form ends a name there.
 */
export function repairLegalForm(name: string): string {
  const words = name.split(' ');
  const cased = (word: string, form: string) => {
    const dotted = word.endsWith('.') ? '.' : '';
    const text = word === word.toUpperCase() ? form : form[0] + form.slice(1).toLowerCase();
    return text + dotted;
  };
  for (let i = 1; i + 1 < words.length; i++) {
    const tail = words.slice(i + 2);
    if (tail.some((word) => word.length > 2)) continue;
    const [first, second] = [words[i]!, words[i + 1]!].map((w) =>
      asLetters(w.replace(/\./g, '').toUpperCase()),
    );
    for (const [a, b] of legalFormPairs) {
      const exact = first === a && second === b;
      if ((exact && tail.length === 0) || !nearlySame(first!, a) || !nearlySame(second!, b))
        continue;
      return [...words.slice(0, i), cased(words[i]!, a), cased(words[i + 1]!, b)].join(' ');
    }
  }
  return name;
}

/**
 * OCR misreads in names: a zero in a capitalised word with no other figure ("HAI-0" → "HAI-O"), a
 * bracket or bar read for the "l" ending a lower-case word ("BHPetro]" → "BHPetrol"), and the
 * empty brackets left of a Malaysian company's "(M)" before its legal form ("COSWAY () SDN BHD").
 */
export function repairNameMisreads(name: string): string {
  return name
    .split(' ')
    .map((word) =>
      /^[\p{Lu}0-]+$/u.test(word) && /\p{Lu}{2}/u.test(word) ? word.replace(/0/g, 'O') : word,
    )
    .join(' ')
    .replace(/(?<=\p{Ll})[\]|](?=\s|$)/gu, 'l')
    .replace(/\(\s?\)(?=\s+(?:sdn|bhd)\b)/giu, '(M)');
}

/** Specks OCR read after a name ("Lieferant GmbH SN——\"") are not part of it. */
export function withoutTrailingDebris(name: string): string {
  const words = name.split(' ');
  while (words.length > 1 && debris.test(words.at(-1)!)) words.pop();
  return words.join(' ');
}

/** A till, branch or customer number printed before a name ("#000002 BAIFU (M) Sdn Bhd") is not part of it. */
export const withoutLeadingNumber = (name: string): string =>
  name.replace(/^(?:(?:#\S*|\d{4,})\s+)+(?=\p{L})/u, '');
