// CII line items, trade taxes and allowances/charges (BG-25, BG-23, BG-20/21, BG-27/28).
import type { AllowanceCharge, InvoiceLine, VatBreakdown } from '../domain/invoice.ts';
import { decimal, money, priceDiscount } from './einvoice-values.ts';
import { ciiDateTime } from './cii-write-parties.ts';
import { el, elRequired, leaf, type XmlNode } from './xml-writer.ts';

const indicator = (value: boolean) =>
  el('ram:ChargeIndicator', leaf('udt:Indicator', value ? 'true' : 'false'));

/** A VAT breakdown row (header) when amounts are given, a line's or allowance's VAT otherwise. */
export function ciiTradeTax(
  name: string,
  tax: Partial<VatBreakdown> & Pick<VatBreakdown, 'category'>,
): XmlNode | undefined {
  return el(
    name,
    leaf('ram:CalculatedAmount', money(tax.taxAmount)),
    leaf('ram:TypeCode', 'VAT'),
    leaf('ram:ExemptionReason', tax.exemptionReason),
    leaf('ram:BasisAmount', money(tax.taxableAmount)),
    leaf('ram:CategoryCode', tax.category),
    leaf('ram:ExemptionReasonCode', tax.exemptionReasonCode),
    leaf('ram:RateApplicablePercent', decimal(tax.rate)),
  );
}

export function ciiAllowanceCharge(ac: AllowanceCharge, withTax: boolean): XmlNode | undefined {
  return el(
    'ram:SpecifiedTradeAllowanceCharge',
    indicator(ac.isCharge),
    leaf('ram:CalculationPercent', decimal(ac.percentage)),
    leaf('ram:BasisAmount', money(ac.baseAmount)),
    leaf('ram:ActualAmount', money(ac.amount)),
    leaf('ram:ReasonCode', ac.reasonCode),
    leaf('ram:Reason', ac.reason),
    withTax &&
      ac.vatCategory &&
      ciiTradeTax('ram:CategoryTradeTax', { category: ac.vatCategory, rate: ac.vatRate }),
  );
}

export function ciiLine(line: InvoiceLine): XmlNode | undefined {
  const unit = { unitCode: line.unitCode };
  const basis = leaf('ram:BasisQuantity', decimal(line.priceBaseQuantity), unit);
  return el(
    'ram:IncludedSupplyChainTradeLineItem',
    el(
      'ram:AssociatedDocumentLineDocument',
      leaf('ram:LineID', line.id),
      el('ram:IncludedNote', leaf('ram:Content', line.notes?.join('\n'))),
    ),
    el(
      'ram:SpecifiedTradeProduct',
      leaf('ram:GlobalID', line.standardItemId?.value, { schemeID: line.standardItemId?.scheme }),
      leaf('ram:SellerAssignedID', line.sellerItemId),
      leaf('ram:BuyerAssignedID', line.buyerItemId),
      leaf('ram:Name', line.name),
      leaf('ram:Description', line.description),
    ),
    elRequired(
      'ram:SpecifiedLineTradeAgreement',
      el('ram:BuyerOrderReferencedDocument', leaf('ram:LineID', line.orderLineReference)),
      line.grossPrice !== undefined &&
        el(
          'ram:GrossPriceProductTradePrice',
          leaf('ram:ChargeAmount', decimal(line.grossPrice)),
          basis,
          el(
            'ram:AppliedTradeAllowanceCharge',
            indicator(false),
            leaf('ram:ActualAmount', priceDiscount(line.grossPrice, line.unitPrice ?? '0')),
          ),
        ),
      el('ram:NetPriceProductTradePrice', leaf('ram:ChargeAmount', decimal(line.unitPrice)), basis),
    ),
    elRequired(
      'ram:SpecifiedLineTradeDelivery',
      leaf('ram:BilledQuantity', decimal(line.quantity), unit),
    ),
    el(
      'ram:SpecifiedLineTradeSettlement',
      line.vatCategory &&
        ciiTradeTax('ram:ApplicableTradeTax', { category: line.vatCategory, rate: line.vatRate }),
      el(
        'ram:BillingSpecifiedPeriod',
        ciiDateTime('ram:StartDateTime', line.period?.start),
        ciiDateTime('ram:EndDateTime', line.period?.end),
      ),
      (line.allowancesCharges ?? []).map((ac) => ciiAllowanceCharge(ac, false)),
      el(
        'ram:SpecifiedTradeSettlementLineMonetarySummation',
        leaf('ram:LineTotalAmount', money(line.lineTotal)),
      ),
    ),
  );
}
