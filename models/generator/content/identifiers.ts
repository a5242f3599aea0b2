// Invoice numbers in many house styles, and the other numbers that sit near them as distractors.
import type { Rng } from '../rng.ts';
import type { Country, DocumentType } from '../types.ts';
import { domainStem } from './companies.ts';
import { frenchSiren } from './tax-ids.ts';

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

export function invoiceNumber(
  rng: Rng,
  issueDate: string,
  docType: DocumentType,
  country: Country,
): string {
  const y = issueDate.slice(0, 4);
  const yy = issueDate.slice(2, 4);
  const mm = issueDate.slice(5, 7);
  const dd = issueDate.slice(8, 10);
  const seq = rng.weighted([
    [rng.int(1, 999), 3],
    [rng.int(1000, 99999), 3],
    [rng.int(100000, 99999999), 2],
  ] as const);
  const credit = docType === '381' || docType === '384';
  const prefix = credit
    ? rng.pick(['CN', 'GS', 'AV', 'KR', 'NC', 'CR', 'G', 'RK'])
    : rng.pick([
        'INV',
        'RE',
        'R',
        'F',
        'FA',
        'FAC',
        'RG',
        'FV',
        'INV-' + country,
        'SI',
        'B',
        'TI',
        'AR',
        'FT',
      ]);
  if (docType === 'receipt') {
    return rng.pick([
      `${rng.letters(2)}${pad(seq, 8)}`,
      String(rng.int(10000, 9999999)),
      `${rng.letters(3)}-${pad(seq, 6)}`,
      `${rng.letters(1)}${pad(rng.int(1, 99), 2)}-${pad(seq, 6)}`,
      `${rng.letters(2)}${yy}${mm}${pad(seq, 7)}`,
    ]);
  }
  return rng.weighted([
    [`${prefix}-${y}-${pad(seq, rng.int(3, 5))}`, 4],
    [`${y}-${pad(seq, 4)}`, 2],
    [`${prefix}${pad(seq, rng.int(5, 8))}`, 3],
    [`${prefix}${y}/${pad(seq, 4)}`, 2],
    [String(seq + rng.int(1, 9) * 10 ** String(seq).length), 4],
    [`${prefix}/${y}/${mm}/${pad(seq, 4)}`, 1],
    [`${y}${mm}${dd}-${pad(rng.int(1, 99), 2)}`, 1],
    [`${prefix}-${yy}-${pad(seq, 5)}`, 2],
    [`${rng.letters(3)}_${rng.letters(4)}${y}${rng.digits(rng.int(6, 10))}`, 0.5],
    [`${prefix} ${y}/${seq}`, 0.5],
    [`${pad(seq, 3)}/${y}`, country === 'IT' || country === 'PL' || country === 'ES' ? 3 : 0.3],
    [`${y}.${pad(seq, 4)}`, 1],
    [`#${seq}`, 0.5],
    [`${rng.letters(2)}-${rng.digits(3)}/${yy}`, 1],
  ] as const);
}

/** Customer, order, delivery-note and reference numbers (distractors for invoiceNumber). */
export function otherNumber(
  rng: Rng,
  kind: 'customer' | 'order' | 'delivery' | 'reference' | 'contract',
): string {
  const prefix: Record<typeof kind, string[]> = {
    customer: ['K', 'KD', 'C', 'CUST', 'CL', ''],
    order: ['PO', 'AB', 'ORD', 'BE', 'SO', 'OD', ''],
    delivery: ['LS', 'DN', 'BL', 'LF', 'DEL', ''],
    reference: ['REF', 'PRJ', 'P', ''],
    contract: ['V', 'CT', 'MV', ''],
  };
  const p = rng.pick(prefix[kind]);
  const body = rng.digits(rng.int(4, 12)).replace(/^0/, String(rng.int(1, 9)));
  return p ? rng.pick([`${p}-${body}`, `${p}${body}`, `${p} ${body}`]) : body;
}

