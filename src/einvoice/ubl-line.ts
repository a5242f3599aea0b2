// UBL invoice and credit note lines (BG-25) with their item, price, period and allowances.
import type { InvoiceLine } from '../domain/invoice.ts';
import type { LineExtras } from './einvoice-extras.ts';
import { defined, identifierOf, nonEmpty, type ReadContext } from './read-context.ts';
import { readUblAllowanceCharge } from './ubl-settlement.ts';
import { ubl } from './ubl-query.ts';
import { attributeOf, type XmlElement } from './xml-element.ts';

export interface UblLineNames {
  /** "cac:InvoiceLine" or "cac:CreditNoteLine". */
  readonly line: string;
  /** "cbc:InvoicedQuantity" or "cbc:CreditedQuantity". */
  readonly quantity: string;
  /** "cac:SubInvoiceLine" or "cac:SubCreditNoteLine". */
  readonly subLine: string;
}

export function readUblLine(
  el: XmlElement,
  ctx: ReadContext,
  field: string,
  names: UblLineNames,
): { line: InvoiceLine; extras?: LineExtras } {
  const item = ubl.one(el, 'cac:Item');
  const price = ubl.one(el, 'cac:Price');
  const quantity = ubl.one(el, names.quantity);
  const allowancesCharges = ubl
    .all(el, 'cac:AllowanceCharge')
    .map((ac, i) => readUblAllowanceCharge(ac, ctx, `${field}.allowancesCharges[${i}]`));
  const notes = ubl.texts(el, 'cbc:Note');
  const line = defined<InvoiceLine>({
    id: ubl.text(el, 'cbc:ID'),
    name: ubl.text(item, 'cbc:Name'),
    description: ubl.texts(item, 'cbc:Description').join('\n') || undefined,
    quantity: ctx.decimal(quantity, `${field}.quantity`),
    unitCode: attributeOf(quantity, 'unitCode'),
    unitPrice: ctx.decimal(ubl.one(price, 'cbc:PriceAmount'), `${field}.unitPrice`),
    priceBaseQuantity: ctx.decimal(
      ubl.one(price, 'cbc:BaseQuantity'),
      `${field}.priceBaseQuantity`,
    ),
    grossPrice: ctx.decimal(
      ubl.one(price, 'cac:AllowanceCharge/cbc:BaseAmount'),
      `${field}.grossPrice`,
    ),
    lineTotal: ctx.decimal(ubl.one(el, 'cbc:LineExtensionAmount'), `${field}.lineTotal`),
    vatCategory: ctx.vatCategory(
      ubl.one(item, 'cac:ClassifiedTaxCategory/cbc:ID'),
      `${field}.vatCategory`,
    ),
    vatRate: ctx.decimal(
      ubl.one(item, 'cac:ClassifiedTaxCategory/cbc:Percent'),
      `${field}.vatRate`,
    ),
    notes: notes.length > 0 ? notes : undefined,
    sellerItemId: ubl.text(item, 'cac:SellersItemIdentification/cbc:ID'),
    buyerItemId: ubl.text(item, 'cac:BuyersItemIdentification/cbc:ID'),
    standardItemId: identifierOf(ubl.one(item, 'cac:StandardItemIdentification/cbc:ID')),
    period: readUblPeriod(ubl.one(el, 'cac:InvoicePeriod'), ctx, `${field}.period`),
    allowancesCharges: allowancesCharges.length > 0 ? allowancesCharges : undefined,
    orderLineReference: ubl.text(el, 'cac:OrderLineReference/cbc:LineID'),
  });
  const subLines = ubl
    .all(el, names.subLine)
    .map((sub, i) => readUblLine(sub, ctx, `${field}.subLines[${i}]`, names).line);
  const attributes = ubl.all(item, 'cac:AdditionalItemProperty').flatMap((property) => {
    const name = ubl.text(property, 'cbc:Name');
    const value = ubl.text(property, 'cbc:Value');
    return name !== undefined && value !== undefined ? [{ name, value }] : [];
  });
  const classifications = ubl.texts(item, 'cac:CommodityClassification/cbc:ItemClassificationCode');
  const extras = nonEmpty<LineExtras>({
    objectId: ubl.text(el, 'cac:DocumentReference/cbc:ID'),
    accountingReference: ubl.text(el, 'cbc:AccountingCost'),
    originCountry: ubl.text(item, 'cac:OriginCountry/cbc:IdentificationCode'),
    classifications: classifications.length > 0 ? classifications : undefined,
    attributes: attributes.length > 0 ? attributes : undefined,
    subLines: subLines.length > 0 ? subLines : undefined,
  });
  return extras ? { line, extras } : { line };
}

export function readUblPeriod(
  period: XmlElement | undefined,
  ctx: ReadContext,
  field: string,
): { start?: string; end?: string } | undefined {
  return nonEmpty({
    start: ctx.date(ubl.one(period, 'cbc:StartDate'), `${field}.start`),
    end: ctx.date(ubl.one(period, 'cbc:EndDate'), `${field}.end`),
  });
}
