// Deutsche Kurztexte zu Fehlern eines Dokuments, nach Fehlercode; werden in de.ts übernommen.
import type { enErrors } from './en-errors.ts';

export const deErrors: Readonly<Record<keyof typeof enErrors, string>> = {
  'error.empty-file': 'Die Datei ist leer.',
  'error.file-too-large': 'Die Datei ist größer als die Grenze in den Einstellungen.',
  'error.unsupported-type': 'Diese Art von Datei kann nicht gelesen werden.',
  'error.unreadable-file': 'Die Datei konnte nicht gelesen werden.',
  'error.too-many-pixels': 'Das Bild ist größer als die Grenze in den Einstellungen.',
  'error.too-many-pages': 'Das Dokument hat mehr Seiten als die Grenze in den Einstellungen.',
  'error.corrupt': 'Die Datei ist beschädigt oder unvollständig.',
  'error.encrypted': 'Das PDF ist mit einem Passwort geschützt.',
  'error.heic-unsupported':
    'Dieser Browser kann HEIC-Fotos nicht öffnen; bitte als JPEG speichern und erneut versuchen.',
  'error.storage-full': 'Der Speicher dieser App auf dem Gerät ist voll.',
  'error.timeout': 'Das Lesen hat zu lange gedauert und wurde abgebrochen.',
  'error.worker-crashed': 'Das Lesen ist unerwartet abgebrochen; bitte erneut versuchen.',
  'error.cancelled': 'Abgebrochen.',
  'error.internal': 'In der App ist ein Fehler aufgetreten.',
};
