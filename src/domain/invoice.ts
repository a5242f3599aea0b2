// The app's invoice model, shaped after EN 16931 (business terms BT-/BG- in comments). Every
// source — e-invoice XML, text layer, OCR + field model — produces this, and every export reads it.
// Amounts and quantities are decimal strings ("1234.56"), never binary floats; dates are ISO.

/** A decimal number as text, '.' as decimal separator, optional leading '-': "1234.5", "-3". */
export type Decimal = string;
/** A calendar date, YYYY-MM-DD. */
export type IsoDate = string;

/** UNTDID 5305 VAT category codes used by EN 16931. */
export type VatCategoryCode = 'S' | 'Z' | 'E' | 'AE' | 'K' | 'G' | 'O' | 'L' | 'M';

export interface Identifier {
  readonly value: string;
  /** Scheme id (ISO 6523 ICD, EAS code), when given. */
  readonly scheme?: string;
}

export interface Address {
  /** Street lines, BT-35/36/162. */
  readonly lines: readonly string[];
  readonly city?: string;
  readonly postalCode?: string;
  readonly countrySubdivision?: string;
  /** ISO 3166-1 alpha-2. */
  readonly countryCode?: string;
}

export interface Contact {
  readonly name?: string;
  readonly phone?: string;
  readonly email?: string;
}

export interface Party {
  /** Legal or registration name (BT-27 / BT-44). */
  readonly name?: string;
  readonly tradingName?: string;
  readonly identifiers?: readonly Identifier[];
  /** Legal registration id, e.g. a company register number (BT-30 / BT-47). */
  readonly legalRegistrationId?: Identifier;
  /** VAT identifier with country prefix (BT-31 / BT-48). */
  readonly vatId?: string;
  /** Local tax registration, e.g. German Steuernummer (BT-32). */
  readonly taxRegistrationId?: string;
  readonly address?: Address;
  readonly contact?: Contact;
  /** Electronic address, e.g. a Peppol id or e-mail (BT-34 / BT-49). */
  readonly electronicAddress?: Identifier;
  readonly legalInformation?: string;
}

export interface PaymentAccount {
  /** IBAN or other account id (BT-84). */
  readonly iban: string;
  readonly accountName?: string;
  /** BIC (BT-86). */
  readonly bic?: string;
}

export interface PaymentInstructions {
  /** UNTDID 4461 payment means code (BT-81). */
  readonly meansCode?: string;
  readonly meansText?: string;
  /** Remittance information / payment reference (BT-83). */
  readonly remittanceInformation?: string;
  readonly accounts: readonly PaymentAccount[];
  readonly cardLastDigits?: string;
  /** Direct debit mandate reference (BT-89). */
  readonly mandateId?: string;
  /** SEPA creditor id (BT-90). */
  readonly creditorId?: string;
  /** Debited account (BT-91). */
  readonly debitedAccount?: string;
}

export interface AllowanceCharge {
  readonly isCharge: boolean;
  readonly amount: Decimal;
  readonly baseAmount?: Decimal;
  readonly percentage?: Decimal;
  readonly vatCategory?: VatCategoryCode;
  readonly vatRate?: Decimal;
  readonly reason?: string;
  readonly reasonCode?: string;
}

export interface VatBreakdown {
  readonly category: VatCategoryCode;
  /** Percent, e.g. "19" (BT-119); absent for categories without a rate. */
  readonly rate?: Decimal;
  readonly taxableAmount: Decimal;
  readonly taxAmount: Decimal;
  readonly exemptionReason?: string;
  readonly exemptionReasonCode?: string;
}

export interface Period {
  readonly start?: IsoDate;
  readonly end?: IsoDate;
}

export interface InvoiceLine {
  /** Line id (BT-126). */
  readonly id?: string;
  /** Item name (BT-153); the line's text on paper invoices. */
  readonly name?: string;
  /** Item description (BT-154). */
  readonly description?: string;
  readonly quantity?: Decimal;
  /** UN/ECE Rec 20 unit code (BT-130), e.g. "C62", "HUR". */
  readonly unitCode?: string;
  /** Net price per price base quantity (BT-146). */
  readonly unitPrice?: Decimal;
  readonly priceBaseQuantity?: Decimal;
  readonly grossPrice?: Decimal;
  /** Line net amount (BT-131). */
  readonly lineTotal?: Decimal;
  readonly vatCategory?: VatCategoryCode;
  readonly vatRate?: Decimal;
  readonly notes?: readonly string[];
  readonly sellerItemId?: string;
  readonly buyerItemId?: string;
  readonly standardItemId?: Identifier;
  readonly period?: Period;
  readonly allowancesCharges?: readonly AllowanceCharge[];
  readonly orderLineReference?: string;
}

export interface InvoiceTotals {
  /** Sum of line net amounts (BT-106). */
  readonly lineTotal?: Decimal;
  readonly allowanceTotal?: Decimal;
  readonly chargeTotal?: Decimal;
  /** Total without VAT (BT-109). */
  readonly netTotal?: Decimal;
  /** VAT total in the invoice currency (BT-110). */
  readonly taxTotal?: Decimal;
  /** VAT total in the tax accounting currency (BT-111). */
  readonly taxTotalInTaxCurrency?: Decimal;
  /** Total with VAT (BT-112). */
  readonly grossTotal?: Decimal;
  readonly prepaid?: Decimal;
  readonly rounding?: Decimal;
  /** Amount due for payment (BT-115). */
  readonly amountDue?: Decimal;
}

export interface DocumentReference {
  readonly id: string;
  readonly issueDate?: IsoDate;
}

export interface Invoice {
  /** UNTDID 1001 code (BT-3): 380 invoice, 381 credit note, 384 corrected, 389 self-billed … */
  readonly documentType?: string;
  readonly invoiceNumber?: string;
  readonly issueDate?: IsoDate;
  readonly dueDate?: IsoDate;
  /** Actual delivery date (BT-72). */
  readonly deliveryDate?: IsoDate;
  /** Invoicing period (BG-14). */
  readonly period?: Period;
  /** ISO 4217 (BT-5). */
  readonly currency?: string;
  readonly taxCurrency?: string;
  /** Buyer reference, in Germany the Leitweg-ID (BT-10). */
  readonly buyerReference?: string;
  readonly purchaseOrder?: string;
  readonly salesOrder?: string;
  readonly contractReference?: string;
  readonly projectReference?: string;
  readonly precedingInvoices?: readonly DocumentReference[];
  readonly paymentTerms?: string;
  readonly notes?: readonly string[];
  /** Specification identifier (BT-24), e.g. XRechnung or Peppol customization id. */
  readonly specification?: string;
  readonly businessProcess?: string;
  readonly seller?: Party;
  readonly buyer?: Party;
  readonly payee?: Party;
  readonly sellerTaxRepresentative?: Party;
  readonly deliverTo?: {
    readonly name?: string;
    readonly address?: Address;
    readonly locationId?: Identifier;
  };
  readonly payment?: PaymentInstructions;
  readonly allowancesCharges?: readonly AllowanceCharge[];
  readonly totals: InvoiceTotals;
  readonly vatBreakdown: readonly VatBreakdown[];
  readonly lines: readonly InvoiceLine[];
}

export const emptyInvoice: Invoice = { totals: {}, vatBreakdown: [], lines: [] };
