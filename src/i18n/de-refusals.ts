// German texts of the export engine's refusals (MissingField.message is English), keyed by rule id,
// or by rule id and field(s) where one rule has several messages. Unknown ids keep the English.

/** The parallel rule sets per VAT category (BR-S-*, BR-Z-*, BR-E-*, BR-AE-*), built like the engine's. */
function categoryRules(
  code: string,
  name: string,
  positiveRate: boolean,
  exemptionReason: 'forbidden' | 'required',
  buyerIdRequired: boolean,
): Record<string, string> {
  const id = (n: string) => `BR-${code}-${n}`;
  const taxId =
    'die USt-IdNr. oder Steuernummer des Verkäufers (oder die USt-IdNr. des Fiskalvertreters)';
  const buyerId = 'die USt-IdNr. (oder Registernummer) des Käufers';
  const rate = positiveRate ? 'über 0 %' : '0 %';
  const texts: Record<string, string> = {
    [id('01')]:
      `${name}: Die USt-Aufschlüsselung braucht ${positiveRate ? 'eine Zeile' : 'genau eine Zeile'} für diese Kategorie.`,
    [id('05')]: `${name}: Der USt-Satz der Position muss ${rate} sein.`,
    [id('06')]: `${name}: Der USt-Satz des Nachlasses muss ${rate} sein.`,
    [id('07')]: `${name}: Der USt-Satz des Zuschlags muss ${rate} sein.`,
    [id('08')]:
      `${name}: Die Bemessungsgrundlage ist nicht Positionen + Zuschläge − Nachlässe dieser Kategorie.`,
    [id('09')]: positiveRate
      ? `${name}: Der Steuerbetrag ist nicht Bemessungsgrundlage × Steuersatz.`
      : `${name}: Der Steuerbetrag muss 0,00 sein.`,
    [id('10')]:
      exemptionReason === 'forbidden'
        ? `${name}: Die USt-Aufschlüsselung darf keinen Befreiungsgrund nennen.`
        : `${name}: Die USt-Aufschlüsselung muss den Grund der Steuerbefreiung nennen (Text oder Code).`,
  };
  const items = { '02': 'Positionen', '03': 'Nachlässe', '04': 'Zuschläge' };
  for (const [n, what] of Object.entries(items)) {
    texts[id(n)] = `${name}: ${what} dieser Kategorie verlangen ${taxId}.`;
    if (buyerIdRequired) {
      texts[`${id(n)} buyer.vatId`] = `${name}: ${what} dieser Kategorie verlangen ${buyerId}.`;
    }
  }
  return texts;
}

/** BR-IC (K), BR-G and BR-O: the checks the export adds for categories without VAT. */
function zeroVatRules(code: string, name: string): Record<string, string> {
  return {
    [`BR-${code}-06`]:
      code === 'O'
        ? `${name}: Die USt-Aufschlüsselung darf keinen USt-Satz haben.`
        : `${name}: Der USt-Satz muss 0 % sein.`,
    [`BR-${code}-09`]: `${name}: Der Steuerbetrag muss 0,00 sein.`,
    [`BR-${code}-10`]: `${name}: Die USt-Aufschlüsselung braucht einen Befreiungsgrund (Text oder Code).`,
  };
}

