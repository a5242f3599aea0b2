// EN 16931 mandatory elements of the whole invoice (BR-01 … BR-20, BR-29, BR-CO-25, BR-CO-26).
import type { Finding } from '../finding.ts';
import type { Invoice, Party } from '../invoice.ts';
import { dec, finding, has, type InvoiceRule } from './rule-helpers.ts';
import { compare, zero } from './decimal.ts';

interface Required {
  readonly ruleId: string;
  readonly field: string;
  readonly present: (invoice: Invoice) => boolean;
  readonly message: string;
}

const required: readonly Required[] = [
  {
    ruleId: 'BR-01',
    field: 'specification',
    present: (i) => has(i.specification),
    message:
      'The invoice does not say which e-invoice specification it follows (specification identifier).',
  },
  {
    ruleId: 'BR-02',
    field: 'invoiceNumber',
    present: (i) => has(i.invoiceNumber),
    message: 'The invoice number is missing.',
  },
  {
    ruleId: 'BR-03',
    field: 'issueDate',
    present: (i) => has(i.issueDate),
    message: 'The invoice date is missing.',
  },
  {
    ruleId: 'BR-04',
    field: 'documentType',
    present: (i) => has(i.documentType),
    message: 'The document type (invoice, credit note, …) is missing.',
  },
  {
    ruleId: 'BR-05',
    field: 'currency',
    present: (i) => has(i.currency),
    message: 'The invoice currency is missing.',
  },
  {
    ruleId: 'BR-06',
    field: 'seller.name',
    present: (i) => has(i.seller?.name),
    message: "The seller's name is missing.",
  },
  {
    ruleId: 'BR-07',
    field: 'buyer.name',
    present: (i) => has(i.buyer?.name),
    message: "The buyer's name is missing.",
  },
  {
    ruleId: 'BR-08',
    field: 'seller.address',
    present: (i) => i.seller?.address !== undefined,
    message: "The seller's postal address is missing.",
  },
  {
    ruleId: 'BR-09',
    field: 'seller.address.countryCode',
    present: (i) => has(i.seller?.address?.countryCode),
    message: "The seller's address has no country.",
  },
  {
    ruleId: 'BR-10',
    field: 'buyer.address',
    present: (i) => i.buyer?.address !== undefined,
    message: "The buyer's postal address is missing.",
  },
  {
    ruleId: 'BR-11',
    field: 'buyer.address.countryCode',
    present: (i) => has(i.buyer?.address?.countryCode),
    message: "The buyer's address has no country.",
  },
  {
    ruleId: 'BR-12',
    field: 'totals.lineTotal',
    present: (i) => has(i.totals.lineTotal),
    message: 'The sum of the line amounts is missing.',
  },
  {
    ruleId: 'BR-13',
    field: 'totals.netTotal',
    present: (i) => has(i.totals.netTotal),
    message: 'The invoice total without VAT is missing.',
  },
  {
    ruleId: 'BR-14',
    field: 'totals.grossTotal',
    present: (i) => has(i.totals.grossTotal),
    message: 'The invoice total with VAT is missing.',
  },
  {
    ruleId: 'BR-15',
    field: 'totals.amountDue',
    present: (i) => has(i.totals.amountDue),
    message: 'The amount due for payment is missing.',
  },
  {
    ruleId: 'BR-16',
    field: 'lines',
    present: (i) => i.lines.length > 0,
    message: 'The invoice has no lines.',
  },
];

export const mandatoryRules: InvoiceRule = (invoice) => {
  const findings = required
    .filter((rule) => !rule.present(invoice))
    .map((rule) => finding(rule.ruleId, rule.message, [rule.field]));
  return [...findings, ...partyRules(invoice), ...paymentRules(invoice)];
};

function partyRules(invoice: Invoice): Finding[] {
  const findings: Finding[] = [];
  const { payee, sellerTaxRepresentative: rep } = invoice;
  if (payee && !has(payee.name)) {
    findings.push(
      finding('BR-17', 'A payee other than the seller is given, but without a name.', [
        'payee.name',
      ]),
    );
  }
  if (rep) {
    if (!has(rep.name))
      findings.push(
        finding('BR-18', "The seller's tax representative has no name.", [
          'sellerTaxRepresentative.name',
        ]),
      );
    if (!rep.address)
      findings.push(
        finding('BR-19', "The seller's tax representative has no postal address.", [
          'sellerTaxRepresentative.address',
        ]),
      );
    else if (!has(rep.address.countryCode))
      findings.push(
        finding('BR-20', "The tax representative's address has no country.", [
          'sellerTaxRepresentative.address.countryCode',
        ]),
      );
  }
  const { start, end } = invoice.period ?? {};
  if (has(start) && has(end) && end < start) {
    findings.push(
      finding('BR-29', `The invoicing period ends (${end}) before it starts (${start}).`, [
        'period.end',
        'period.start',
      ]),
    );
  }
  if (!identifiesSeller(invoice.seller)) {
    findings.push(
      finding(
        'BR-CO-26',
        'The seller cannot be identified: no seller identifier, company registration number or VAT id is given.',
        ['seller.vatId', 'seller.legalRegistrationId', 'seller.identifiers'],
      ),
    );
  }
  return findings;
}

function identifiesSeller(seller: Party | undefined): boolean {
  return (
    (seller?.identifiers?.length ?? 0) > 0 ||
    has(seller?.legalRegistrationId?.value) ||
    has(seller?.vatId)
  );
}

function paymentRules(invoice: Invoice): Finding[] {
  const due = dec(invoice.totals.amountDue);
  if (due === undefined || compare(due, zero) <= 0) return [];
  if (has(invoice.dueDate) || has(invoice.paymentTerms)) return [];
  return [
    finding(
      'BR-CO-25',
      `An amount of ${invoice.totals.amountDue} is due, but neither a due date nor payment terms are given.`,
      ['dueDate', 'paymentTerms'],
    ),
  ];
}
