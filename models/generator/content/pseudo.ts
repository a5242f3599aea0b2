// Made-up pronounceable words, so the model learns name positions rather than memorising name lists.
import { list } from './list.ts';
import type { Rng } from '../rng.ts';

type Flavour = 'germanic' | 'romance' | 'generic' | 'asian' | 'nordic';

const SYLLABLES: Record<Flavour, { onset: string[]; nucleus: string[]; coda: string[] }> = {
  germanic: {
    onset: list('b|br|d|f|g|gr|h|k|kr|l|m|n|r|s|sch|st|t|w|z|v'),
    nucleus: list('a|e|i|o|u|au|ei|ä|ö|ü|ie'),
    coda: list('||n|r|l|rt|ck|st|nd|ng|lz|tz|ch'),
  },
  romance: {
    onset: list('b|c|d|f|g|l|m|n|p|r|s|t|v|ch|br|tr|gl'),
    nucleus: list('a|e|i|o|u|ia|io|eu|é|ou'),
    coda: list('|||n|l|r|s|x|nt'),
  },
  generic: {
    onset: list('b|c|d|f|g|h|j|k|l|m|n|p|q|r|s|t|v|x|z|tr|pl|cr'),
    nucleus: list('a|e|i|o|u|y|ea|oo|ai'),
    coda: list('||n|x|r|s|l|m|nt|ck|sh'),
  },
  asian: {
    onset: list('b|ch|d|g|h|j|k|l|m|n|ng|p|r|s|t|w|y|k'),
    nucleus: list('a|e|i|o|u|ai|au|ee|oo'),
    coda: list('||n|ng|h|k|m|t'),
  },
  nordic: {
    onset: list('b|bj|d|f|g|h|k|l|m|n|r|s|sk|st|t|v'),
    nucleus: list('a|e|i|o|u|å|ä|ø|ö|y|ja'),
    coda: list('|n|r|rk|ld|nd|st|g|lm'),
  },
};

export function pseudoWord(rng: Rng, flavour: Flavour = 'generic', syllables?: number): string {
  const s = SYLLABLES[flavour];
  const count =
    syllables ??
    rng.weighted([
      [1, 1],
      [2, 5],
      [3, 3],
    ] as const);
  let word = '';
  for (let i = 0; i < count; i++) {
    word += (i === 0 || rng.chance(0.8) ? rng.pick(s.onset) : '') + rng.pick(s.nucleus);
    if (i === count - 1 || rng.chance(0.25)) word += rng.pick(s.coda);
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A brand-like name: "Valtrix", "Norvelo", "Kerndia". */
export function brandName(rng: Rng, flavour: Flavour = 'generic'): string {
  const stem = pseudoWord(rng, flavour, rng.int(1, 2));
  const suffix = rng.weighted([
    ['', 5],
    ['ix', 1],
    ['ora', 1],
    ['tec', 1],
    ['ion', 1],
    ['a', 1],
    ['o', 1],
    ['um', 1],
    ['on', 1],
  ] as const);
  return stem + suffix;
}

export type { Flavour };
