// German labels (Germany, Austria, Switzerland, Luxembourg).
import type { LabelTable } from './keys.ts';

export const DE: LabelTable = {
  titleInvoice:
    'Rechnung|RECHNUNG|Rechnung|Handelsrechnung|Faktura|Leistungsabrechnung|Rechnung Nr.',
  titleCredit: 'Gutschrift|Rechnungskorrektur (Gutschrift)|Stornorechnung|Storno',
  titleCorrection: 'Rechnungskorrektur|Korrekturrechnung|Berichtigte Rechnung',
  titleSelfBilling: 'Gutschrift|Gutschrift (Abrechnung)|Abrechnungsgutschrift',
  titleReceipt: 'Kassenbon|Quittung|Beleg|Kassenbeleg',
  invoiceNumber:
    'Rechnungsnummer|Rechnung Nr.|Rechnungs-Nr.|Re.-Nr.|Rechnungsnr.|Nr.|Belegnummer|Beleg-Nr.|Nummer',
  issueDate: 'Rechnungsdatum|Datum|Re.-Datum|Belegdatum|Ausstellungsdatum|vom|Datum der Rechnung',
  dueDate: 'Fälligkeitsdatum|Fällig am|Zahlbar bis|Fälligkeit|Zahlungsziel|Fällig bis',
  deliveryDate:
    'Lieferdatum|Leistungsdatum|Liefer- und Leistungsdatum|Leistungszeitraum|Lieferung am',
  orderNumber:
    'Bestellnummer|Ihre Bestellung|Auftragsnummer|Auftrag Nr.|Bestell-Nr.|AB-Nr.|Ihr Auftrag',
  customerNumber: 'Kundennummer|Kunden-Nr.|Kd.-Nr.|Kundennr.|Debitor|Ihre Kundennummer',
  deliveryNote: 'Lieferschein|Lieferschein-Nr.|Lieferscheinnummer|LS-Nr.',
  reference: 'Ihr Zeichen|Unser Zeichen|Referenz|Projekt|Betreff|Kostenstelle',
  precedingInvoice: 'zu Rechnung|Bezug: Rechnung|Ursprungsrechnung|Korrektur zu Rechnung',
  sellerVatId:
    'USt-IdNr.|USt-ID|UID-Nr.|USt.-Id.-Nr.|Umsatzsteuer-ID|MWST-Nr.|UID|Ust-IdNr|USt-Identifikationsnummer',
  buyerVatId: 'Ihre USt-IdNr.|USt-IdNr. Kunde|Ihre UID-Nr.|Kunden-USt-ID',
  taxNumber: 'Steuernummer|St.-Nr.|Steuer-Nr.|Handelsregister|Registergericht',
  currency: 'Währung|Whg.|Betrag in|Währung',
  page: 'Seite|Blatt|Seite',
  of: 'von|/|von',
  seller: 'Verkäufer|Lieferant|Rechnungssteller|Absender|Auftragnehmer|Leistungserbringer',
  buyer: 'Rechnungsempfänger|Kunde|Rechnungsadresse|Käufer|Auftraggeber|Empfänger|Rechnung an',
  shipTo: 'Lieferadresse|Lieferanschrift|Versandadresse|Warenempfänger|Leistungsempfänger',
  contact: 'Ansprechpartner|Ihr Ansprechpartner|Bearbeiter|Sachbearbeiter|Kontakt',
  phone: 'Telefon|Tel.|Tel|Fon|T|Telefonnummer|Mobil',
  fax: 'Fax|Telefax|F',
  email: 'E-Mail|Mail|E-Mail-Adresse|E',
  web: 'Internet|Web|Homepage|www',
  pos: 'Pos.|Pos|Position|Nr.|#|Lfd. Nr.',
  sku: 'Art.-Nr.|Artikelnummer|Artikel-Nr.|Art.Nr.|Material|Artikel',
  description:
    'Bezeichnung|Beschreibung|Artikel|Leistung|Artikelbezeichnung|Text|Leistungsbeschreibung|Produkt',
  quantity: 'Menge|Anzahl|Anz.|Mge.|Stück',
  unit: 'Einheit|ME|Einh.|Eh.',
  unitPrice: 'Einzelpreis|E-Preis|Preis|Einzelpr.|EP|Stückpreis|Preis/Einheit|Einzelpreis netto',
  discount: 'Rabatt|Rab.|Nachlass|Rabatt %',
  vatRate: 'MwSt.|USt.|MwSt. %|USt %|Steuersatz|St.-Satz|MWST',
  lineTotal:
    'Gesamtpreis|Betrag|Gesamt|G-Preis|Summe|Netto|Gesamtpreis netto|Betrag netto|Positionsbetrag',
  lineTotalGross: 'Gesamt|Betrag|Summe brutto|Gesamtpreis brutto',
  subtotal: 'Zwischensumme|Summe Positionen|Warenwert|Positionssumme|Summe',
  shipping: 'Versandkosten|Fracht|Porto|Versand|Lieferkosten|Porto und Verpackung',
  fee: 'Bearbeitungsgebühr|Verpackung|Mindermengenzuschlag|Zuschlag',
  netTotal:
    'Nettobetrag|Summe netto|Gesamt netto|Rechnungsbetrag netto|Netto|Nettosumme|Zwischensumme netto|Summe ohne MwSt.|Total netto',
  vat: 'MwSt.|USt.|Mehrwertsteuer|Umsatzsteuer|zzgl. MwSt.|zzgl. USt.|MWST',
  taxTotal:
    'Summe MwSt.|MwSt.-Betrag|Umsatzsteuer|Mehrwertsteuer gesamt|USt.-Betrag|Steuerbetrag|Summe USt.|Gesamt MwSt.',
  grossTotal:
    'Gesamtbetrag|Rechnungsbetrag|Summe brutto|Gesamtsumme|Bruttobetrag|Endbetrag|Gesamt brutto|Rechnungsbetrag brutto|Gesamt|Total|Brutto',
  amountDue:
    'Zahlbetrag|Zu zahlen|Offener Betrag|Restbetrag|Fälliger Betrag|Zahlbetrag (EUR)|Noch zu zahlen',
  prepaid:
    'Anzahlung|abzgl. Anzahlung|Bereits bezahlt|Geleistete Zahlungen|abzüglich Abschlagszahlung',
  carried: 'Übertrag|Zwischensumme Übertrag|Übertrag auf Seite|Summe Übertrag',
  brought: 'Übertrag|Übertrag von Seite|Übertrag Vorseite|Vortrag',
  rounding: 'Rundung|Rundungsdifferenz',
  cash: 'Bar|Gegeben|Bargeld|BAR',
  change: 'Rückgeld|Zurück|Wechselgeld',
  cashier: 'Kassierer|Bediener|Kasse|Es bediente Sie',
  vatBreakdown:
    'Umsatzsteueraufschlüsselung|MwSt.-Aufstellung|Steueraufstellung|Aufschlüsselung USt.|MwSt-Übersicht',
  vatBase: 'Netto|Nettobetrag|Bemessungsgrundlage|Basis|Netto-Betrag|Steuerbasis',
  vatAmount: 'MwSt.|USt.|Steuer|Steuerbetrag|MwSt.-Betrag',
  paymentTerms: 'Zahlungsbedingungen|Zahlungsbedingung|Zahlungsziel|Konditionen|Zahlungsweise',
  bank: 'Bank|Bankverbindung|Kreditinstitut|Geldinstitut|Bankinstitut',
  iban: 'IBAN|IBAN|IBAN-Nr.',
  bic: 'BIC|BIC|SWIFT-BIC|BIC/SWIFT',
  accountHolder: 'Kontoinhaber|Empfänger|Zahlungsempfänger',
  accountNumber: 'Kontonummer|Konto-Nr.|Kto.',
  routing: 'BLZ|Bankleitzahl',
  paymentReference: 'Verwendungszweck|Bitte angeben|Zahlungsreferenz|Referenz',
  thanks:
    'Vielen Dank für Ihren Auftrag!|Wir danken für Ihren Auftrag.|Vielen Dank für Ihren Einkauf.|Danke für Ihre Bestellung!|Vielen Dank für die gute Zusammenarbeit.',
  greeting: 'Sehr geehrte Damen und Herren,|Guten Tag,|Sehr geehrter Kunde,|Hallo,',
  intro:
    'wir erlauben uns, Ihnen folgende Leistungen in Rechnung zu stellen:|für unsere Lieferungen und Leistungen berechnen wir Ihnen:|vereinbarungsgemäß berechnen wir Ihnen:|hiermit stellen wir Ihnen in Rechnung:',
  closing: 'Mit freundlichen Grüßen|Freundliche Grüße|Beste Grüße|Mit freundlichem Gruß',
  termsNet:
    'Zahlbar innerhalb von {days} Tagen ohne Abzug.|Zahlungsziel: {days} Tage netto|{days} Tage netto|Bitte überweisen Sie den Betrag innerhalb von {days} Tagen.|Zahlbar binnen {days} Tagen rein netto.',
  termsDate:
    'Zahlbar bis zum {date} ohne Abzug.|Bitte begleichen Sie den Betrag bis {date}.|Fällig am {date}.|Zahlbar bis {date}|Bitte überweisen Sie bis zum {date}.',
  termsImmediate:
    'Zahlbar sofort ohne Abzug.|Sofort fällig.|Betrag dankend erhalten.|Zahlung per Nachnahme.',
  termsSkonto:
    'Bei Zahlung innerhalb von {days} Tagen gewähren wir {pct} % Skonto.|{pct} % Skonto bei Zahlung binnen {days} Tagen',
  reverseCharge:
    'Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).|Steuerfreie innergemeinschaftliche Lieferung gem. § 4 Nr. 1b UStG.|Die Umsatzsteuer schuldet der Leistungsempfänger (§ 13b UStG).',
  smallBusiness:
    'Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.|Kleinunternehmer gem. § 19 UStG, keine MwSt.|Umsatzsteuerbefreit nach § 6 Abs. 1 Z 27 UStG.',
  paidCard: 'Bezahlt mit EC-Karte|Kartenzahlung|Bezahlt per Kreditkarte|Bezahlt via PayPal',
  deliveryNoteText:
    'Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.|Lieferdatum entspricht Rechnungsdatum.|Es gelten unsere Allgemeinen Geschäftsbedingungen.',
};
