// A finding's message in the interface language: the rule checks write English, and the German
// texts kept by rule id (shared with export refusals, which run the same rules) replace it.
import type { Finding } from '../../domain/finding.ts';
import { germanRefusal } from '../../i18n/de-refusals.ts';
import { locale } from '../../i18n/locale.svelte.ts';

export function findingText(finding: Finding): string {
  if (locale.current !== 'de') return finding.message;
  const { ruleId, fields } = finding;
  return germanRefusal({ ruleId, fields, field: fields[0] ?? '' }) ?? finding.message;
}
