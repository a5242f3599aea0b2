// A document's failure for display: English shows the full message (it names the file's
// specifics); other languages show their summary of the error code, the English detail as a tooltip.
import type { DocumentErrorInfo } from '../domain/document-error.ts';
import { locale, t } from './locale.svelte.ts';

export function errorText(error: DocumentErrorInfo): string {
  return locale.current === 'en' ? error.message : t(`error.${error.code}`);
}
