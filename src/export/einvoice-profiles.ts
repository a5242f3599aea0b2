// The e-invoice formats the app writes: syntax, specification identifier (BT-24), business process
// (BT-23) and which rule sets (Peppol BIS, XRechnung) apply on top of EN 16931.
import type { Invoice } from '../domain/invoice.ts';
import type { EInvoiceFormat } from './export-types.ts';

export const en16931Specification = 'urn:cen.eu:en16931:2017';
export const peppolSpecification =
  'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const xrechnungSpecification =
  'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0';
export const peppolBillingProcess = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';

export interface EInvoiceProfile {
  readonly format: EInvoiceFormat;
  readonly syntax: 'UBL' | 'CII';
  readonly specification: string;
  /** Fixed BT-23 where the rule set demands one; otherwise the invoice's own is kept. */
  readonly businessProcess?: string;
  readonly peppol: boolean;
  readonly xrechnung: boolean;
}

export const eInvoiceProfiles: Readonly<Record<EInvoiceFormat, EInvoiceProfile>> = {
  ubl: {
    format: 'ubl',
    syntax: 'UBL',
    specification: peppolSpecification,
    businessProcess: peppolBillingProcess,
    peppol: true,
    xrechnung: false,
  },
  cii: {
    format: 'cii',
    syntax: 'CII',
    specification: en16931Specification,
    peppol: false,
    xrechnung: false,
  },
  'xrechnung-ubl': {
    format: 'xrechnung-ubl',
    syntax: 'UBL',
    specification: xrechnungSpecification,
    businessProcess: peppolBillingProcess,
    peppol: false,
    xrechnung: true,
  },
  'xrechnung-cii': {
    format: 'xrechnung-cii',
    syntax: 'CII',
    specification: xrechnungSpecification,
    businessProcess: peppolBillingProcess,
    peppol: false,
    xrechnung: true,
  },
  // Factur-X / ZUGFeRD 2 profile EN 16931 ("COMFORT"): CII with the plain EN 16931 guideline id.
  facturx: {
    format: 'facturx',
    syntax: 'CII',
    specification: en16931Specification,
    peppol: false,
    xrechnung: false,
  },
};

/** True when both parties are German: Peppol then allows several notes and type codes 326/384. */
export function bothGerman(invoice: Invoice): boolean {
  return (
    invoice.seller?.address?.countryCode === 'DE' && invoice.buyer?.address?.countryCode === 'DE'
  );
}

/** The invoice as the format will carry it: its specification and business process set. */
export function prepareForProfile(invoice: Invoice, profile: EInvoiceProfile): Invoice {
  const businessProcess = profile.businessProcess ?? invoice.businessProcess;
  const notes = invoice.notes ?? [];
  // Peppol allows one document note unless both parties are German (PEPPOL-EN16931-R002).
  const joinNotes = profile.peppol && notes.length > 1 && !bothGerman(invoice);
  // XRechnung wants a line break after the last "#SKONTO#…#" line of the payment terms (BR-DE-18).
  const terms = invoice.paymentTerms;
  const endTerms = profile.xrechnung && terms !== undefined && /#\s*$/.test(terms);
  return {
    ...invoice,
    specification: profile.specification,
    ...(businessProcess === undefined ? {} : { businessProcess }),
    ...(joinNotes ? { notes: [notes.join('\n')] } : {}),
    ...(endTerms ? { paymentTerms: `${terms.trimEnd()}\n` } : {}),
  };
}
