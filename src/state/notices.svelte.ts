// Short messages for the person using the app: refused files, duplicates, undo, storage problems.
export type NoticeTone = 'info' | 'success' | 'error';

export interface NoticeAction {
  readonly label: string;
  readonly run: () => void | Promise<void>;
}

export interface Notice {
  readonly id: number;
  readonly tone: NoticeTone;
  readonly text: string;
  readonly action?: NoticeAction;
}

const defaultTimeoutMs: Readonly<Record<NoticeTone, number>> = {
  info: 6000,
  success: 5000,
  error: 0, // errors stay until dismissed: they name a file the user must act on
};

export class NoticesState {
  items = $state<Notice[]>([]);
  #nextId = 1;

  show(
    tone: NoticeTone,
    text: string,
    options: { action?: NoticeAction; timeoutMs?: number } = {},
  ): number {
    const id = this.#nextId++;
    this.items.push({ id, tone, text, ...(options.action ? { action: options.action } : {}) });
    const timeout = options.timeoutMs ?? defaultTimeoutMs[tone];
    if (timeout > 0) setTimeout(() => this.dismiss(id), timeout);
    return id;
  }

  dismiss(id: number): void {
    this.items = this.items.filter((notice) => notice.id !== id);
  }
}

export const notices = new NoticesState();
