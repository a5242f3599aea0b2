// Composes one complete, internally consistent invoice from a seed and a family's content needs.
import { Rng } from '../rng.ts';
import type { Country, DocumentType, Invoice, Lang, Payment, Receipt } from '../types.ts';
import { bankName, displayIban, localAccount, makeBic, makeIban } from './bank.ts';
import { COUNTRY_WEIGHTS, PROFILES } from './countries.ts';
import { addDays } from './dates.ts';
import { chooseFormat } from './format.ts';
import { invoiceNumber, otherNumber } from './identifiers.ts';
import { TABLES } from './labels/index.ts';
import type { Sector } from './catalog.ts';
import { makeLines } from './lines.ts';
import { buyerCountry, makeParty } from './parties.ts';
import { firstName } from './people.ts';
import { computeTotals, type TotalsOptions } from './totals.ts';

/** What a layout family asks of the content. */
export interface ContentSpec {
  readonly lines: readonly [number, number];
  readonly docTypes?: readonly (readonly [DocumentType, number])[];
  readonly countries?: readonly (readonly [Country, number])[];
  readonly lang?: Lang;
  /** 0..1: how many optional identifiers, contacts and numbers appear. */
  readonly detail?: number;
  readonly sector?: Sector;
}

const EU = new Set<Country>([
  'DE',
  'AT',
  'FR',
  'BE',
  'NL',
  'LU',
  'IT',
  'ES',
  'IE',
  'PL',
  'SE',
  'DK',
]);

function randomDate(rng: Rng): string {
  const start = Date.UTC(2012, 0, 1);
  const end = Date.UTC(2026, 11, 31);
  return new Date(start + Math.floor(rng.next() * ((end - start) / 86400000)) * 86400000)
    .toISOString()
    .slice(0, 10);
}

function sentence(rng: Rng, lang: Lang, key: keyof (typeof TABLES)['en']): string {
  return rng.pick(TABLES[lang][key].split('|'));
}

