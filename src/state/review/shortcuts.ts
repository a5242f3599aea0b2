// The review screen's keyboard shortcuts, as data: the key handler and the help overlay read the
// same table, so the overlay always lists what the keys really do.
export type ReviewAction =
  | 'nextField'
  | 'previousField'
  | 'acceptField'
  | 'approveAndNext'
  | 'nextDocument'
  | 'previousDocument'
  | 'undo'
  | 'redo'
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomReset'
  | 'help'
  | 'back';

export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}

interface Binding {
  readonly action: ReviewAction;
  /** Shown in the help overlay. */
  readonly keys: readonly string[];
  /** True when the press triggers the action; `typing`: focus is in a text field. */
  readonly matches: (press: KeyPress, typing: boolean) => boolean;
}

const command = (press: KeyPress) => press.ctrlKey || press.metaKey;
const plain = (press: KeyPress) => !press.altKey && !command(press);

export const shortcuts: readonly Binding[] = [
  {
    action: 'nextField',
    keys: ['J', 'Alt+↓'],
    matches: (p, typing) =>
      (p.altKey && p.key === 'ArrowDown') || (!typing && plain(p) && p.key === 'j'),
  },
  {
    action: 'previousField',
    keys: ['K', 'Alt+↑'],
    matches: (p, typing) =>
      (p.altKey && p.key === 'ArrowUp') || (!typing && plain(p) && p.key === 'k'),
  },
  {
    action: 'acceptField',
    keys: ['Alt+A'],
    matches: (p) => p.altKey && !command(p) && p.code === 'KeyA',
  },
  {
    action: 'approveAndNext',
    keys: ['Ctrl+Enter'],
    matches: (p) => command(p) && p.key === 'Enter',
  },
  {
    action: 'nextDocument',
    keys: ['Alt+→', 'N'],
    matches: (p, typing) =>
      (p.altKey && p.key === 'ArrowRight') || (!typing && plain(p) && p.key === 'n'),
  },
  {
    action: 'previousDocument',
    keys: ['Alt+←', 'P'],
    matches: (p, typing) =>
      (p.altKey && p.key === 'ArrowLeft') || (!typing && plain(p) && p.key === 'p'),
  },
  {
    action: 'undo',
    keys: ['Ctrl+Z'],
    matches: (p, typing) => !typing && command(p) && !p.shiftKey && p.key.toLowerCase() === 'z',
  },
  {
    action: 'redo',
    keys: ['Ctrl+Shift+Z', 'Ctrl+Y'],
    matches: (p, typing) =>
      !typing &&
      command(p) &&
      ((p.shiftKey && p.key.toLowerCase() === 'z') || p.key.toLowerCase() === 'y'),
  },
  {
    action: 'zoomIn',
    keys: ['+'],
    matches: (p, typing) => !typing && (p.key === '+' || p.key === '=') && !command(p),
  },
  {
    action: 'zoomOut',
    keys: ['−'],
    matches: (p, typing) => !typing && p.key === '-' && !command(p),
  },
  {
    action: 'zoomReset',
    keys: ['0'],
    matches: (p, typing) => !typing && p.key === '0' && plain(p),
  },
  { action: 'help', keys: ['?'], matches: (p, typing) => !typing && p.key === '?' },
  { action: 'back', keys: ['Esc'], matches: (p, typing) => !typing && p.key === 'Escape' },
];

export function actionFor(press: KeyPress, typing: boolean): ReviewAction | undefined {
  return shortcuts.find((binding) => binding.matches(press, typing))?.action;
}

/** Text fields take letters and Ctrl+Z themselves; buttons and checkboxes do not. */
export function isTyping(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'range', 'file'].includes(target.type)
  );
}
