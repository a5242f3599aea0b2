// Party blocks: seller letterhead, buyer address, DIN 5008 sender line, contacts and identifiers.
import type { LabelKey } from '../../content/labels/index.ts';
import type { Party } from '../../types.ts';
import { esc, type Doc } from '../doc.ts';

export interface PartyBlockOptions {
  readonly label?: LabelKey | null;
  readonly nameClass?: string;
  readonly contacts?: boolean;
  readonly ids?: boolean;
  readonly upper?: boolean;
}

/** "Tel.: +49 …", "E-Mail: …" lines: distractor numbers next to the party. */
export function contactLines(d: Doc, p: Party): string[] {
  const out: string[] = [];
  const add = (key: LabelKey, value: string | undefined): void => {
    if (value) out.push(`${d.label(key)} ${esc(value)}`);
  };
  add('phone', p.phone);
  add('fax', p.fax);
  add('email', p.email);
  add('web', p.web);
  if (p.contact && d.rng.chance(0.5)) add('contact', p.contact);
  return out;
}

/** VAT id (labelled), tax number and register entry (not labelled: distractors). */
export function idLines(d: Doc, p: Party, field: 'sellerVatId' | 'buyerVatId'): string[] {
  const out: string[] = [];
  if (p.vatId)
    out.push(
      `${d.label(field === 'sellerVatId' ? 'sellerVatId' : 'buyerVatId')} ${d.ft(field, p.vatId)}`,
    );
  if (p.taxNumber)
    out.push(
      `${d.label('taxNumber')} ${esc(p.taxNumber.replace(/^(SIRET|PAN|EIN|C\.F\.|REGON) /, ''))}`,
    );
  if (p.register) out.push(esc(p.register));
  return out;
}

function lines(items: string[], cls = ''): string {
  return items.map((i) => `<div${cls ? ` class="${cls}"` : ''}>${i}</div>`).join('');
}

export function sellerBlock(d: Doc, o: PartyBlockOptions = {}): string {
  const s = d.inv.seller;
  const head = o.label ? `<div class="lbl">${d.word(o.label)}</div>` : '';
  const name = `<div class="${o.nameClass ?? 'b'}">${d.ft('sellerName', d.upper(s.name, o.upper ?? false))}</div>`;
  const addr = lines(d.addressLines(s, 'sellerAddress', o.upper ?? false));
  const contacts = o.contacts ? lines(contactLines(d, s), 'small') : '';
  const ids = o.ids ? lines(idLines(d, s, 'sellerVatId'), 'small') : '';
  return `<div class="party seller">${head}${name}${addr}${contacts}${ids}</div>`;
}

export function buyerBlock(d: Doc, o: PartyBlockOptions = {}): string {
  const b = d.inv.buyer;
  if (!b) return '';
  const head = o.label ? `<div class="lbl">${d.word(o.label)}</div>` : '';
  const salutation = b.isPerson && d.rng.chance(0.3) ? `<div>${esc(salutationFor(d))}</div>` : '';
  const attn =
    !b.isPerson && b.contact && d.rng.chance(0.3) ? `<div>${esc(attnFor(d, b.contact))}</div>` : '';
  const name = `<div class="${o.nameClass ?? ''}">${d.ft('buyerName', d.upper(b.name, o.upper ?? false))}</div>`;
  const addr = lines(d.addressLines(b, 'buyerAddress', o.upper ?? false));
  const ids = o.ids !== false ? lines(idLines(d, b, 'buyerVatId').slice(0, 1), 'small') : '';
  const contacts = o.contacts ? lines(contactLines(d, b).slice(0, 2), 'small') : '';
  return `<div class="party buyer">${head}${salutation}${name}${attn}${addr}${ids}${contacts}</div>`;
}

function salutationFor(d: Doc): string {
  const bySex = d.rng.chance(0.5);
  return {
    de: bySex ? 'Herrn' : 'Frau',
    fr: bySex ? 'Monsieur' : 'Madame',
    nl: bySex ? 'Dhr.' : 'Mevr.',
    es: bySex ? 'Sr.' : 'Sra.',
    it: bySex ? 'Sig.' : 'Sig.ra',
    en: bySex ? 'Mr' : 'Ms',
  }[d.fmt.lang];
}

function attnFor(d: Doc, contact: string): string {
  const word = {
    de: 'z. Hd.',
    fr: 'À l’attention de',
    nl: 't.a.v.',
    es: 'A la atención de',
    it: 'c.a.',
    en: 'Attn:',
  }[d.fmt.lang];
  return `${word} ${contact}`;
}

export function shipToBlock(d: Doc): string {
  const s = d.inv.shipTo;
  if (!s) return '';
  return `<div class="party ship"><div class="lbl">${d.word('shipTo')}</div><div>${esc(s.name)}</div>${lines(d.addressLines(s, null))}</div>`;
}

/** DIN 5008 return-address line above the window: "Firma GmbH · Straße 1 · 12345 Ort". */
export function senderLine(d: Doc): string {
  const s = d.inv.seller;
  const sep = d.rng.pick([' · ', ' – ', ' | ', ', ', ' • ']);
  const addr = d.addressLines(s, 'sellerAddress').slice(0, 3);
  return `<div class="small sender-line" style="text-decoration:${d.rng.chance(0.4) ? 'underline' : 'none'}">${d.ft('sellerName', s.name)}${sep}${addr.join(sep)}</div>`;
}

/** A compact one-paragraph seller address for headers: "Street 1, 12345 City". */
export function sellerInline(d: Doc, sep = ', '): string {
  return d.addressLines(d.inv.seller, 'sellerAddress').join(sep);
}
