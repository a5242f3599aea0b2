// CII money parts: allowances and charges, VAT breakdown, totals, payment means and terms.
import type {
  AllowanceCharge,
  InvoiceTotals,
  IsoDate,
  PaymentAccount,
  PaymentInstructions,
  VatBreakdown,
} from '../domain/invoice.ts';
import type { CiiDialect } from './cii-dialect.ts';
import { defined, nonEmpty, type ReadContext } from './read-context.ts';
import { attributeOf, textOf, type XmlElement } from './xml-element.ts';

/** A CII date: the udt/qdt DateTimeString or DateString child, or the element's own text. */
export function readCiiDate(
  d: CiiDialect,
  ctx: ReadContext,
  from: XmlElement | undefined,
  path: string,
  field: string,
): IsoDate | undefined {
  const holder = d.q.one(from, path);
  const value =
    d.q.one(holder, 'udt:DateTimeString') ??
    d.q.one(holder, 'udt:DateString') ??
    d.q.one(holder, 'qdt:DateTimeString') ??
    holder;
  return ctx.date(value, field);
}

export function readCiiAllowanceCharge(
  d: CiiDialect,
  ctx: ReadContext,
  el: XmlElement,
  field: string,
): AllowanceCharge {
  const { q } = d;
  const tax = q.one(el, 'ram:CategoryTradeTax');
  return defined<AllowanceCharge>({
    isCharge: ctx.indicator(q.one(el, 'ram:ChargeIndicator/udt:Indicator')) ?? false,
    amount: ctx.decimal(q.one(el, 'ram:ActualAmount'), `${field}.amount`) ?? '',
    baseAmount: ctx.decimal(q.one(el, 'ram:BasisAmount'), `${field}.baseAmount`),
    percentage: ctx.decimal(q.one(el, 'ram:CalculationPercent'), `${field}.percentage`),
    vatCategory: ctx.vatCategory(q.one(tax, 'ram:CategoryCode'), `${field}.vatCategory`),
    vatRate: ctx.decimal(q.one(tax, d.ratePercent), `${field}.vatRate`),
    reason: q.text(el, 'ram:Reason'),
    reasonCode: q.text(el, 'ram:ReasonCode'),
  });
}

/** Document-level allowances and charges, with EXTENDED logistics service charges as charges. */
export function readCiiAllowancesCharges(
  d: CiiDialect,
  ctx: ReadContext,
  settlement: XmlElement | undefined,
): AllowanceCharge[] {
  const { q } = d;
  const result = q
    .all(settlement, 'ram:SpecifiedTradeAllowanceCharge')
    .map((el, i) => readCiiAllowanceCharge(d, ctx, el, `allowancesCharges[${i}]`));
  for (const el of q.all(settlement, 'ram:SpecifiedLogisticsServiceCharge')) {
    const field = `allowancesCharges[${result.length}]`;
    const tax = q.one(el, 'ram:AppliedTradeTax');
    result.push(
      defined<AllowanceCharge>({
        isCharge: true,
        amount: ctx.decimal(q.one(el, 'ram:AppliedAmount'), `${field}.amount`) ?? '',
        vatCategory: ctx.vatCategory(q.one(tax, 'ram:CategoryCode'), `${field}.vatCategory`),
        vatRate: ctx.decimal(q.one(tax, d.ratePercent), `${field}.vatRate`),
        reason: q.text(el, 'ram:Description'),
      }),
    );
  }
  return result;
}

export function readCiiVatBreakdown(
  d: CiiDialect,
  ctx: ReadContext,
  settlement: XmlElement | undefined,
): VatBreakdown[] {
  const { q } = d;
  const result: VatBreakdown[] = [];
  for (const tax of q.all(settlement, 'ram:ApplicableTradeTax')) {
    const field = `vatBreakdown[${result.length}]`;
    const category = ctx.vatCategory(q.one(tax, 'ram:CategoryCode'), `${field}.category`);
    if (!category) continue;
    result.push(
      defined<VatBreakdown>({
        category,
        rate: ctx.decimal(q.one(tax, d.ratePercent), `${field}.rate`),
        taxableAmount: ctx.decimal(q.one(tax, 'ram:BasisAmount'), `${field}.taxableAmount`) ?? '',
        taxAmount: ctx.decimal(q.one(tax, 'ram:CalculatedAmount'), `${field}.taxAmount`) ?? '',
        exemptionReason: q.text(tax, 'ram:ExemptionReason'),
        exemptionReasonCode: q.text(tax, 'ram:ExemptionReasonCode'),
      }),
    );
  }
  return result;
}

