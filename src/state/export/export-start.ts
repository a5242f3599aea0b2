// Wires export into the app: the session gets the database, and the inbox's bulk-action slot
// gets "Export…" for the selected documents. Called once after startApp (see App.svelte).
import type { AppDatabase } from '../../db/database.ts';
import { t } from '../../i18n/locale.svelte.ts';
import { bulkActions } from '../inbox/bulk-actions.svelte.ts';
import { exportSession } from './export-session.svelte.ts';

export function startExport(db: AppDatabase): void {
  exportSession.start(db);
  bulkActions.register({
    id: 'export',
    label: (count) => t('export.selected', { count }),
    run: (ids) => exportSession.open({ kind: 'documents', ids }),
  });
}
