// The element names that differ between UN/CEFACT CII D16B (Factur-X / ZUGFeRD 2.x / XRechnung CII)
// and its predecessor ZUGFeRD 1.0; everything else (parties, tax, allowances) is named the same.
import { xmlQuery, type XmlQuery } from './xml-element.ts';

export interface CiiDialect {
  readonly q: XmlQuery;
  readonly context: string;
  readonly header: string;
  readonly transaction: string;
  readonly agreement: string;
  readonly delivery: string;
  readonly settlement: string;
  readonly summation: string;
  readonly ratePercent: string;
  readonly lineAgreement: string;
  readonly lineDelivery: string;
  readonly lineSettlement: string;
  readonly lineSummation: string;
  /** Id of a referenced document (order, contract, …). */
  readonly documentId: string;
}

export const ciiRootNs = 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100';
export const zugferd1RootNs = 'urn:ferd:CrossIndustryDocument:invoice:1p0';
/** The 2014 ZUGFeRD release candidate: rsm:Invoice with unqualified children. */
export const zugferdRcRootNs = 'urn:un:unece:uncefact:data:standard:CBFBUY:5';

export const ciiD16b: CiiDialect = {
  q: xmlQuery({
    rsm: ciiRootNs,
    ram: 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
    udt: 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
    qdt: 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',
  }),
  context: 'rsm:ExchangedDocumentContext',
  header: 'rsm:ExchangedDocument',
  transaction: 'rsm:SupplyChainTradeTransaction',
  agreement: 'ram:ApplicableHeaderTradeAgreement',
  delivery: 'ram:ApplicableHeaderTradeDelivery',
  settlement: 'ram:ApplicableHeaderTradeSettlement',
  summation: 'ram:SpecifiedTradeSettlementHeaderMonetarySummation',
  ratePercent: 'ram:RateApplicablePercent',
  lineAgreement: 'ram:SpecifiedLineTradeAgreement',
  lineDelivery: 'ram:SpecifiedLineTradeDelivery',
  lineSettlement: 'ram:SpecifiedLineTradeSettlement',
  lineSummation: 'ram:SpecifiedTradeSettlementLineMonetarySummation',
  documentId: 'ram:IssuerAssignedID',
};

const zugferd1Names = {
  context: 'rsm:SpecifiedExchangedDocumentContext',
  header: 'rsm:HeaderExchangedDocument',
  transaction: 'rsm:SpecifiedSupplyChainTradeTransaction',
  agreement: 'ram:ApplicableSupplyChainTradeAgreement',
  delivery: 'ram:ApplicableSupplyChainTradeDelivery',
  settlement: 'ram:ApplicableSupplyChainTradeSettlement',
  summation: 'ram:SpecifiedTradeSettlementMonetarySummation',
  ratePercent: 'ram:ApplicablePercent',
  lineAgreement: 'ram:SpecifiedSupplyChainTradeAgreement',
  lineDelivery: 'ram:SpecifiedSupplyChainTradeDelivery',
  lineSettlement: 'ram:SpecifiedSupplyChainTradeSettlement',
  lineSummation: 'ram:SpecifiedTradeSettlementMonetarySummation',
  documentId: 'ram:ID',
} as const;

export const zugferd1: CiiDialect = {
  ...zugferd1Names,
  q: xmlQuery({
    rsm: zugferd1RootNs,
    ram: 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12',
    udt: 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15',
    qdt: 'urn:un:unece:uncefact:data:standard:QualifiedDataType:12',
  }),
};

export const zugferdRc: CiiDialect = {
  ...zugferd1Names,
  q: xmlQuery({ rsm: zugferdRcRootNs, ram: '', udt: '', qdt: '' }),
};
