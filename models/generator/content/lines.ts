// Line items: catalog wording, quantities that suit the unit, prices, VAT rates and line totals.
import type { Rng } from '../rng.ts';
import type { Dec, DocFormat, LineItem } from '../types.ts';
import {
  CATALOG,
  itemName,
  sectorsFor,
  unitLabel,
  type CatalogItem,
  type Sector,
  type UnitKind,
} from './catalog.ts';
import { MONTHS, formatDate } from './dates.ts';
import { dec, lineAmount, percentOf } from './money.ts';
import { generatedDescription } from './products.ts';

export interface LineOptions {
  readonly count: number;
  readonly receipt: boolean;
  readonly negative: boolean;
  readonly rates: readonly number[];
  readonly multiRate: boolean;
  readonly withSku: boolean;
  readonly withDiscounts: boolean;
  readonly upper: boolean;
  readonly issueDate: string;
  readonly sector?: Sector;
}

function quantity(rng: Rng, unit: UnitKind, receipt: boolean): Dec {
  switch (unit) {
    case 'hour':
      return rng.chance(0.5) ? dec(rng.int(1, 40) * 100, 2) : dec(rng.int(1, 160) * 25, 2);
    case 'day':
      return dec(rng.int(1, 20) * 5, 1);
    case 'kg':
    case 'm':
    case 'l':
      // Shops weigh out small amounts; trade invoices bill whole lengths or large weights.
      if (receipt) return dec(rng.int(100, 5000), 3);
      return rng.chance(0.5)
        ? dec(rng.int(1, 50), 0)
        : dec(rng.int(100, 50000), rng.pick([1, 2, 3]));
    case 'month':
      return dec(rng.chance(0.7) ? 1 : rng.int(2, 12), 0);
    case 'flat':
      return dec(1, 0);
    default:
      return dec(
        receipt
          ? rng.weighted([
              [1, 6],
              [2, 2],
              [rng.int(3, 6), 1],
            ] as const)
          : rng.weighted([
              [1, 4],
              [rng.int(2, 10), 4],
              [rng.int(11, 500), 1],
            ] as const),
        0,
      );
  }
}

function unitPrice(rng: Rng, item: CatalogItem, receipt: boolean): Dec {
  const max = receipt ? Math.min(item.max, Math.max(item.min * 2, 60)) : item.max;
  const cents = Math.max(10, Math.round(rng.float(item.min, max) * 100));
  // Usage-priced items often carry 3-4 decimals (0.0235 per GB).
  if (item.sector === 'cloud' && rng.chance(0.4)) return dec(rng.int(10, 99999), 4);
  const rounded = rng.chance(0.3)
    ? Math.round(cents / 100) * 100 - (rng.chance(0.5) ? 1 : 0)
    : cents;
  return dec(Math.max(10, rounded), 2);
}

function detailFor(
  rng: Rng,
  item: CatalogItem,
  o: LineOptions,
  format: DocFormat,
): string | undefined {
  if (!rng.chance(0.14)) return undefined;
  if (item.unitKind === 'month' || item.sector === 'services') {
    const from = formatDate(o.issueDate.slice(0, 8) + '01', format.date, format.lang);
    const word = {
      en: 'Period',
      de: 'Zeitraum',
      fr: 'Période',
      nl: 'Periode',
      es: 'Periodo',
      it: 'Periodo',
    };
    return `${word[format.lang]}: ${from}`;
  }
  return rng.pick([
    `S/N: ${rng.letters(2)}${rng.digits(8)}`,
    `EAN ${rng.digits(13)}`,
    `Lot ${rng.digits(6)}`,
    `${{ en: 'incl. fee', de: 'inkl. Gebühr', fr: 'dont éco-part.', nl: 'incl. bijdrage', es: 'incl. tasa', it: 'incl. contributo' }[format.lang]} ${rng.int(1, 9)}${format.number.decimal}${rng.digits(2)}`,
  ]);
}

/** Catalog wording most of the time, generated wording otherwise (open-ended descriptions). */
function describe(rng: Rng, item: CatalogItem, format: DocFormat, o: LineOptions): string {
  // Generated nouns are countable goods or services; weighed and measured items keep catalog wording.
  const countable = !['kg', 'm', 'l'].includes(item.unitKind);
  if (!countable || !rng.chance(0.45)) return itemName(rng, item, format.lang, o.upper);
  const month = Number(o.issueDate.slice(5, 7));
  const period = rng.chance(0.5)
    ? `${MONTHS[format.lang][month - 1] ?? ''} ${o.issueDate.slice(0, 4)}`
    : `${o.issueDate.slice(5, 7)}/${o.issueDate.slice(0, 4)}`;
  const text = generatedDescription(
    rng,
    format.lang,
    item.sector === 'services' || item.sector === 'cloud',
    period,
  );
  return o.upper ? text.toUpperCase() : text;
}

export function makeLines(rng: Rng, o: LineOptions, format: DocFormat): LineItem[] {
  const sectors = sectorsFor(format.country, o.receipt);
  const sector = o.sector ?? rng.pick(sectors);
  const pool = CATALOG.filter((i) => i.sector === sector);
  const lines: LineItem[] = [];
  for (let index = 0; index < o.count; index++) {
    const item =
      rng.chance(o.sector ? 0.95 : 0.75) && pool.length ? rng.pick(pool) : rng.pick(CATALOG);
    let qty = quantity(rng, item.unitKind, o.receipt);
    if (o.negative) qty = { units: -qty.units, scale: qty.scale };
    const price = unitPrice(rng, item, o.receipt);
    const discountPct =
      o.withDiscounts && rng.chance(0.3) ? rng.pick([500, 1000, 1500, 200, 300, 2000]) : undefined;
    const gross = lineAmount(qty, price);
    const lineTotal = discountPct ? gross - percentOf(gross, discountPct) : gross;
    const reduced = o.rates.slice(1).filter((r) => r > 0);
    const vatRate =
      o.multiRate && reduced.length && (item.sector === 'food' || rng.chance(0.3))
        ? rng.pick(reduced)
        : (o.rates[0] ?? 0);
    const detail = detailFor(rng, item, o, format);
    lines.push({
      index,
      description: describe(rng, item, format, o),
      quantity: qty,
      unitPrice: price,
      vatRate,
      lineTotal,
      ...(o.withSku
        ? {
            sku: rng.pick([
              rng.digits(rng.int(4, 8)),
              `${rng.letters(2)}-${rng.digits(4)}`,
              rng.digits(13),
            ]),
          }
        : {}),
      ...(rng.chance(0.9) ? { unit: unitLabel(rng, item.unitKind, format.lang) } : {}),
      ...(discountPct ? { discountPct } : {}),
      ...(detail ? { detail } : {}),
    });
  }
  return lines;
}
