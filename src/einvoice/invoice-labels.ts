// Words for the codes an e-invoice uses (UNTDID 1001, 5305, 4461, UN/ECE Rec 20), for people.

const documentTypes: Readonly<Record<string, string>> = {
  '380': 'Invoice',
  '381': 'Credit note',
  '383': 'Debit note',
  '384': 'Corrected invoice',
  '386': 'Prepayment invoice',
  '389': 'Self-billed invoice',
  '326': 'Partial invoice',
  '261': 'Self-billed credit note',
  '751': 'Invoice information for accounting',
  '875': 'Partial construction invoice',
  '876': 'Partial final construction invoice',
  '877': 'Final construction invoice',
};

const vatCategories: Readonly<Record<string, string>> = {
  S: 'Standard rate',
  Z: 'Zero rate',
  E: 'Exempt from VAT',
  AE: 'Reverse charge',
  K: 'Intra-EU supply',
  G: 'Export outside the EU',
  O: 'Outside the scope of VAT',
  L: 'Canary Islands (IGIC)',
  M: 'Ceuta and Melilla (IPSI)',
};

const paymentMeans: Readonly<Record<string, string>> = {
  '1': 'Not defined',
  '10': 'Cash',
  '20': 'Cheque',
  '30': 'Credit transfer',
  '31': 'Debit transfer',
  '42': 'Payment to bank account',
  '48': 'Bank card',
  '49': 'Direct debit',
  '54': 'Credit card',
  '55': 'Debit card',
  '57': 'Standing agreement',
  '58': 'SEPA credit transfer',
  '59': 'SEPA direct debit',
  '97': 'Clearing between partners',
  ZZZ: 'Mutually defined',
};

const units: Readonly<Record<string, string>> = {
  C62: 'pcs',
  H87: 'pcs',
  EA: 'each',
  XPP: 'pkg',
  SET: 'set',
  HUR: 'h',
  MIN: 'min',
  DAY: 'days',
  WEE: 'weeks',
  MON: 'months',
  ANN: 'years',
  KGM: 'kg',
  GRM: 'g',
  TNE: 't',
  MTR: 'm',
  MTK: 'm²',
  MTQ: 'm³',
  LTR: 'l',
  KWH: 'kWh',
  KMT: 'km',
  LS: 'lump sum',
  P1: '%',
};

export function documentTypeLabel(code: string | undefined): string {
  return (code && documentTypes[code]) ?? (code ? `Document type ${code}` : 'Invoice');
}

export function vatCategoryLabel(code: string): string {
  return vatCategories[code] ?? code;
}

export function paymentMeansLabel(code: string | undefined): string | undefined {
  return code === undefined ? undefined : (paymentMeans[code] ?? `Payment means ${code}`);
}

export function unitLabel(code: string | undefined): string | undefined {
  return code === undefined ? undefined : (units[code.toUpperCase()] ?? code);
}