export const deRefusals: Readonly<Record<string, string>> = {
  // EN 16931: mandatory elements.
  'BR-01':
    'Die Rechnung nennt nicht, welcher E-Rechnungs-Spezifikation sie folgt (Spezifikationskennung).',
  'BR-02': 'Die Rechnungsnummer fehlt.',
  'BR-03': 'Das Rechnungsdatum fehlt.',
  'BR-04': 'Die Dokumentart (Rechnung, Gutschrift, …) fehlt.',
  'BR-05': 'Die Rechnungswährung fehlt.',
  'BR-06': 'Der Name des Verkäufers fehlt.',
  'BR-07': 'Der Name des Käufers fehlt.',
  'BR-08': 'Die Anschrift des Verkäufers fehlt.',
  'BR-09': 'In der Anschrift des Verkäufers fehlt das Land.',
  'BR-10': 'Die Anschrift des Käufers fehlt.',
  'BR-11': 'In der Anschrift des Käufers fehlt das Land.',
  'BR-12': 'Die Summe der Positionen fehlt.',
  'BR-13': 'Der Rechnungsbetrag ohne Umsatzsteuer fehlt.',
  'BR-14': 'Der Rechnungsbetrag mit Umsatzsteuer fehlt.',
  'BR-15': 'Der Zahlbetrag fehlt.',
  'BR-16': 'Die Rechnung hat keine Positionen.',
  'BR-16 lines vatBreakdown':
    'Die Rechnung hat weder Positionen noch eine USt-Aufschlüsselung, aus der sich Buchungen bilden lassen.',
  'BR-17': 'Ein vom Verkäufer abweichender Zahlungsempfänger ist ohne Namen angegeben.',
  'BR-18': 'Der Fiskalvertreter des Verkäufers hat keinen Namen.',
  'BR-19': 'Der Fiskalvertreter des Verkäufers hat keine Anschrift.',
  'BR-20': 'In der Anschrift des Fiskalvertreters fehlt das Land.',
  'BR-29': 'Der Abrechnungszeitraum endet, bevor er beginnt.',
  'BR-CO-25':
    'Ein Betrag ist fällig, aber weder ein Fälligkeitsdatum noch Zahlungsbedingungen sind angegeben.',
  'BR-CO-26':
    'Der Verkäufer ist nicht identifizierbar: Es fehlen Kennung, Registernummer und USt-IdNr.',
  // Lines.
  'BR-21': 'Die Position hat keine Positionsnummer.',
  'BR-22': 'Die Position hat keine Menge.',
  'BR-23': 'Die Position hat keine Mengeneinheit.',
  'BR-24': 'Die Position hat keinen Nettobetrag.',
  'BR-25': 'Die Position hat keine Artikelbezeichnung.',
  'BR-26': 'Die Position hat keinen Nettopreis.',
  'BR-27': 'Der Nettopreis der Position ist negativ; Preise dürfen nicht negativ sein.',
  'BR-28': 'Der Bruttopreis der Position ist negativ.',
  'BR-30': 'Der Leistungszeitraum der Position endet, bevor er beginnt.',
  'BR-41': 'Ein Nachlass auf eine Position hat keinen Betrag.',
  'BR-42': 'Ein Nachlass auf eine Position nennt keinen Grund.',
  'BR-43': 'Ein Zuschlag auf eine Position hat keinen Betrag.',
  'BR-44': 'Ein Zuschlag auf eine Position nennt keinen Grund.',
  // Document allowances and charges, VAT breakdown.
  'BR-31': 'Ein Nachlass auf die Rechnung hat keinen Betrag.',
  'BR-32': 'Ein Nachlass auf die Rechnung hat keine USt-Kategorie.',
  'BR-33': 'Ein Nachlass auf die Rechnung nennt keinen Grund.',
  'BR-36': 'Ein Zuschlag auf die Rechnung hat keinen Betrag.',
  'BR-37': 'Ein Zuschlag auf die Rechnung hat keine USt-Kategorie.',
  'BR-38': 'Ein Zuschlag auf die Rechnung nennt keinen Grund.',
  'BR-45': 'Eine Zeile der USt-Aufschlüsselung hat keine Bemessungsgrundlage.',
  'BR-46': 'Eine Zeile der USt-Aufschlüsselung hat keinen Steuerbetrag.',
  'BR-48': 'Eine Zeile der USt-Aufschlüsselung hat keinen USt-Satz.',
  'BR-CO-18':
    'Die Rechnung hat keine USt-Aufschlüsselung (Bemessungsgrundlage und Steuer je Steuersatz).',
  // Arithmetic.
  'BR-CO-10': 'Die Summe der Positionen ist nicht die Summe der Positionsbeträge.',
  'BR-CO-11': 'Die Summe der Nachlässe fehlt oder ist nicht die Summe der aufgeführten Nachlässe.',
  'BR-CO-12': 'Die Summe der Zuschläge fehlt oder ist nicht die Summe der aufgeführten Zuschläge.',
  'BR-CO-13': 'Der Nettobetrag ist nicht Summe der Positionen − Nachlässe + Zuschläge.',
  'BR-CO-14': 'Die Umsatzsteuer fehlt oder ist nicht die Summe der Steuerbeträge je Steuersatz.',
  'BR-CO-15': 'Der Bruttobetrag ist nicht Nettobetrag + Umsatzsteuer.',
  'BR-CO-15 vatBreakdown': 'Die USt-Aufschlüsselung ergibt nicht den Bruttobetrag der Rechnung.',
  'BR-CO-16': 'Der Zahlbetrag ist nicht Bruttobetrag − bereits gezahlt (+ Rundung).',
  'BR-CO-17':
    'Der Steuerbetrag einer Zeile der USt-Aufschlüsselung ist nicht Bemessungsgrundlage × Steuersatz.',
  // VAT categories.
  ...categoryRules('S', 'Normalsatz', true, 'forbidden', false),
  ...categoryRules('Z', 'Nullsatz', false, 'forbidden', false),
  ...categoryRules('E', 'Steuerbefreit', false, 'required', false),
  ...categoryRules('AE', 'Reverse Charge', false, 'required', true),
  ...zeroVatRules('IC', 'Innergemeinschaftliche Lieferung'),
  ...zeroVatRules('G', 'Ausfuhr'),
  ...zeroVatRules('O', 'Nicht steuerbar'),
  'BR-IC-02':
    'Innergemeinschaftliche Lieferungen und Ausfuhren verlangen die USt-IdNr. des Verkäufers.',
  'BR-IC-02 buyer.vatId':
    'Eine innergemeinschaftliche Lieferung verlangt die USt-IdNr. des Käufers.',
  'BR-IC-11':
    'Eine innergemeinschaftliche Lieferung verlangt das Lieferdatum oder den Abrechnungszeitraum.',
  'BR-IC-12': 'Eine innergemeinschaftliche Lieferung verlangt das Land, in das geliefert wurde.',
  'BR-O-11':
    'Eine nicht steuerbare Rechnung (Kategorie O) darf keine anderen USt-Kategorien enthalten.',
  // EN 16931 checks the export adds: codes, schemes, payment.
  'BR-CO-04': 'Die Position hat keine USt-Kategorie.',
  'BR-CO-09': 'Die USt-IdNr. beginnt nicht mit einem Länderkürzel (wie DE).',
  'BR-49': 'Die Zahlungsart (Überweisung, Lastschrift, …) fehlt.',
  'BR-53': 'Die Umsatzsteuer in der Steuerwährung fehlt.',
  'BR-56': 'Der Fiskalvertreter des Verkäufers hat keine USt-IdNr.',
  'BR-57': 'In der Lieferanschrift fehlt das Land.',
  'BR-61': 'Die Zahlung erfolgt per Überweisung, aber es ist kein Konto (IBAN) angegeben.',
  'BR-62': 'Zur elektronischen Adresse des Verkäufers fehlt das Schema (z. B. EM für E-Mail).',
  'BR-63':
    'Zur elektronischen Adresse des Käufers fehlt das Schema (z. B. 0204 für eine Leitweg-ID).',
  'BR-64': 'Zur Standard-Artikelkennung fehlt das Schema (z. B. 0160 für eine GTIN).',
  'BR-CL-01': 'Diese Dokumentart lässt EN 16931 nicht zu.',
  'BR-CL-04': 'Das ist kein Währungscode nach ISO 4217.',
  'BR-CL-10': 'Das ist kein Schema nach ISO 6523.',
  'BR-CL-14': 'Das ist kein zweistelliger Ländercode nach ISO 3166.',
  'BR-CL-16': 'Das ist kein Zahlungsartcode nach UNTDID 4461 (wie 30, 58 oder 59).',
  'BR-CL-23': 'Das ist kein Einheitencode nach UN/ECE (wie C62, H87, HUR, KGM).',
  'BR-CL-25': 'Das Schema der elektronischen Adresse steht nicht in der CEF-EAS-Liste.',
  'BR-DEC': 'E-Rechnungsbeträge haben höchstens zwei Nachkommastellen.',
  'EXPORT-NUMBER': 'Der Wert ist keine Zahl.',
  'EXPORT-DATE': 'Der Wert ist kein Datum.',
  'EXPORT-GROSS-PRICE': 'Der Bruttopreis der Position liegt unter dem Nettopreis.',
  'EXPORT-CARD':
    'Kartenzahlungen lassen sich noch nicht in UBL schreiben; wählen Sie CII (bzw. XRechnung CII).',
  'EXPORT-VAT-CATEGORY':
    'Die USt-Kategorien L und M (Kanarische Inseln, Ceuta und Melilla) lassen sich noch nicht exportieren.',
  // Peppol BIS 3.0.
  'PEPPOL-EN16931-R003': 'Peppol verlangt die Käuferreferenz oder die Bestellnummer.',
  'PEPPOL-EN16931-R005':
    'Die Steuerwährung muss sich von der Rechnungswährung unterscheiden oder entfallen.',
  'PEPPOL-EN16931-R010': 'Die elektronische Adresse des Käufers (Peppol-Endpunkt) fehlt.',
  'PEPPOL-EN16931-R020': 'Die elektronische Adresse des Verkäufers (Peppol-Endpunkt) fehlt.',
  'PEPPOL-EN16931-R040': 'Der Betrag ist nicht der angegebene Prozentsatz des Grundbetrags.',
  'PEPPOL-EN16931-R041': 'Ein Nachlass oder Zuschlag mit Prozentsatz braucht den Grundbetrag.',
  'PEPPOL-EN16931-R042': 'Ein Nachlass oder Zuschlag mit Grundbetrag braucht den Prozentsatz.',
  'PEPPOL-EN16931-R061': 'Eine Lastschrift braucht die Mandatsreferenz.',
  'PEPPOL-EN16931-R110': 'Der Zeitraum der Position beginnt vor dem Abrechnungszeitraum.',
  'PEPPOL-EN16931-R111': 'Der Zeitraum der Position endet nach dem Abrechnungszeitraum.',
  'PEPPOL-EN16931-R120':
    'Der Nettobetrag der Position ist nicht Menge × Preis zuzüglich Zuschläge abzüglich Nachlässe.',
  'PEPPOL-EN16931-R121': 'Die Preisbasismenge muss größer als null sein.',
  'PEPPOL-EN16931-P0100': 'Peppol nimmt diese Dokumentart nicht an.',
  'PEPPOL-EN16931-P0112':
    'Peppol nimmt diese Dokumentart nur zwischen zwei deutschen Unternehmen an.',
  'PEPPOL-COMMON-R040': 'Das ist keine gültige GLN (Prüfziffer oder Länge falsch).',
  // XRechnung 3.0.
  'BR-DE-1':
    'XRechnung verlangt Zahlungsangaben: wie die Rechnung bezahlt wird (Überweisung, Lastschrift, …).',
  'BR-DE-3': 'Der Ort des Verkäufers fehlt.',
  'BR-DE-4': 'Die Postleitzahl des Verkäufers fehlt.',
  'BR-DE-5': 'Ansprechpartner oder Abteilung des Verkäufers fehlt.',
  'BR-DE-6': 'Die Telefonnummer des Ansprechpartners beim Verkäufer fehlt.',
  'BR-DE-7': 'Die E-Mail-Adresse des Ansprechpartners beim Verkäufer fehlt.',
  'BR-DE-8': 'Der Ort des Käufers fehlt.',
  'BR-DE-9': 'Die Postleitzahl des Käufers fehlt.',
  'BR-DE-10': 'In der Lieferanschrift fehlt der Ort.',
  'BR-DE-11': 'In der Lieferanschrift fehlt die Postleitzahl.',
  'BR-DE-14': 'Eine Zeile der USt-Aufschlüsselung hat keinen USt-Satz.',
  'BR-DE-15':
    'Die Käuferreferenz (Leitweg-ID) fehlt; öffentliche Auftraggeber nennen sie in ihrer Bestellung.',
  'BR-DE-16': 'USt-IdNr. oder Steuernummer des Verkäufers fehlt.',
  'BR-DE-18':
    'Zeilen der Zahlungsbedingungen, die mit „#“ beginnen, müssen der Skonto-Form von XRechnung folgen: #SKONTO#TAGE=14#PROZENT=2.00#.',
  'BR-DE-23-a': 'Eine Überweisung braucht die IBAN des Zahlungsempfängers.',
  'BR-DE-24-a': 'Eine Kartenzahlung braucht die letzten Ziffern der Kartennummer.',
  'BR-DE-25-a': 'Eine Lastschrift braucht die Mandatsreferenz.',
  'BR-DE-30': 'Eine Lastschrift braucht die Gläubiger-ID (SEPA) des Verkäufers.',
  'BR-DE-31': 'Eine Lastschrift braucht die IBAN des belasteten Kontos.',
  'XRECHNUNG-BT-34':
    'Die elektronische Adresse des Verkäufers (z. B. die Rechnungs-E-Mail, Schema EM) fehlt.',
  'XRECHNUNG-BT-49':
    'Die elektronische Adresse des Käufers (z. B. die Leitweg-ID, Schema 0204) fehlt.',
  // Factur-X.
  'FACTURX-PDF':
    'Für Factur-X fehlt eine Grundlage: das Original-PDF (lesbar, nicht geschützt) oder die gerenderten Seiten des Dokuments.',
  // Accounting imports.
  'DATEV-CURRENCY':
    'Die Rechnung ist nicht in der Währung des DATEV-Mandanten; DATEV bräuchte einen Umrechnungskurs, buchen Sie sie bitte von Hand.',
  'DATEV-ACCOUNT':
    'Für diesen USt-Satz ist kein DATEV-Aufwandskonto eingestellt; ergänzen Sie es in den DATEV-Einstellungen des Exports.',
  'DATEV-FISCAL-YEAR':
    'DATEV nimmt je Datei nur ein Wirtschaftsjahr an; exportieren Sie die Rechnungen jedes Jahres getrennt.',
  'QBO-CREDIT-NOTE':
    'Das ist eine Gutschrift; QuickBooks importiert nur Rechnungen, erfassen Sie sie als Lieferantengutschrift.',
  'XERO-DUE-DATE': 'Xero verlangt für jede Rechnung ein Fälligkeitsdatum.',
  'XERO-CREDIT-NOTE': 'Das ist eine Gutschrift; der Xero-Import nimmt nur Rechnungen an.',
  'XERO-TAX-TYPE':
    'Für einen USt-Satz dieser Rechnung ist kein Xero-Steuersatz eingestellt (auch kein Standard); ergänzen Sie ihn in den Xero-Einstellungen des Exports.',
  // The app.
  'EXPORT-UNREAD':
    'Dieses Dokument wurde noch nicht gelesen, es gibt also keine Rechnung zum Exportieren.',
};

/** The German text of a refusal: by rule and all fields, rule and first field, or rule alone. */
export function germanRefusal(refusal: {
  readonly ruleId: string;
  readonly field: string;
  readonly fields: readonly string[];
}): string | undefined {
  const { ruleId, field, fields } = refusal;
  return (
    deRefusals[`${ruleId} ${fields.join(' ')}`] ??
    deRefusals[`${ruleId} ${field}`] ??
    deRefusals[ruleId]
  );
}
