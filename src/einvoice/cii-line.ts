// CII line items (BG-25): product, net and gross price, quantity, VAT, period, allowances.
import type { Identifier, InvoiceLine, Period } from '../domain/invoice.ts';
import type { CiiDialect } from './cii-dialect.ts';
import { readCiiAllowanceCharge, readCiiDate } from './cii-settlement.ts';
import type { LineExtras } from './einvoice-extras.ts';
import { defined, identifierOf, nonEmpty, type ReadContext } from './read-context.ts';
import { attributeOf, type XmlElement } from './xml-element.ts';

export function readCiiLine(
  d: CiiDialect,
  ctx: ReadContext,
  el: XmlElement,
  field: string,
): { line: InvoiceLine; extras?: LineExtras } {
  const { q } = d;
  const doc = q.one(el, 'ram:AssociatedDocumentLineDocument');
  const product = q.one(el, 'ram:SpecifiedTradeProduct');
  const agreement = q.one(el, d.lineAgreement);
  const net = q.one(agreement, 'ram:NetPriceProductTradePrice');
  const gross = q.one(agreement, 'ram:GrossPriceProductTradePrice');
  const quantity = q.one(el, `${d.lineDelivery}/ram:BilledQuantity`);
  const settlement = q.one(el, d.lineSettlement);
  const tax = q.one(settlement, 'ram:ApplicableTradeTax');
  const allowancesCharges = q
    .all(settlement, 'ram:SpecifiedTradeAllowanceCharge')
    .map((ac, i) => readCiiAllowanceCharge(d, ctx, ac, `${field}.allowancesCharges[${i}]`));
  const notes = q.texts(doc, 'ram:IncludedNote/ram:Content');
  const globalId = q.one(product, 'ram:GlobalID');
  const line = defined<InvoiceLine>({
    id: q.text(doc, 'ram:LineID'),
    name: q.text(product, 'ram:Name'),
    description: q.text(product, 'ram:Description'),
    quantity: ctx.decimal(quantity, `${field}.quantity`),
    unitCode: attributeOf(quantity, 'unitCode'),
    unitPrice: ctx.decimal(q.one(net, 'ram:ChargeAmount'), `${field}.unitPrice`),
    priceBaseQuantity: ctx.decimal(
      q.one(net, 'ram:BasisQuantity') ?? q.one(gross, 'ram:BasisQuantity'),
      `${field}.priceBaseQuantity`,
    ),
    grossPrice: ctx.decimal(q.one(gross, 'ram:ChargeAmount'), `${field}.grossPrice`),
    lineTotal: ctx.decimal(
      q.one(settlement, `${d.lineSummation}/ram:LineTotalAmount`),
      `${field}.lineTotal`,
    ),
    vatCategory: ctx.vatCategory(q.one(tax, 'ram:CategoryCode'), `${field}.vatCategory`),
    vatRate: ctx.decimal(q.one(tax, d.ratePercent), `${field}.vatRate`),
    notes: notes.length > 0 ? notes : undefined,
    sellerItemId: q.text(product, 'ram:SellerAssignedID'),
    buyerItemId: q.text(product, 'ram:BuyerAssignedID'),
    standardItemId: identifierOf(globalId) satisfies Identifier | undefined,
    period: readCiiPeriod(
      d,
      ctx,
      q.one(settlement, 'ram:BillingSpecifiedPeriod'),
      `${field}.period`,
    ),
    allowancesCharges: allowancesCharges.length > 0 ? allowancesCharges : undefined,
    orderLineReference: q.text(agreement, 'ram:BuyerOrderReferencedDocument/ram:LineID'),
  });
  const attributes = q.all(product, 'ram:ApplicableProductCharacteristic').flatMap((c) => {
    const name = q.text(c, 'ram:Description');
    const value = q.text(c, 'ram:Value');
    return name !== undefined && value !== undefined ? [{ name, value }] : [];
  });
  const classifications = q.texts(product, 'ram:DesignatedProductClassification/ram:ClassCode');
  const objectDoc = q
    .all(settlement, 'ram:AdditionalReferencedDocument')
    .find((ref) => q.text(ref, 'ram:TypeCode') === '130');
  const extras = nonEmpty<LineExtras>({
    objectId: q.text(objectDoc, d.documentId),
    accountingReference: q.text(settlement, 'ram:ReceivableSpecifiedTradeAccountingAccount/ram:ID'),
    originCountry: q.text(product, 'ram:OriginTradeCountry/ram:ID'),
    classifications: classifications.length > 0 ? classifications : undefined,
    attributes: attributes.length > 0 ? attributes : undefined,
  });
  return extras ? { line, extras } : { line };
}

export function readCiiPeriod(
  d: CiiDialect,
  ctx: ReadContext,
  period: XmlElement | undefined,
  field: string,
): Period | undefined {
  return nonEmpty<Period>({
    start: readCiiDate(d, ctx, period, 'ram:StartDateTime', `${field}.start`),
    end: readCiiDate(d, ctx, period, 'ram:EndDateTime', `${field}.end`),
  });
}
