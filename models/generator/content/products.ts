// Generative line descriptions: nouns, attributes and service phrases per language, so that
// descriptions are open-ended rather than a short list the model could memorise.
import type { Rng } from '../rng.ts';
import type { Lang } from '../types.ts';
import { brandName } from './pseudo.ts';

// en | de | fr | nl | es | it
const NOUNS = `
Cable|Kabel|Câble|Kabel|Cable|Cavo
Adapter|Adapter|Adaptateur|Adapter|Adaptador|Adattatore
Bracket|Halterung|Support|Beugel|Soporte|Staffa
Valve|Ventil|Vanne|Klep|Válvula|Valvola
Filter cartridge|Filterkartusche|Cartouche filtrante|Filterpatroon|Cartucho filtrante|Cartuccia filtrante
Lamp|Leuchte|Lampe|Lamp|Lámpara|Lampada
Headset|Headset|Casque|Headset|Auriculares|Cuffie
Keyboard|Tastatur|Clavier|Toetsenbord|Teclado|Tastiera
Storage box|Aufbewahrungsbox|Boîte de rangement|Opbergdoos|Caja de almacenaje|Scatola portaoggetti
Work gloves|Arbeitshandschuhe|Gants de travail|Werkhandschoenen|Guantes de trabajo|Guanti da lavoro
Drill bit set|Bohrer-Set|Jeu de forets|Borenset|Juego de brocas|Set di punte
Notebook|Notizbuch|Carnet|Notitieboek|Cuaderno|Quaderno
Label roll|Etikettenrolle|Rouleau d’étiquettes|Etiketrol|Rollo de etiquetas|Rotolo di etichette
Tea selection|Teeauswahl|Assortiment de thés|Theeselectie|Surtido de tés|Selezione di tè
Cleaning agent|Reinigungsmittel|Produit nettoyant|Reinigingsmiddel|Producto de limpieza|Detergente
Spare part|Ersatzteil|Pièce de rechange|Reserveonderdeel|Recambio|Ricambio
Power supply|Netzteil|Bloc d’alimentation|Voeding|Fuente de alimentación|Alimentatore
Shelf|Regal|Étagère|Plank|Estantería|Scaffale
Screws|Schrauben|Vis|Schroeven|Tornillos|Viti
Battery pack|Akku|Batterie|Accu|Batería|Batteria
Printer paper|Druckerpapier|Papier d’imprimante|Printpapier|Papel de impresora|Carta per stampante
Desk lamp|Schreibtischleuchte|Lampe de bureau|Bureaulamp|Lámpara de escritorio|Lampada da scrivania
Safety shoes|Sicherheitsschuhe|Chaussures de sécurité|Veiligheidsschoenen|Calzado de seguridad|Scarpe antinfortunistiche
Sealant|Dichtmasse|Mastic|Kit|Sellador|Sigillante
Gift voucher|Geschenkgutschein|Bon cadeau|Cadeaubon|Tarjeta regalo|Buono regalo
`;

const SERVICES = `
Project management|Projektmanagement|Gestion de projet|Projectmanagement|Gestión de proyecto|Gestione progetto
Implementation phase|Umsetzungsphase|Phase de mise en œuvre|Implementatiefase|Fase de implantación|Fase di implementazione
Hosting|Hosting|Hébergement|Hosting|Alojamiento|Hosting
Installation and commissioning|Montage und Inbetriebnahme|Installation et mise en service|Installatie en inbedrijfstelling|Instalación y puesta en marcha|Installazione e messa in servizio
Annual inspection|Jahresinspektion|Inspection annuelle|Jaarlijkse inspectie|Inspección anual|Ispezione annuale
Bookkeeping|Buchhaltung|Tenue de comptabilité|Boekhouding|Contabilidad|Contabilità
Photography|Fotografie|Photographie|Fotografie|Fotografía|Fotografia
Cleaning service|Unterhaltsreinigung|Service de nettoyage|Schoonmaakdienst|Servicio de limpieza|Servizio di pulizia
Training session|Schulung|Session de formation|Training|Sesión de formación|Sessione di formazione
Copywriting|Texterstellung|Rédaction|Copywriting|Redacción|Copywriting
Delivery and assembly|Lieferung und Montage|Livraison et montage|Levering en montage|Entrega y montaje|Consegna e montaggio
Legal advice|Rechtsberatung|Conseil juridique|Juridisch advies|Asesoramiento jurídico|Consulenza legale
Repair|Reparatur|Réparation|Reparatie|Reparación|Riparazione
`;

const LANGS: Lang[] = ['en', 'de', 'fr', 'nl', 'es', 'it'];
const table = (text: string): Record<Lang, string>[] =>
  text
    .trim()
    .split('\n')
    .map(
      (row) =>
        Object.fromEntries(row.split('|').map((w, i) => [LANGS[i] ?? 'en', w])) as Record<
          Lang,
          string
        >,
    );

const NOUN_ROWS = table(NOUNS);
const SERVICE_ROWS = table(SERVICES);

const COLOURS: Record<Lang, string[]> = {
  en: ['black', 'white', 'grey', 'blue', 'red', 'green', 'silver'],
  de: ['schwarz', 'weiß', 'grau', 'blau', 'rot', 'grün', 'silber'],
  fr: ['noir', 'blanc', 'gris', 'bleu', 'rouge', 'vert', 'argent'],
  nl: ['zwart', 'wit', 'grijs', 'blauw', 'rood', 'groen', 'zilver'],
  es: ['negro', 'blanco', 'gris', 'azul', 'rojo', 'verde', 'plata'],
  it: ['nero', 'bianco', 'grigio', 'blu', 'rosso', 'verde', 'argento'],
};

function attribute(rng: Rng, lang: Lang): string {
  switch (rng.int(0, 5)) {
    case 0:
      return `${rng.pick([10, 12, 20, 25, 50, 100, 250, 500])} ${rng.pick(['mm', 'cm', 'm', 'g', 'kg', 'ml', 'l', 'W', 'V'])}`;
    case 1:
      return rng.pick(COLOURS[lang]);
    case 2:
      return `${rng.letters(rng.int(1, 3))}${rng.int(10, 9999)}`;
    case 3:
      return `${rng.int(2, 48)}x${rng.int(2, 48)}`;
    case 4:
      return `${rng.pick(['Typ', 'Type', 'Mod.', 'Art.', 'Ref.'])} ${rng.letters(1)}${rng.int(1, 99)}`;
    default:
      return `(${rng.pick([2, 5, 10, 12, 24, 50, 100])} ${rng.pick(['pcs', 'Stk.', 'pces', 'st.', 'uds.', 'pz.'])})`;
  }
}

/** A made-up but plausible product or service description in the language. */
export function generatedDescription(
  rng: Rng,
  lang: Lang,
  service: boolean,
  period: string,
): string {
  if (service) {
    const s = rng.pick(SERVICE_ROWS)[lang];
    return rng.pick([
      s,
      `${s} ${period}`,
      `${s} – ${brandName(rng)}`,
      `${s} (${rng.pick(['Phase', 'Lot', 'Ticket', 'PO'])} ${rng.int(1, 999)})`,
    ]);
  }
  const noun = rng.pick(NOUN_ROWS)[lang];
  const brand = brandName(rng);
  return rng.pick([
    `${noun} ${attribute(rng, lang)}`,
    `${brand} ${noun}`,
    `${brand} ${noun} ${attribute(rng, lang)}`,
    `${noun}, ${attribute(rng, lang)}, ${attribute(rng, lang)}`,
  ]);
}
