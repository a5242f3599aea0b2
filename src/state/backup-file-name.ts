/** Backup files sort by date and say what they are: invoice-capture-backup-2026-11-27.zip */
export function backupFileName(now: number): string {
  return `invoice-capture-backup-${new Date(now).toISOString().slice(0, 10)}.zip`;
}