export function makeInvoice(seed: number, spec: ContentSpec): Invoice {
  const root = new Rng(seed);
  const rng = root.fork('invoice');
  const country = rng.weighted(spec.countries ?? COUNTRY_WEIGHTS);
  const format = chooseFormat(rng.fork('format'), country, spec.lang);
  const docType: DocumentType = rng.weighted(spec.docTypes ?? [['380', 1]]);
  const receipt = docType === 'receipt';
  const detail = spec.detail ?? rng.float(0.2, 0.9);
  const issueDate = randomDate(rng);
  const profile = PROFILES[country];

  const seller = makeParty(rng.fork('seller'), country, {
    person: false,
    vatIdP: receipt ? 0.6 : 0.9,
    detail,
  });
  const bCountry = buyerCountry(rng, country);
  const b2c = rng.chance(receipt ? 0.9 : 0.25);
  const buyer =
    receipt && b2c
      ? undefined
      : makeParty(rng.fork('buyer'), bCountry, { person: b2c, vatIdP: 0.5, detail: detail * 0.5 });
  const shipTo =
    !receipt && rng.chance(0.15)
      ? makeParty(rng.fork('ship'), bCountry, { person: b2c, vatIdP: 0, detail: 0 })
      : undefined;

  const reverseCharge =
    !receipt && !b2c && bCountry !== country && EU.has(bCountry) && EU.has(country);
  const smallBusiness = !reverseCharge && country === 'DE' && rng.chance(0.03);
  let rates = profile.vatRates;
  if (country === 'US') rates = [rng.pick(profile.vatRates)];
  if (country === 'MY')
    rates = [issueDate < '2018-09-01' ? rng.pick([600, 600, 0]) : rng.pick([600, 1000, 800, 0])];
  if (reverseCharge || smallBusiness) rates = [0];
  const multiRate = rates.length > 1 && rng.chance(0.3);
  // US sales tax is always added on top; receipts and European B2C often quote gross prices.
  const pricesIncludeVat = receipt
    ? country !== 'US' && rng.chance(0.85)
    : b2c && country !== 'US' && rng.chance(0.35);

  const count = rng.int(spec.lines[0], spec.lines[1]);
  const lines = makeLines(
    rng.fork('lines'),
    {
      count,
      receipt,
      negative: docType === '384',
      rates,
      multiRate,
      withSku: rng.chance(0.35),
      withDiscounts: !receipt && rng.chance(0.12),
      upper: country === 'MY' && rng.chance(0.8),
      issueDate,
      ...(spec.sector ? { sector: spec.sector } : {}),
    },
    format,
  );

  const standard = rates[0] ?? 0;
  const totalsOptions: TotalsOptions = {
    pricesIncludeVat,
    ...(rng.chance(0.1) && !receipt ? { discountBp: rng.pick([200, 300, 500, 1000]) } : {}),
    ...(rng.chance(0.15) && !receipt
      ? {
          shipping: {
            amount: rng.pick([490, 595, 990, 1500, 2500, rng.int(300, 9000)]),
            rate: standard,
          },
        }
      : {}),
    ...(rng.chance(0.04) && !receipt
      ? { fee: { amount: rng.int(100, 2500), rate: standard } }
      : {}),
    ...(country === 'IN' && bCountry === 'IN' && rng.chance(0.6) && !pricesIncludeVat
      ? { splitTax: ['CGST', 'SGST'] as const }
      : {}),
    ...(country === 'IN' && bCountry !== 'IN' ? { taxName: 'IGST' } : {}),
    ...(country === 'MY'
      ? { taxName: issueDate < '2018-09-01' ? 'GST' : 'SST', cashRounding: receipt ? 5 : 0 }
      : {}),
  };
  let totals = computeTotals(lines, totalsOptions);
  if (!receipt && rng.chance(0.06) && totals.gross > 1000) {
    totals = computeTotals(lines, {
      ...totalsOptions,
      prepaid: Math.round((totals.gross * rng.pick([0.2, 0.3, 0.5])) / 100) * 100,
    });
  }

  const termDays = rng.pick([0, 7, 10, 14, 14, 21, 30, 30, 30, 45, 60, 90]);
  const termKind =
    receipt || termDays === 0
      ? 'immediate'
      : rng.weighted([
          ['net', 4],
          ['date', 4],
          ['skonto', 1],
        ] as const);
  const dueDate =
    termKind === 'immediate'
      ? rng.chance(0.3)
        ? issueDate
        : undefined
      : addDays(issueDate, termDays);
  const iban = makeIban(rng, country);
  const bank = bankName(rng, country);
  const local = iban ? undefined : localAccount(rng, country);
  const terms = sentence(
    rng,
    format.lang,
    termKind === 'net'
      ? 'termsNet'
      : termKind === 'date'
        ? 'termsDate'
        : termKind === 'skonto'
          ? 'termsSkonto'
          : 'termsImmediate',
  );
  const payment: Payment = {
    terms: terms
      .replace(/\{days\}/g, String(termDays))
      .replace(/\{pct\}/g, String(rng.pick([2, 3]))),
    days: termDays,
    method: receipt
      ? rng.pick(['cash', 'card'] as const)
      : rng.weighted([
          ['transfer', 8],
          ['direct-debit', 1],
          ['card', 1],
          ['paypal', 0.5],
        ] as const),
    bankName: bank,
    ...(iban ? { iban: displayIban(rng, iban), bic: makeBic(rng, country, bank) } : {}),
    ...(local ? { accountNumber: local.account } : {}),
  };

  const notes: string[] = [];
  if (reverseCharge) notes.push(sentence(rng, format.lang, 'reverseCharge'));
  if (smallBusiness) notes.push(sentence(rng, format.lang, 'smallBusiness'));
  if (rng.chance(0.5)) notes.push(sentence(rng, format.lang, 'thanks'));
  if (rng.chance(0.3)) notes.push(sentence(rng, format.lang, 'deliveryNoteText'));
  if (payment.method === 'card' && rng.chance(0.5))
    notes.push(sentence(rng, format.lang, 'paidCard'));

  const receiptInfo: Receipt | undefined = receipt
    ? {
        cashier: rng.chance(0.5)
          ? firstName(rng, country).toUpperCase()
          : rng.pick(['ADMIN', 'CASHIER 1', 'MANAGER', String(rng.int(1, 99))]),
        till: rng.pick(['POS01', 'T02', 'COUNTER 1', 'KASSE 3', String(rng.int(1, 20))]),
        tendered:
          payment.method === 'card'
            ? totals.due
            : Math.ceil(totals.due / rng.pick([1000, 5000, 10000, 100])) *
              rng.pick([1000, 5000, 10000, 100]),
        change: 0,
        time: `${String(rng.int(7, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}${rng.chance(0.6) ? ':' + String(rng.int(0, 59)).padStart(2, '0') : ''}`,
      }
    : undefined;
  const receiptFinal = receiptInfo
    ? {
        ...receiptInfo,
        tendered: Math.max(receiptInfo.tendered, totals.due),
        change: Math.max(receiptInfo.tendered, totals.due) - totals.due,
      }
    : undefined;

  return {
    seed,
    docType,
    format,
    seller,
    ...(buyer ? { buyer } : {}),
    ...(shipTo ? { shipTo } : {}),
    number: invoiceNumber(rng, issueDate, docType, country),
    issueDate,
    ...(dueDate ? { dueDate } : {}),
    ...(rng.chance(0.4) ? { deliveryDate: addDays(issueDate, -rng.int(0, 20)) } : {}),
    ...(rng.chance(0.2 + detail * 0.4) ? { orderNumber: otherNumber(rng, 'order') } : {}),
    ...(rng.chance(0.2 + detail * 0.4) ? { customerNumber: otherNumber(rng, 'customer') } : {}),
    ...(rng.chance(detail * 0.3) ? { deliveryNote: otherNumber(rng, 'delivery') } : {}),
    ...(rng.chance(detail * 0.2) ? { reference: otherNumber(rng, 'reference') } : {}),
    ...(docType === '381' || docType === '384'
      ? { precedingInvoice: invoiceNumber(rng, addDays(issueDate, -30), '380', country) }
      : {}),
    lines,
    pricesIncludeVat,
    totals,
    payment,
    notes,
    ...(receiptFinal ? { receipt: receiptFinal } : {}),
  };
}
