// Deutsche Texte der Buchhaltungs-Einstellungen im Export-Dialog (DATEV, QuickBooks, Xero); werden
// in de.ts in den Katalog übernommen.
import type { enAccounting } from './en-accounting.ts';
import type { Message } from './en.ts';

export const deAccounting: Readonly<Record<keyof typeof enAccounting, Message>> = {
  'export.accounting.datev': 'DATEV-Einstellungen',
  'export.accounting.quickbooks': 'QuickBooks-Einstellungen',
  'export.accounting.xero': 'Xero-Einstellungen',
  'export.accounting.datev.help':
    'Diese Angaben erhalten Sie von Ihrer Steuerberatung: die Nummern, unter denen DATEV den Mandanten führt, und die Konten für die Buchungen.',
  'export.accounting.consultantNumber': 'Beraternummer',
  'export.accounting.clientNumber': 'Mandantennummer',
  'export.accounting.fiscalYearStart': 'Wirtschaftsjahr-Beginn',
  'export.accounting.day': 'Tag',
  'export.accounting.month': 'Monat',
  'export.accounting.accountLength': 'Sachkontenlänge',
  'export.accounting.digits': '{count} Stellen',
  'export.accounting.chart': 'Kontenrahmen',
  'export.accounting.creditorAccount': 'Verbindlichkeiten- oder Kreditorenkonto',
  'export.accounting.creditorAccount.help': 'Leer: {account} (Verbindlichkeiten aLuL).',
  'export.accounting.accounts': 'Aufwandskonten je USt-Satz',
  'export.accounting.accounts.help':
    'Leere Felder verwenden das Konto des Kontenrahmens. Automatikkonten brauchen keinen BU-Schlüssel; für reine Aufwandskonten geben Sie ihn an (9 = 19 % Vorsteuer, 8 = 7 %).',
  'export.accounting.vat': 'USt',
  'export.accounting.account': 'Konto',
  'export.accounting.taxKey': 'BU-Schlüssel',
  'export.accounting.accountFor': 'Konto für {vat}',
  'export.accounting.taxKeyFor': 'BU-Schlüssel für {vat}',
  'export.accounting.codeFor': '{column} für {vat}',
  'export.accounting.noAccount': 'keins',
  'export.accounting.addRate': 'USt-Satz hinzufügen',
  'export.accounting.rateKey': 'USt-Satz',
  'export.accounting.rateKey.placeholder': 'z. B. AE oder S:16',
  'export.accounting.add': 'Hinzufügen',
  'export.accounting.remove': '{vat} entfernen',
  'export.accounting.label': 'Bezeichnung des Stapels',
  'export.accounting.initials': 'Diktatkürzel',
  'export.accounting.locked': 'Buchungen beim Import festschreiben',
  'export.accounting.expenseAccount': 'Aufwandskonto',
  'export.accounting.taxCodes': 'Steuercodes je USt-Satz',
  'export.accounting.taxCode': 'Steuercode',
  'export.accounting.dateFormat': 'Datumsformat',
  'export.accounting.partyLabel': 'Spalte für den Verkäufer',
  'export.accounting.partyLabel.Supplier': 'Supplier (Großbritannien, Kanada, Australien)',
  'export.accounting.partyLabel.Vendor': 'Vendor (USA)',
  'export.accounting.accountCode': 'Kontocode',
  'export.accounting.taxTypes': 'Steuersätze je USt-Satz',
  'export.accounting.taxType': 'Steuersatz',
  'export.accounting.defaultTaxType': 'Steuersatz für andere USt-Sätze',
  'export.accounting.defaultTaxType.help':
    'Leer: Rechnungen mit einem USt-Satz, der nicht in der Tabelle steht, werden aufgelistet, nicht exportiert.',
  'export.accounting.codes.help': 'Namen genau wie in Ihrem {app}-Unternehmen; leer: kein Code.',
  'export.accounting.category.S': 'Normalsatz',
  'export.accounting.category.Z': 'Nullsatz',
  'export.accounting.category.E': 'Steuerbefreit',
  'export.accounting.category.AE': 'Reverse Charge',
  'export.accounting.category.K': 'Innergemeinschaftliche Lieferung',
  'export.accounting.category.G': 'Ausfuhr außerhalb der EU',
  'export.accounting.category.O': 'Nicht steuerbar',
  'export.accounting.category.L': 'Kanarische Inseln',
  'export.accounting.category.M': 'Ceuta und Melilla',
  'export.accounting.invalid': 'Korrigieren Sie die markierten Einstellungen, um zu exportieren.',
  'export.accounting.fixFirst':
    'Einige Buchhaltungs-Einstellungen sind ungültig; korrigieren Sie zuerst die markierten Felder.',
  'export.accounting.error.consultantNumber':
    'Geben Sie eine Beraternummer von 1001 bis 9999999 ein.',
  'export.accounting.error.clientNumber': 'Geben Sie eine Mandantennummer von 1 bis 99999 ein.',
  'export.accounting.error.fiscalYearStart':
    'Diesen Tag gibt es nicht in jedem Jahr; wählen Sie einen anderen Beginn.',
  'export.accounting.error.accountLength': 'Wählen Sie eine Sachkontenlänge von 4 bis 8 Stellen.',
  'export.accounting.error.creditorAccount':
    'Geben Sie {length} Stellen für das Verbindlichkeitenkonto oder {creditorLength} für einen Kreditor ein, oder lassen Sie das Feld leer.',
  'export.accounting.error.account': 'Geben Sie das Konto mit {length} Stellen ein.',
  'export.accounting.error.accountForTaxKey': 'Geben Sie das Konto zu diesem BU-Schlüssel ein.',
  'export.accounting.error.taxKey': 'Ein BU-Schlüssel hat 1 bis 4 Ziffern.',
  'export.accounting.error.tooLong': 'Höchstens {max} Zeichen.',
  'export.accounting.error.required': 'Dieses Feld darf nicht leer sein.',
  'export.accounting.error.accountCode':
    'Geben Sie den Code wie im Xero-Kontenplan ein: bis zu 10 Buchstaben oder Ziffern.',
  'export.accounting.error.rateKey':
    'Geben Sie eine USt-Kategorie mit Satz wie S:19, eine Kategorie wie E oder einen Satz wie :19 ein.',
  'export.accounting.error.rateKeyTaken': 'Dieser USt-Satz steht schon in der Tabelle.',
};
