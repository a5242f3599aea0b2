// French labels (France, Belgium, Switzerland, Luxembourg).
import type { LabelTable } from './keys.ts';

export const FR: LabelTable = {
  titleInvoice: 'Facture|FACTURE|Facture|Note d’honoraires|Facture de vente',
  titleCredit: 'Avoir|AVOIR|Facture d’avoir|Note de crédit',
  titleCorrection: 'Facture rectificative|Facture corrective|Note de débit',
  titleSelfBilling: 'Autofacturation|Facture (autofacturation)',
  titleReceipt: 'Ticket de caisse|Reçu|Ticket|Quittance',
  invoiceNumber:
    'N° de facture|Facture n°|Numéro de facture|N° facture|Facture N°|Réf. facture|N°|Numéro',
  issueDate: 'Date de facture|Date|Date d’émission|Date de facturation|Émise le|Le|Date facture',
  dueDate:
    'Date d’échéance|Échéance|À payer avant le|Date limite de paiement|Échéance le|Payable le',
  deliveryDate: 'Date de livraison|Date de prestation|Livré le|Période de prestation',
  orderNumber: 'N° de commande|Commande n°|Votre commande|Bon de commande|Réf. commande',
  customerNumber: 'N° client|Code client|Client n°|Référence client|Compte client',
  deliveryNote: 'Bon de livraison|BL n°|N° BL|Bordereau de livraison',
  reference: 'Référence|Votre référence|Notre référence|Objet|Affaire|Réf.',
  precedingInvoice: 'Facture d’origine|Réf. facture initiale|Avoir sur facture',
  sellerVatId:
    'N° TVA|TVA intracom.|N° TVA intracommunautaire|TVA|Numéro de TVA|Identifiant TVA|N° d’identification TVA|IDE',
  buyerVatId: 'N° TVA client|TVA intracom. client|Votre N° TVA|N° TVA acheteur',
  taxNumber: 'SIRET|SIREN|N° SIRET|RCS|APE|Code NAF',
  currency: 'Devise|Monnaie|Montants en',
  page: 'Page|Page|Feuillet',
  of: 'sur|/|de',
  seller: 'Vendeur|Émetteur|Fournisseur|Prestataire|Expéditeur',
  buyer: 'Client|Facturé à|Adresse de facturation|Destinataire|Acheteur|Facturer à|Adressé à',
  shipTo: 'Adresse de livraison|Livré à|Lieu de livraison|Livrer à',
  contact: 'Contact|Votre contact|Interlocuteur|Contact commercial|Suivi par',
  phone: 'Tél.|Tél|Téléphone|Tel|T|Portable',
  fax: 'Fax|Télécopie|F',
  email: 'E-mail|Courriel|Email|Mail',
  web: 'Site|Site web|Web|Internet',
  pos: 'N°|Pos.|Ligne|#|Réf.',
  sku: 'Réf.|Référence|Code article|Code|Réf. article',
  description:
    'Désignation|Description|Libellé|Article|Produit|Prestation|Désignation des produits',
  quantity: 'Qté|Quantité|Qté.|Nb|Nombre',
  unit: 'Unité|U.|Un.|UV',
  unitPrice: 'Prix unitaire|P.U.|PU HT|Prix unit. HT|Prix U.|Prix HT|Tarif|P.U. HT',
  discount: 'Remise|Rem.|Remise %|Réduction|Escompte',
  vatRate: 'TVA|TVA %|Taux TVA|Taux|Tx TVA|Code TVA',
  lineTotal: 'Montant HT|Total HT|Montant|Prix total HT|Total|Mt HT|Prix HT',
  lineTotalGross: 'Montant TTC|Total TTC|Montant|Total',
  subtotal: 'Sous-total|Total articles|Sous-total HT|Total brut HT',
  shipping: 'Frais de port|Frais de livraison|Port|Transport|Frais d’expédition',
  fee: 'Frais de dossier|Emballage|Frais de gestion|Éco-participation',
  netTotal:
    'Total HT|Montant HT|Total hors taxes|Net HT|Sous-total HT|Base HT|Total H.T.|Montant net HT',
  vat: 'TVA|T.V.A.|Montant TVA|TVA collectée',
  taxTotal: 'Total TVA|Montant TVA|TVA|Total taxes|Montant de la TVA|Total T.V.A.',
  grossTotal:
    'Total TTC|Montant TTC|Net à payer|Total|Montant total|Total T.T.C.|Total à payer|Montant total TTC|TOTAL TTC',
  amountDue: 'Net à payer|Reste à payer|Solde à payer|Montant dû|À payer|Solde dû',
  prepaid: 'Acompte|Acompte versé|Déjà réglé|Payé|Montant réglé',
  carried: 'Report|À reporter|Total à reporter|Sous-total à reporter',
  brought: 'Report|Report page précédente|Reporté',
  rounding: 'Arrondi|Écart d’arrondi',
  cash: 'Espèces|Reçu|Montant remis',
  change: 'Rendu|Monnaie rendue|À rendre',
  cashier: 'Caissier|Caisse|Vendeur|Opérateur',
  vatBreakdown: 'Détail TVA|Récapitulatif TVA|Ventilation TVA|Taxes|Décompte TVA',
  vatBase: 'Base HT|Base|Montant HT|Assiette|Base imposable',
  vatAmount: 'Montant TVA|TVA|Montant|Taxe',
  paymentTerms:
    'Conditions de paiement|Conditions de règlement|Mode de règlement|Règlement|Modalités de paiement',
  bank: 'Banque|Domiciliation|Coordonnées bancaires|Établissement',
  iban: 'IBAN|IBAN|Code IBAN',
  bic: 'BIC|BIC|Code BIC|SWIFT',
  accountHolder: 'Titulaire du compte|Titulaire|Bénéficiaire',
  accountNumber: 'N° de compte|Compte|RIB',
  routing: 'Code banque|Code guichet',
  paymentReference: 'Référence de paiement|À rappeler lors du paiement|Libellé du virement',
  thanks:
    'Merci pour votre confiance.|Nous vous remercions de votre commande.|Merci de votre visite !|Merci et à bientôt !',
  greeting: 'Madame, Monsieur,|Bonjour,|Cher client,',
  intro:
    'Veuillez trouver ci-dessous le détail de notre facture :|Nous vous prions de bien vouloir régler les prestations suivantes :|Conformément à votre commande, nous vous facturons :',
  closing:
    'Cordialement,|Bien cordialement,|Salutations distinguées,|Veuillez agréer nos salutations distinguées.',
  termsNet:
    'Paiement à {days} jours|Règlement à {days} jours date de facture|Payable à {days} jours net|{days} jours fin de mois|Paiement sous {days} jours',
  termsDate:
    'À régler avant le {date}|Date limite de paiement : {date}|Payable au plus tard le {date}|Échéance au {date}',
  termsImmediate:
    'Paiement à réception|Payable comptant|Payé comptant|Paiement comptant à la commande',
  termsSkonto:
    'Escompte de {pct} % pour paiement sous {days} jours|Pas d’escompte pour paiement anticipé.',
  reverseCharge:
    'Autoliquidation – TVA due par le preneur.|Exonération de TVA, article 262 ter I du CGI.|TVA non applicable, art. 293 B du CGI.',
  smallBusiness: 'TVA non applicable, art. 293 B du CGI.|Franchise en base de TVA.|Exonéré de TVA.',
  paidCard: 'Payé par carte bancaire|Paiement CB|Réglé par carte|Payé par PayPal',
  deliveryNoteText:
    'En cas de retard de paiement, une pénalité de trois fois le taux d’intérêt légal sera appliquée.|Indemnité forfaitaire pour frais de recouvrement : 40 €.|Marchandise vendue sous réserve de propriété.',
};
