// UBL money parts: allowances and charges, VAT breakdown, document totals and payment instructions.
import type {
  AllowanceCharge,
  InvoiceTotals,
  PaymentAccount,
  PaymentInstructions,
  VatBreakdown,
} from '../domain/invoice.ts';
import { defined, nonEmpty, type ReadContext } from './read-context.ts';
import { ubl } from './ubl-query.ts';
import { attributeOf, textOf, type XmlElement } from './xml-element.ts';

export function readUblAllowanceCharge(
  el: XmlElement,
  ctx: ReadContext,
  field: string,
  taxCategoryPath = 'cac:TaxCategory',
): AllowanceCharge {
  return defined<AllowanceCharge>({
    isCharge: ctx.indicator(ubl.one(el, 'cbc:ChargeIndicator')) ?? false,
    amount: ctx.decimal(ubl.one(el, 'cbc:Amount'), `${field}.amount`) ?? '',
    baseAmount: ctx.decimal(ubl.one(el, 'cbc:BaseAmount'), `${field}.baseAmount`),
    percentage: ctx.decimal(ubl.one(el, 'cbc:MultiplierFactorNumeric'), `${field}.percentage`),
    vatCategory: ctx.vatCategory(ubl.one(el, `${taxCategoryPath}/cbc:ID`), `${field}.vatCategory`),
    vatRate: ctx.decimal(ubl.one(el, `${taxCategoryPath}/cbc:Percent`), `${field}.vatRate`),
    reason: ubl.text(el, 'cbc:AllowanceChargeReason'),
    reasonCode: ubl.text(el, 'cbc:AllowanceChargeReasonCode'),
  });
}

/** The TaxTotal in the invoice currency carries the breakdown; one in the tax currency gives BT-111. */
export function readUblTax(
  root: XmlElement,
  ctx: ReadContext,
  currency: string | undefined,
  taxCurrency: string | undefined,
): { taxTotal?: string; taxTotalInTaxCurrency?: string; vatBreakdown: VatBreakdown[] } {
  const taxTotals = ubl.all(root, 'cac:TaxTotal');
  const inCurrency = (code: string | undefined) =>
    taxTotals.find((t) => attributeOf(ubl.one(t, 'cbc:TaxAmount'), 'currencyID') === code);
  const main =
    inCurrency(currency) ?? taxTotals.find((t) => ubl.one(t, 'cac:TaxSubtotal')) ?? taxTotals[0];
  const other = taxCurrency && taxCurrency !== currency ? inCurrency(taxCurrency) : undefined;
  const vatBreakdown: VatBreakdown[] = [];
  ubl.all(main, 'cac:TaxSubtotal').forEach((subtotal) => {
    const field = `vatBreakdown[${vatBreakdown.length}]`;
    const category = ctx.vatCategory(
      ubl.one(subtotal, 'cac:TaxCategory/cbc:ID'),
      `${field}.category`,
    );
    if (!category) return;
    vatBreakdown.push(
      defined<VatBreakdown>({
        category,
        rate: ctx.decimal(ubl.one(subtotal, 'cac:TaxCategory/cbc:Percent'), `${field}.rate`),
        taxableAmount:
          ctx.decimal(ubl.one(subtotal, 'cbc:TaxableAmount'), `${field}.taxableAmount`) ?? '',
        taxAmount: ctx.decimal(ubl.one(subtotal, 'cbc:TaxAmount'), `${field}.taxAmount`) ?? '',
        exemptionReason: ubl.text(subtotal, 'cac:TaxCategory/cbc:TaxExemptionReason'),
        exemptionReasonCode: ubl.text(subtotal, 'cac:TaxCategory/cbc:TaxExemptionReasonCode'),
      }),
    );
  });
  return defined({
    taxTotal: ctx.decimal(ubl.one(main, 'cbc:TaxAmount'), 'totals.taxTotal'),
    taxTotalInTaxCurrency: ctx.decimal(
      ubl.one(other, 'cbc:TaxAmount'),
      'totals.taxTotalInTaxCurrency',
    ),
    vatBreakdown,
  });
}

export function readUblTotals(root: XmlElement, ctx: ReadContext): InvoiceTotals {
  const total = ubl.one(root, 'cac:LegalMonetaryTotal');
  const amount = (name: string, field: keyof InvoiceTotals) =>
    ctx.decimal(ubl.one(total, `cbc:${name}`), `totals.${field}`);
  return defined<InvoiceTotals>({
    lineTotal: amount('LineExtensionAmount', 'lineTotal'),
    allowanceTotal: amount('AllowanceTotalAmount', 'allowanceTotal'),
    chargeTotal: amount('ChargeTotalAmount', 'chargeTotal'),
    netTotal: amount('TaxExclusiveAmount', 'netTotal'),
    grossTotal: amount('TaxInclusiveAmount', 'grossTotal'),
    prepaid: amount('PrepaidAmount', 'prepaid'),
    rounding: amount('PayableRoundingAmount', 'rounding'),
    amountDue: amount('PayableAmount', 'amountDue'),
  });
}

export function readUblPayment(root: XmlElement): PaymentInstructions | undefined {
  const means = ubl.all(root, 'cac:PaymentMeans');
  const first = means[0];
  const accounts = means.flatMap((m) =>
    ubl.all(m, 'cac:PayeeFinancialAccount').flatMap((account): PaymentAccount[] => {
      const iban = ubl.text(account, 'cbc:ID');
      if (iban === undefined) return [];
      return [
        defined<PaymentAccount>({
          iban,
          accountName: ubl.text(account, 'cbc:Name'),
          bic: ubl.text(account, 'cac:FinancialInstitutionBranch/cbc:ID'),
        }),
      ];
    }),
  );
  const party = (path: string) =>
    ubl
      .all(root, `${path}/cac:PartyIdentification/cbc:ID`)
      .find((id) => attributeOf(id, 'schemeID')?.toUpperCase() === 'SEPA');
  const creditor = party('cac:PayeeParty') ?? party('cac:AccountingSupplierParty/cac:Party');
  const card = means
    .map((m) => ubl.text(m, 'cac:CardAccount/cbc:PrimaryAccountNumberID'))
    .find(Boolean);
  return nonEmpty<PaymentInstructions>({
    meansCode: ubl.text(first, 'cbc:PaymentMeansCode'),
    meansText: attributeOf(ubl.one(first, 'cbc:PaymentMeansCode'), 'name'),
    remittanceInformation: means.map((m) => ubl.text(m, 'cbc:PaymentID')).find(Boolean),
    accounts,
    cardLastDigits: card?.slice(-4),
    mandateId: means.map((m) => ubl.text(m, 'cac:PaymentMandate/cbc:ID')).find(Boolean),
    creditorId: textOf(creditor),
    debitedAccount: means
      .map((m) => ubl.text(m, 'cac:PaymentMandate/cac:PayerFinancialAccount/cbc:ID'))
      .find(Boolean),
  });
}
