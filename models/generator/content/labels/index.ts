// Picks label wording for one document: one synonym per key, kept for the whole document.
import type { Rng } from '../../rng.ts';
import type { Country, Lang } from '../../types.ts';
import { DE } from './de.ts';
import { EN } from './en.ts';
import { ES } from './es.ts';
import { FR } from './fr.ts';
import { IT } from './it.ts';
import type { LabelKey, LabelTable } from './keys.ts';
import { NL } from './nl.ts';

export type { LabelKey } from './keys.ts';

export const TABLES: Record<Lang, LabelTable> = { en: EN, de: DE, fr: FR, nl: NL, es: ES, it: IT };

// English outside the VAT world names its tax differently.
const TAX_WORDS: Partial<Record<Country, Partial<Record<LabelKey, string>>>> = {
  US: {
    vat: 'Sales Tax|Tax|State Tax|Sales tax',
    vatRate: 'Tax %|Tax Rate|Tax',
    taxTotal: 'Sales Tax|Total Tax|Tax|Tax Amount',
    sellerVatId: 'Tax ID|EIN|Federal Tax ID|Seller Permit',
    buyerVatId: 'Customer Tax ID|Resale Certificate',
    vatBreakdown: 'Tax Summary|Tax Details',
    vatAmount: 'Tax|Tax Amount',
    netTotal: 'Subtotal|Sub Total|Total before tax|Net Amount|Amount before tax',
  },
  IN: {
    vat: 'GST|IGST|Tax|GST Amount',
    vatRate: 'GST %|GST Rate|Tax %|Tax Rate|IGST %',
    taxTotal: 'Total GST|GST|Total Tax|Tax Amount|IGST',
    sellerVatId: 'GSTIN|GST No.|GSTIN/UIN|GST Reg. No.|GSTIN No',
    buyerVatId: 'Buyer GSTIN|Customer GSTIN|GSTIN/UIN',
    vatBreakdown: 'GST Summary|Tax Summary|HSN/SAC Summary',
    vatAmount: 'GST Amt|Tax Amount|IGST Amt',
    netTotal: 'Taxable Value|Sub Total|Total before tax|Taxable Amount|Net Amount',
  },
  MY: {
    vat: 'GST|SST|Service Tax|GST 6%|Tax',
    vatRate: 'GST %|Tax Code|Tax|GST',
    taxTotal: 'Total GST|GST|Total Tax|SST|Service Tax|GST Amount',
    sellerVatId: 'GST ID|GST Reg No|GST No|SST No|SST Reg No|GST ID No',
    buyerVatId: 'Customer GST ID|GST ID',
    vatBreakdown: 'GST Summary|Tax Summary|GST Analysis',
    vatAmount: 'GST Amt|Tax|GST',
    netTotal:
      'Total Excl. GST|Sub Total|Subtotal|Total Amount Excl. GST|Total Excluding GST|Nett Total',
  },
};

const EU_ONLY = /GST|SST/;

export type Casing = 'as-is' | 'upper' | 'lower';

export class Labeler {
  readonly lang: Lang;
  readonly casing: Casing;
  readonly colon: string;
  #rng: Rng;
  #country: Country;
  #chosen = new Map<LabelKey, string>();

  constructor(rng: Rng, lang: Lang, country: Country) {
    this.#rng = rng;
    this.lang = lang;
    this.#country = country;
    this.casing = rng.weighted([
      ['as-is', 8],
      ['upper', 2],
      ['lower', 0.3],
    ] as const);
    this.colon = rng.weighted([
      [':', 7],
      ['', 3],
      [lang === 'fr' ? ' :' : ':', 2],
      ['.', 0.2],
    ] as const);
  }

  synonyms(key: LabelKey): string[] {
    const override = this.lang === 'en' ? TAX_WORDS[this.#country]?.[key] : undefined;
    const all = (override ?? TABLES[this.lang][key]).split('|');
    const vatWorld = !['US', 'IN', 'MY'].includes(this.#country);
    const usable = vatWorld && this.lang === 'en' ? all.filter((s) => !EU_ONLY.test(s)) : all;
    return usable.length ? usable : all;
  }

  /** The document's wording for a key (chosen once, then reused). */
  text(key: LabelKey): string {
    let chosen = this.#chosen.get(key);
    if (chosen === undefined) {
      chosen = this.#rng.pick(this.synonyms(key));
      this.#chosen.set(key, chosen);
    }
    return this.case(chosen);
  }

  /** The shortest synonym, for narrow columns. */
  short(key: LabelKey): string {
    return this.case(this.synonyms(key).reduce((a, b) => (b.length < a.length ? b : a)));
  }

  /** A sentence template (not cased), chosen once per key. */
  sentence(key: LabelKey): string {
    let chosen = this.#chosen.get(key);
    if (chosen === undefined) {
      chosen = this.#rng.pick(this.synonyms(key));
      this.#chosen.set(key, chosen);
    }
    return chosen;
  }

  /** A fresh synonym (for a second mention that should read differently). */
  other(key: LabelKey): string {
    return this.case(this.#rng.pick(this.synonyms(key)));
  }

  /** Label text with the document's colon style. */
  label(key: LabelKey): string {
    const t = this.text(key);
    return /[:#]$/.test(t) || this.colon === '' ? t : t + this.colon;
  }

  case(text: string): string {
    if (this.casing === 'upper') return text.toUpperCase();
    if (this.casing === 'lower') return text.toLowerCase();
    return text;
  }
}
