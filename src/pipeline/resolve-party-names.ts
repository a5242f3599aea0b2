// Party names the page states outright, for forms the model misreads: the value after "Name:" in a
// block headed by a role label, the line under a lone role label (past key lines like "Nummer :
// 339420"), and the recipient's name right under a letter's return-address line.
import type { FieldSpan } from './decode-labels.ts';
import { foldLabel, headingOf, labelsOf, returnAddresses, valueRightOf } from './party-labels.ts';
import { lineIndices, printedSpan, type ResolvePage } from './resolve-candidates.ts';

const nameKey =
  /^(name|firma|firmenname|company|nom|raisonsociale|naam|bedrijfsnaam|nombre|nome|ragionesociale)$/;
/** How far below its role label a "Name:" line of the block may be, in page heights. */
const nameKeyReach = 0.1;
/** A value after "Name:" in a labelled block: about as sure as the model's own names. */
const nameKeyConfidence = 0.6;

/**
 * "Name: Kunden AG Mitte" in a block headed "Käufer/Leistungsempfänger": a name of that party, for
 * forms whose names the model does not see because they follow a key instead of heading a block.
 */
export function namesAfterKeys(pages: readonly ResolvePage[]): FieldSpan[] {
  return pages.flatMap((page) => {
    const labels = labelsOf(page);
    const lines = lineIndices(page);
    return [...lines.values()].flatMap((indices): FieldSpan[] => {
      const keyWord = page.words[indices[0]!]!;
      if (
        !keyWord.text.endsWith(':') ||
        !nameKey.test(foldLabel(keyWord.text).replace(/\s/g, ''))
      ) {
        return [];
      }
      // The value is the rest of the line, or the row right of the key when the text layer made
      // it a line of its own ("Name:" at the left margin, "Lieferant GmbH" in a second column).
      const row = indices.length > 1 ? indices.slice(1) : valueRightOf(page, indices[0]!);
      const rest = row.filter((i) => page.words[i]!.line === page.words[row[0]!]?.line);
      const text = rest.map((i) => page.words[i]!.text).join(' ');
      const heading = headingOf(labels, page, keyWord, nameKeyReach);
      if (!heading || rest.length === 0 || rest.length > 6 || !/\p{L}{2}/u.test(text)) return [];
      return [printedSpan(page, `${heading.role}Name`, rest, nameKeyConfidence)];
    });
  });
}

/** A name printed right under its role label: nearly as sure as a name the model found. */
const underLabelConfidence = 0.8;
/** Key lines ("Nummer : 339420", "Globale Nummer: 4304171000002 (GTIN)") a name may sit under. */
const maxKeyLines = 3;

/**
 * The line printed right under a role label that stands alone ("Verkäufer:" over "Taxiunternehmen
 * TX GmbH"), or under the key lines that follow it ("Käufer:" over "Nummer : 339420" over
 * "MUSTER-KUNDE GMBH"): that party's name, for forms whose title the model takes for the seller.
 * Not a number or address line.
 */
export function namesUnderLabels(pages: readonly ResolvePage[]): FieldSpan[] {
  return pages.flatMap((page) => {
    const lines = [...lineIndices(page).values()];
    return labelsOf(page)
      .filter((label) => label.alone)
      .flatMap((label): FieldSpan[] => {
        let bottom = label.y1;
        for (let k = 0; k <= maxKeyLines; k++) {
          const below = lines.find((indices) => {
            const head = page.words[indices[0]!]!;
            return (
              Math.abs(head.norm.x0 - label.x0) < 0.02 &&
              head.norm.y0 >= bottom - 0.2 * label.height &&
              head.norm.y0 - bottom < 2.5 * label.height
            );
          });
          if (!below) return [];
          const words = below.map((i) => page.words[i]!);
          const text = words.map((word) => word.text).join(' ');
          // The whole printed row, also where a text layer split it ("Nummer" | ": 339420").
          const row = [...below, ...valueRightOf(page, below.at(-1)!)];
          const rowText = row.map((i) => page.words[i]!.text).join(' ');
          if (/:/.test(rowText) && /\d/.test(rowText)) {
            bottom = Math.max(...row.map((i) => page.words[i]!.norm.y1));
            continue;
          }
          const nameLike = words.length <= 6 && !/[:\d]/.test(rowText) && /\p{L}{3}/u.test(text);
          const confidence = underLabelConfidence - 0.05 * k;
          return nameLike ? [printedSpan(page, `${label.role}Name`, below, confidence)] : [];
        }
        return [];
      });
  });
}

/** How sure the name under a letter's return-address line is: as sure as under a role label. */
const underReturnLineConfidence = 0.65;

/**
 * The name-like line right under a letter's return-address line, in larger type, is the buyer's
 * name ("Bei Spiel GmbH ● Ecke 12 ● 12345 Stadthausen" over "Theodor Est"); the return line's own
 * name is the seller's.
 */
export function namesOfReturnLines(pages: readonly ResolvePage[]): FieldSpan[] {
  return pages.slice(0, 1).flatMap((page) =>
    returnAddresses(page).flatMap(({ sender, recipient }): FieldSpan[] => {
      const nameLike =
        recipient.indices.length <= 6 &&
        /^\p{Lu}/u.test(recipient.text) &&
        /\p{L}{2}/u.test(recipient.text) &&
        !/[\d@:]/.test(recipient.text);
      // The sender's name: the return line up to its first separator or figure.
      const end = sender.indices.findIndex((i) => /^[|•●·,–-]$|\d/u.test(page.words[i]!.text));
      const senderName = sender.indices.slice(0, end < 0 ? 0 : end);
      return [
        ...(nameLike
          ? [printedSpan(page, 'buyerName', recipient.indices, underReturnLineConfidence)]
          : []),
        ...(senderName.length > 0
          ? [printedSpan(page, 'sellerName', senderName, returnLineSenderConfidence)]
          : []),
      ];
    }),
  );
}

/** The sender named on a return-address line: weaker than a name the model read. */
const returnLineSenderConfidence = 0.4;