/** National tax number or company registration line (a distractor for the VAT id). */
export function registerEntry(
  rng: Rng,
  country: Country,
  city: string,
): { taxNumber?: string; register?: string } {
  switch (country) {
    case 'DE':
      return {
        taxNumber: rng.pick([
          `${rng.digits(3)}/${rng.digits(3)}/${rng.digits(5)}`,
          `${rng.digits(2)} ${rng.digits(3)} ${rng.digits(5)}`,
          `${rng.digits(2)}/${rng.digits(3)}/${rng.digits(5)}`,
        ]),
        register: `${rng.pick(['HRB', 'HRA', 'HRB'])} ${rng.int(100, 99999)}${rng.pick(['', ` ${rng.pick(['Amtsgericht', 'AG'])} ${city}`])}`,
      };
    case 'AT':
      return {
        register: `FN ${rng.int(10000, 599999)}${rng.letters(1, 'abdfghikmpstvwxyz')}`,
        taxNumber: `${rng.digits(2)} ${rng.digits(3)}/${rng.digits(4)}`,
      };
    case 'CH':
      return {
        register: `CH-${rng.digits(3)}.${rng.digits(1)}.${rng.digits(3)}.${rng.digits(3)}-${rng.digits(1)}`,
      };
    case 'FR': {
      const siren = frenchSiren(rng);
      const s = `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}`;
      return {
        taxNumber: `SIRET ${s} ${rng.digits(5)}`,
        register: rng.pick([
          `RCS ${city} B ${s}`,
          `RCS ${city} ${s}`,
          `APE ${rng.digits(4)}${rng.letters(1)}`,
        ]),
      };
    }
    case 'BE':
      return { register: `RPR ${city}` };
    case 'NL':
      return { register: `KvK ${rng.digits(8)}` };
    case 'LU':
      return { register: `RCS Luxembourg B${rng.int(10000, 299999)}` };
    case 'IT':
      return {
        register: `REA ${rng.letters(2)}-${rng.int(100000, 999999)}`,
        taxNumber: `C.F. ${rng.digits(11)}`,
      };
    case 'ES':
      return {
        register: `Reg. Merc. ${city}, Tomo ${rng.int(1000, 40000)}, Folio ${rng.int(1, 200)}, Hoja ${rng.letters(1)}-${rng.int(1000, 99999)}`,
      };
    case 'GB':
    case 'IE':
      return { register: `Company No. ${rng.digits(8)}` };
    case 'US':
      return { taxNumber: `EIN ${rng.digits(2)}-${rng.digits(7)}` };
    case 'IN':
      return {
        taxNumber: `PAN ${rng.letters(5)}${rng.digits(4)}${rng.letters(1)}`,
        register: `CIN U${rng.digits(5)}${rng.letters(2)}${rng.int(1990, 2022)}PTC${rng.digits(6)}`,
      };
    case 'MY':
      return {
        register: rng.pick([
          `(${rng.int(1000, 1299999)}-${rng.letters(1)})`,
          `${rng.int(2000, 2022)}${rng.digits(8)} (${rng.int(100000, 1400000)}-${rng.letters(1)})`,
          `Co. Reg. No: ${rng.int(100000, 1300000)}-${rng.letters(1)}`,
        ]),
      };
    case 'PL':
      return { register: `KRS ${rng.digits(10)}`, taxNumber: `REGON ${rng.digits(9)}` };
    case 'SE':
      return { register: `Org.nr ${rng.digits(6)}-${rng.digits(4)}` };
    case 'DK':
      return { register: `CVR ${rng.digits(8)}` };
  }
}

export function emailFor(rng: Rng, name: string, country: Country, person?: string): string {
  const tld =
    { GB: 'co.uk', US: 'com', IN: 'in', MY: 'com.my', CH: 'ch', AT: 'at' }[country as string] ??
    country.toLowerCase();
  const local = person
    ? person
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z]+/g, '.')
        .replace(/^\.|\.$/g, '')
    : rng.pick([
        'info',
        'billing',
        'invoice',
        'rechnung',
        'facturation',
        'office',
        'accounts',
        'sales',
        'contact',
        'buchhaltung',
      ]);
  return `${local}@${domainStem(name)}.${rng.chance(0.3) ? 'com' : tld}`;
}

export function webFor(rng: Rng, name: string, country: Country): string {
  const tld =
    { GB: 'co.uk', US: 'com', IN: 'in', MY: 'com.my' }[country as string] ?? country.toLowerCase();
  return `${rng.pick(['www.', 'www.', '', 'https://www.'])}${domainStem(name)}.${tld}`;
}
