// Moves keyboard focus to the input of an invoice path (after the DOM caught up), scrolling it
// into view; used by "next field", findings links and shortcuts.
import { tick } from 'svelte';
import { fieldElementId, headerFields } from '../../state/review/field-catalog.ts';

/** The input for `path`, or for the first header field inside a branch like "seller.address". */
function elementFor(path: string): HTMLElement | null {
  const exact = document.getElementById(fieldElementId(path));
  if (exact) return exact;
  const inside = headerFields.find((field) => field.path.startsWith(`${path}.`));
  if (inside) return document.getElementById(fieldElementId(inside.path));
  // "lines[2]" or "vatBreakdown[0]": the row's first input.
  return document.querySelector<HTMLElement>(`[id^="${fieldElementId(path)}"]`);
}

/** A path without an input of its own ("lines[0].unitCode") falls back to its nearest parent. */
function nearestElement(path: string): HTMLElement | null {
  for (let current = path; current;) {
    const element = elementFor(current);
    if (element) return element;
    const parent = current.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    if (parent === current) return null;
    current = parent;
  }
  return null;
}

export async function focusField(path: string | undefined): Promise<void> {
  if (!path) return;
  await tick();
  const element = nearestElement(path);
  element?.focus({ preventScroll: true });
  element?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}
