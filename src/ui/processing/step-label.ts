// The label of a processing step in the interface language; steps added later fall back to the
// English label the queue registers for them.
import type { StepName } from '../../domain/job.ts';
import { isMessageKey } from '../../i18n/en.ts';
import { t } from '../../i18n/locale.svelte.ts';
import { stepLabels } from '../../state/processing.svelte.ts';

export function stepLabel(step: StepName): string {
  const key = `step.${step}`;
  return isMessageKey(key) ? t(key) : (stepLabels[step] ?? step);
}