export function readCiiTotals(
  d: CiiDialect,
  ctx: ReadContext,
  settlement: XmlElement | undefined,
  currency: string | undefined,
  taxCurrency: string | undefined,
): InvoiceTotals {
  const { q } = d;
  const summation = q.one(settlement, d.summation);
  const amount = (name: string, field: keyof InvoiceTotals) =>
    ctx.decimal(q.one(summation, `ram:${name}`), `totals.${field}`);
  // TaxTotalAmount appears once per currency when the VAT accounting currency differs (BT-110/111).
  const taxTotals = q.all(summation, 'ram:TaxTotalAmount');
  const inCurrency = (code: string | undefined) =>
    taxTotals.find((el) => attributeOf(el, 'currencyID') === code);
  const separateTaxCurrency = taxCurrency !== undefined && taxCurrency !== currency;
  const taxTotal =
    inCurrency(currency) ??
    taxTotals.find((el) => attributeOf(el, 'currencyID') === undefined) ??
    (separateTaxCurrency ? undefined : taxTotals[0]);
  return defined<InvoiceTotals>({
    lineTotal: amount('LineTotalAmount', 'lineTotal'),
    allowanceTotal: amount('AllowanceTotalAmount', 'allowanceTotal'),
    chargeTotal: amount('ChargeTotalAmount', 'chargeTotal'),
    netTotal: amount('TaxBasisTotalAmount', 'netTotal'),
    taxTotal: ctx.decimal(taxTotal, 'totals.taxTotal'),
    taxTotalInTaxCurrency: separateTaxCurrency
      ? ctx.decimal(inCurrency(taxCurrency), 'totals.taxTotalInTaxCurrency')
      : undefined,
    grossTotal: amount('GrandTotalAmount', 'grossTotal'),
    prepaid: amount('TotalPrepaidAmount', 'prepaid'),
    rounding: amount('RoundingAmount', 'rounding'),
    amountDue: amount('DuePayableAmount', 'amountDue'),
  });
}

export function readCiiPayment(
  d: CiiDialect,
  settlement: XmlElement | undefined,
): PaymentInstructions | undefined {
  const { q } = d;
  const means = q.all(settlement, 'ram:SpecifiedTradeSettlementPaymentMeans');
  const first = means[0];
  const accounts = means.flatMap((m): PaymentAccount[] => {
    const bic = q.text(m, 'ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID');
    return q.all(m, 'ram:PayeePartyCreditorFinancialAccount').flatMap((account) => {
      const iban = q.text(account, 'ram:IBANID') ?? q.text(account, 'ram:ProprietaryID');
      if (iban === undefined) return [];
      return [defined({ iban, accountName: q.text(account, 'ram:AccountName'), bic })];
    });
  });
  const firstOf = (path: string) => means.map((m) => q.text(m, path)).find(Boolean);
  // ZUGFeRD 1.0 put the mandate in PaymentMeans/ID and the creditor id in its schemeAgencyID.
  const legacyMandate = means.map((m) => q.one(m, 'ram:ID')).find(Boolean);
  return nonEmpty<PaymentInstructions>({
    meansCode: q.text(first, 'ram:TypeCode'),
    meansText: q.text(first, 'ram:Information'),
    remittanceInformation: q.text(settlement, 'ram:PaymentReference'),
    accounts,
    cardLastDigits: firstOf('ram:ApplicableTradeSettlementFinancialCard/ram:ID')?.slice(-4),
    mandateId:
      q.text(settlement, 'ram:SpecifiedTradePaymentTerms/ram:DirectDebitMandateID') ??
      textOf(legacyMandate),
    creditorId:
      q.text(settlement, 'ram:CreditorReferenceID') ?? attributeOf(legacyMandate, 'schemeAgencyID'),
    debitedAccount: firstOf('ram:PayerPartyDebtorFinancialAccount/ram:IBANID'),
  });
}
