// The slot for more bulk actions on the inbox selection (export registers "Export…" here):
// the inbox toolbar renders every registered action after its own Approve and Delete.
import type { DocumentId } from '../../domain/ids.ts';

export interface BulkAction {
  readonly id: string;
  /** Called on render so the label follows the interface language. */
  readonly label: (count: number) => string;
  readonly run: (ids: readonly DocumentId[]) => void | Promise<void>;
  /** Only documents in these review statuses may be passed; default: any. */
  readonly enabled?: (ids: readonly DocumentId[]) => boolean;
}

export class BulkActions {
  items = $state.raw<readonly BulkAction[]>([]);

  /** Adds (or replaces, by id) an action; returns its removal. */
  register(action: BulkAction): () => void {
    this.items = [...this.items.filter((each) => each.id !== action.id), action];
    return () => {
      this.items = this.items.filter((each) => each !== action);
    };
  }
}

export const bulkActions = new BulkActions();
