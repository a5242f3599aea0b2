// The fixed parts of a DATEV "Buchungsstapel" file (EXTF header version 700, data category 21,
// format version 13): the 31-field header line and the 125 column names of the booking rows.
// DATEV reads columns by position; text fields are quoted, numbers are not, lines end with CRLF.

const pairs = (name: string, count: number, art = 'Art', inhalt = 'Inhalt') =>
  Array.from({ length: count }, (_, i) => [
    `${name} - ${art} ${i + 1}`,
    `${name} - ${inhalt} ${i + 1}`,
  ]).flat();

export const datevColumns: readonly string[] = [
  'Umsatz (ohne Soll/Haben-Kz)',
  'Soll/Haben-Kennzeichen',
  'WKZ Umsatz',
  'Kurs',
  'Basis-Umsatz',
  'WKZ Basis-Umsatz',
  'Konto',
  'Gegenkonto (ohne BU-Schlüssel)',
  'BU-Schlüssel',
  'Belegdatum',
  'Belegfeld 1',
  'Belegfeld 2',
  'Skonto',
  'Buchungstext',
  'Postensperre',
  'Diverse Adressnummer',
  'Geschäftspartnerbank',
  'Sachverhalt',
  'Zinssperre',
  'Beleglink',
  ...pairs('Beleginfo', 8),
  'KOST1 - Kostenstelle',
  'KOST2 - Kostenstelle',
  'Kost-Menge',
  'EU-Land u. UStID (Bestimmung)',
  'EU-Steuersatz (Bestimmung)',
  'Abw. Versteuerungsart',
  'Sachverhalt L+L',
  'Funktionsergänzung L+L',
  'BU 49 Hauptfunktionstyp',
  'BU 49 Hauptfunktionsnummer',
  'BU 49 Funktionsergänzung',
  ...pairs('Zusatzinformation', 20),
  'Stück',
  'Gewicht',
  'Zahlweise',
  'Forderungsart',
  'Veranlagungsjahr',
  'Zugeordnete Fälligkeit',
  'Skontotyp',
  'Auftragsnummer',
  'Buchungstyp',
  'USt-Schlüssel (Anzahlungen)',
  'EU-Land (Anzahlungen)',
  'Sachverhalt L+L (Anzahlungen)',
  'EU-Steuersatz (Anzahlungen)',
  'Erlöskonto (Anzahlungen)',
  'Herkunft-Kz',
  'Leerfeld',
  'KOST-Datum',
  'SEPA-Mandatsreferenz',
  'Skontosperre',
  'Gesellschaftername',
  'Beteiligtennummer',
  'Identifikationsnummer',
  'Zeichnernummer',
  'Postensperre bis',
  'Bezeichnung SoBil-Sachverhalt',
  'Kennzeichen SoBil-Buchung',
  'Festschreibung',
  'Leistungsdatum',
  'Datum Zuord. Steuerperiode',
  'Fälligkeit',
  'Generalumkehr (GU)',
  'Steuersatz',
  'Land',
  'Abrechnungsreferenz',
  'BVV-Position',
  'EU-Land u. UStID (Ursprung)',
  'EU-Steuersatz (Ursprung)',
  'Abw. Skontokonto',
];

/** 1-based column numbers of the fields this export fills. */
export const datevColumn = {
  amount: 1,
  debitCredit: 2,
  currency: 3,
  account: 7,
  contraAccount: 8,
  taxKey: 9,
  documentDate: 10,
  documentField1: 11,
  postingText: 14,
  serviceDate: 115,
  dueDate: 117,
} as const;

/** A DATEV field: quoted text, or a bare number / date / empty. */
export type DatevField = { readonly text: string } | string;

export function datevLine(fields: readonly DatevField[]): string {
  return (
    fields.map((f) => (typeof f === 'string' ? f : `"${f.text.replaceAll('"', '""')}"`)).join(';') +
    '\r\n'
  );
}

export interface DatevHeader {
  /** JJJJMMTThhmmssfff. */
  readonly createdAt: string;
  readonly origin: string;
  readonly exportedBy: string;
  readonly consultantNumber: number;
  readonly clientNumber: number;
  /** JJJJMMTT. */
  readonly fiscalYearStart: string;
  readonly accountLength: number;
  readonly from: string;
  readonly to: string;
  readonly label: string;
  readonly initials: string;
  readonly locked: boolean;
  readonly currency: string;
  /** "03" or "04". */
  readonly chart: string;
}

export function datevHeaderLine(h: DatevHeader): string {
  const fields: DatevField[] = [
    { text: 'EXTF' },
    '700',
    '21',
    { text: 'Buchungsstapel' },
    '13',
    h.createdAt,
    '',
    { text: h.origin },
    { text: h.exportedBy },
    '',
    String(h.consultantNumber),
    String(h.clientNumber),
    h.fiscalYearStart,
    String(h.accountLength),
    h.from,
    h.to,
    { text: h.label },
    { text: h.initials },
    '1',
    '0',
    h.locked ? '1' : '0',
    { text: h.currency },
    '',
    '',
    '',
    '',
    { text: h.chart },
    '',
    '',
    '',
    '',
  ];
  return datevLine(fields);
}

/** JJJJMMTThhmmssfff in UTC. */
export function datevTimestamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:TZ.]/g, '')
    .slice(0, 17);
}
