// Starts the app's state in order: the database first (nothing works without it), then the
// queue, then the ways files can arrive from outside the page (share target, OS file handling).
import {
  isShareTargetLaunch,
  clearShareTargetParam,
  takeSharedFiles,
} from '../clients/shared-files.ts';
import { onDatabaseReplaced, openAppDatabase } from '../db/database.ts';
import { appUpdate } from './app-update.svelte.ts';
import { backup } from './backup.svelte.ts';
import { capture } from './capture.svelte.ts';
import { inbox } from './inbox.svelte.ts';
import { notices } from './notices.svelte.ts';
import { processing, registerStep } from './processing.svelte.ts';
import { settings } from './settings.svelte.ts';
import { extractFieldsStep } from './steps/extract-fields.ts';
import { readEInvoiceStep } from './steps/read-einvoice.ts';
import { readPagesStep } from './steps/read-pages.ts';
import { renderPreviewStep } from './steps/render-preview.ts';

interface LaunchParams {
  readonly files: readonly FileSystemFileHandle[];
}

interface LaunchQueue {
  setConsumer(consumer: (params: LaunchParams) => void): void;
}

export async function startApp(): Promise<void> {
  const db = await openAppDatabase();
  onDatabaseReplaced(() =>
    notices.show(
      'info',
      'Invoice Capture was updated in another tab. Reload this tab to continue.',
      {
        timeoutMs: 0,
        action: { label: 'Reload', run: () => location.reload() },
      },
    ),
  );
  registerStep('render-preview', renderPreviewStep);
  registerStep('read-pages', readPagesStep);
  registerStep('read-einvoice', readEInvoiceStep);
  registerStep('extract-fields', extractFieldsStep);
  await settings.start(db);
  capture.start(db);
  backup.start(db);
  await inbox.start(db);
  processing.start(db, settings.current.concurrency);
  appUpdate.start();
  await receiveSharedFiles();
  receiveLaunchedFiles();
}

async function receiveSharedFiles(): Promise<void> {
  const url = new URL(location.href);
  if (!isShareTargetLaunch(url)) return;
  clearShareTargetParam();
  const files = await takeSharedFiles();
  if (files.length === 0) {
    notices.show(
      'error',
      'Nothing arrived from the share. Share the file again, or add it here with “Choose files”.',
    );
  }
  await capture.add(files);
}

/** File Handling API: the installed app was chosen to open files from the operating system. */
function receiveLaunchedFiles(): void {
  const launchQueue = (window as Window & { launchQueue?: LaunchQueue }).launchQueue;
  launchQueue?.setConsumer((params) => {
    void Promise.all(params.files.map((handle) => handle.getFile())).then((files) =>
      capture.add(files),
    );
  });
}
