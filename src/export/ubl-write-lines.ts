// UBL 2.1 invoice and credit note lines, allowances and charges, and VAT categories.
import type {
  AllowanceCharge,
  InvoiceLine,
  VatBreakdown,
  VatCategoryCode,
} from '../domain/invoice.ts';
import { decimal, money, priceDiscount } from './einvoice-values.ts';
import { el, leaf, type XmlNode } from './xml-writer.ts';

export type Amount = (name: string, value: string | undefined) => XmlNode | undefined;

export function ublTaxCategory(
  name: string,
  category: VatCategoryCode | undefined,
  rate: string | undefined,
  exemption?: Pick<VatBreakdown, 'exemptionReason' | 'exemptionReasonCode'>,
): XmlNode | undefined {
  if (!category) return undefined;
  return el(
    name,
    leaf('cbc:ID', category),
    leaf('cbc:Percent', decimal(rate)),
    leaf('cbc:TaxExemptionReasonCode', exemption?.exemptionReasonCode),
    leaf('cbc:TaxExemptionReason', exemption?.exemptionReason),
    el('cac:TaxScheme', leaf('cbc:ID', 'VAT')),
  );
}

/** Document level (with its VAT category) or line level (without). */
export function ublAllowanceCharge(ac: AllowanceCharge, amount: Amount, withTax: boolean) {
  return el(
    'cac:AllowanceCharge',
    leaf('cbc:ChargeIndicator', ac.isCharge ? 'true' : 'false'),
    leaf('cbc:AllowanceChargeReasonCode', ac.reasonCode),
    leaf('cbc:AllowanceChargeReason', ac.reason),
    leaf('cbc:MultiplierFactorNumeric', decimal(ac.percentage)),
    amount('cbc:Amount', money(ac.amount)),
    amount('cbc:BaseAmount', money(ac.baseAmount)),
    withTax && ublTaxCategory('cac:TaxCategory', ac.vatCategory, ac.vatRate),
  );
}

export function ublLine(line: InvoiceLine, credit: boolean, amount: Amount): XmlNode | undefined {
  const unit = { unitCode: line.unitCode };
  const price = line.unitPrice ?? '0';
  return el(
    credit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine',
    leaf('cbc:ID', line.id),
    leaf('cbc:Note', line.notes?.join('\n')),
    leaf(credit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity', decimal(line.quantity), unit),
    amount('cbc:LineExtensionAmount', money(line.lineTotal)),
    el(
      'cac:InvoicePeriod',
      leaf('cbc:StartDate', line.period?.start),
      leaf('cbc:EndDate', line.period?.end),
    ),
    el('cac:OrderLineReference', leaf('cbc:LineID', line.orderLineReference)),
    (line.allowancesCharges ?? []).map((ac) => ublAllowanceCharge(ac, amount, false)),
    el(
      'cac:Item',
      leaf('cbc:Description', line.description),
      leaf('cbc:Name', line.name),
      el('cac:BuyersItemIdentification', leaf('cbc:ID', line.buyerItemId)),
      el('cac:SellersItemIdentification', leaf('cbc:ID', line.sellerItemId)),
      el(
        'cac:StandardItemIdentification',
        leaf('cbc:ID', line.standardItemId?.value, { schemeID: line.standardItemId?.scheme }),
      ),
      ublTaxCategory('cac:ClassifiedTaxCategory', line.vatCategory, line.vatRate),
    ),
    el(
      'cac:Price',
      amount('cbc:PriceAmount', decimal(line.unitPrice)),
      leaf('cbc:BaseQuantity', decimal(line.priceBaseQuantity), unit),
      // EN 16931 carries the gross price as the base of a price allowance (BT-147/148).
      line.grossPrice !== undefined &&
        el(
          'cac:AllowanceCharge',
          leaf('cbc:ChargeIndicator', 'false'),
          amount('cbc:Amount', priceDiscount(line.grossPrice, price)),
          amount('cbc:BaseAmount', decimal(line.grossPrice)),
        ),
    ),
  );
}
