// The four VAT categories the app checks in full: standard rate, zero rate, exempt, reverse charge.
import type { InvoiceRule } from './rule-helpers.ts';
import { vatCategoryRules } from './vat-category-rules.ts';

/** BR-S-01 … BR-S-10: standard-rated supplies. */
export const standardRateRules: InvoiceRule = vatCategoryRules({
  code: 'S',
  prefix: 'BR-S',
  name: 'standard-rated',
  oneBreakdownRow: false,
  positiveRate: true,
  exemptionReason: 'forbidden',
  buyerIdRequired: false,
});

/** BR-Z-01 … BR-Z-10: zero-rated supplies. */
export const zeroRateRules: InvoiceRule = vatCategoryRules({
  code: 'Z',
  prefix: 'BR-Z',
  name: 'zero-rated',
  oneBreakdownRow: true,
  positiveRate: false,
  exemptionReason: 'forbidden',
  buyerIdRequired: false,
});

/** BR-E-01 … BR-E-10: supplies exempt from VAT. */
export const exemptRules: InvoiceRule = vatCategoryRules({
  code: 'E',
  prefix: 'BR-E',
  name: 'exempt from VAT',
  oneBreakdownRow: true,
  positiveRate: false,
  exemptionReason: 'required',
  buyerIdRequired: false,
});

/** BR-AE-01 … BR-AE-10: reverse charge, the buyer accounts for the VAT. */
export const reverseChargeRules: InvoiceRule = vatCategoryRules({
  code: 'AE',
  prefix: 'BR-AE',
  name: 'reverse charge',
  oneBreakdownRow: true,
  positiveRate: false,
  exemptionReason: 'required',
  buyerIdRequired: true,
});
