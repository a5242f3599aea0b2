// The review session of one document: the invoice being corrected, where each value came from,
// current findings, undo/redo, and the audit trail. Every change is saved at once together with
// the corrections that describe it, so a reload shows exactly what the user left.
import type { AppDatabase } from '../../db/database.ts';
import { getDocument } from '../../db/documents.ts';
import { saveReviewEdit } from '../../db/review.ts';
import type { Correction } from '../../domain/correction.ts';
import type { ExtractionResult, InvoiceDocument, ReviewStatus } from '../../domain/document.ts';
import { xmlKinds } from '../../domain/file-kind.ts';
import type { Finding } from '../../domain/finding.ts';
import type { DocumentId } from '../../domain/ids.ts';
import { emptyInvoice, type Invoice } from '../../domain/invoice.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { locale } from '../../i18n/locale.svelte.ts';
import { publish, subscribe } from '../app-events.ts';
import { CommandStack } from './command-stack.svelte.ts';
import { kindOf } from './field-catalog.ts';
import { fieldOrder } from './field-order.ts';
import { getAt, setAt } from './invoice-paths.ts';
import {
  applyLineOperation,
  applyVatOperation,
  type Evidence,
  type LineOperation,
} from './line-operations.ts';
import { loadReview, releasePages, type ReviewPage } from './review-loader.ts';
import { isRuleFinding, ruleFindings } from './review-rules.ts';
import {
  correctionsOf,
  type FieldChange,
  type ReviewCommand,
  type ReviewSnapshot,
} from './review-edits.ts';
import { decide, rerunExtraction } from './review-workflow.ts';
import { valueFromText } from './word-values.ts';

export type { LineOperation } from './line-operations.ts';

export class ReviewSession {
  document = $state.raw<InvoiceDocument | undefined>();
  result = $state.raw<ExtractionResult | undefined>();
  invoice = $state.raw<Invoice>(emptyInvoice);
  evidence = $state.raw<Evidence>({});
  pages = $state.raw<readonly ReviewPage[]>([]);
  corrections = $state.raw<readonly Correction[]>([]);
  focusedField = $state<string | undefined>();
  hoveredField = $state<string | undefined>();
  status = $state<'idle' | 'loading' | 'ready' | 'missing'>('idle');
  readonly history = new CommandStack<ReviewCommand>();
  #baseFindings = $state.raw<readonly Finding[]>([]);
  findings = $derived([
    ...this.#baseFindings,
    ...ruleFindings(this.invoice, this.result?.source ?? 'model'),
  ]);
  openFindings = $derived(this.findings.filter((finding) => finding.severity !== 'info'));
  openErrors = $derived(this.findings.filter((finding) => finding.severity === 'error').length);
  order = $derived(fieldOrder(this.invoice, this.evidence, this.findings));
  xmlOnly = $derived(this.document ? xmlKinds.has(this.document.kind) : false);
  #db: AppDatabase | undefined;
  #saving: Promise<void> = Promise.resolve();
  #unsubscribe: (() => void) | undefined;
  #opening = 0;

  get documentId(): DocumentId | undefined {
    return this.document?.id;
  }

  start(db: AppDatabase): void {
    this.#db = db;
  }

  async open(documentId: DocumentId): Promise<void> {
    const db = this.#db;
    if (!db) return;
    if (this.document?.id === documentId && this.status === 'ready') return;
    this.close();
    this.status = 'loading';
    const token = ++this.#opening;
    const loaded = await loadReview(db, documentId);
    // A later open() won the race: drop this one.
    if (token !== this.#opening) {
      if (loaded) releasePages(loaded.pages);
      return;
    }
    if (!loaded) {
      this.status = 'missing';
      return;
    }
    this.#apply(loaded.document, loaded.result, loaded.pages, loaded.corrections);
    this.#unsubscribe = subscribe((event) => {
      if (event.type === 'documents-changed') void this.#onDocumentsChanged();
    });
  }

  close(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    releasePages(this.pages);
    this.pages = [];
    this.document = undefined;
    this.result = undefined;
    this.focusedField = undefined;
    this.hoveredField = undefined;
    this.history.clear();
    this.status = 'idle';
  }

  #apply(
    document: InvoiceDocument,
    result: ExtractionResult,
    pages: readonly ReviewPage[],
    corrections: readonly Correction[],
  ): void {
    releasePages(this.pages);
    this.document = document;
    this.result = result;
    this.invoice = result.invoice;
    this.evidence = result.evidence;
    this.pages = pages;
    this.corrections = corrections;
    // EN 16931 findings are recomputed live; other checks (XML vs page…) are kept as stored.
    this.#baseFindings = result.findings.filter((finding) => !isRuleFinding(finding));
    this.history.clear();
    this.status = 'ready';
  }

  /** Processing finished (or another tab decided): reload, unless the user has started editing. */
  async #onDocumentsChanged(): Promise<void> {
    const db = this.#db;
    const current = this.document;
    if (!db || !current) return;
    const stored = await getDocument(db, current.id);
    if (!stored || this.document?.id !== current.id) return;
    const finishedNow = current.status !== 'ready' && stored.status === 'ready';
    if (finishedNow && !this.history.canUndo) {
      const loaded = await loadReview(db, current.id);
      if (loaded && this.document?.id === current.id) {
        this.#apply(loaded.document, loaded.result, loaded.pages, loaded.corrections);
      }
      return;
    }
    this.document = stored;
  }

  value(path: string): unknown {
    return getAt(this.invoice, path);
  }

  /** Sets a field to what the user typed or picked. */
  setField(path: string, value: string): void {
    const before = getAt(this.invoice, path);
    const after = value.trim() === '' ? undefined : value.trim();
    if ((before ?? '') === (after ?? '')) return;
    const existing = this.evidence[path];
    const evidence = existing
      ? { ...this.evidence, [path]: { ...existing, confidence: 1 } }
      : this.evidence;
    this.#commit('history.edit', { invoice: setAt(this.invoice, path, after), evidence }, [
      { field: path, before, after },
    ]);
  }

  /** Fills the focused field with the clicked (or dragged-over) words of a page. */
  fillFromWords(
    pageIndex: number,
    wordIndexes: readonly number[],
    path = this.focusedField,
  ): boolean {
    const page = this.pages.find((each) => each.index === pageIndex);
    const words = wordIndexes.flatMap((i) => (page?.words[i] ? [page.words[i]] : []));
    if (!path || words.length === 0) return false;
    const text = words.map((word) => word.text).join(' ');
    const after = valueFromText(kindOf(path), text, locale.intl);
    const before = getAt(this.invoice, path);
    const evidence = {
      ...this.evidence,
      [path]: { page: pageIndex, boxes: words.map((word) => word.norm), confidence: 1 },
    };
    this.#commit('history.fill', { invoice: setAt(this.invoice, path, after), evidence }, [
      { field: path, before, after },
    ]);
    return true;
  }

  /** The user confirms a value as it is: it stops counting as doubtful. */
  acceptField(path: string): void {
    const existing = this.evidence[path];
    if (existing?.confidence === 1) return;
    const evidence = {
      ...this.evidence,
      [path]: existing ? { ...existing, confidence: 1 } : { page: 0, boxes: [], confidence: 1 },
    };
    this.#commit('history.accept', { invoice: this.invoice, evidence }, []);
  }

  lineOperation(operation: LineOperation, index: number): void {
    const { invoice, evidence } = this;
    const edit = applyLineOperation(operation, invoice, evidence, index);
    if (edit.invoice === invoice) return;
    this.#commit(`history.line.${operation}`, edit, [
      { field: 'lines', before: invoice.lines, after: edit.invoice.lines },
    ]);
  }

  vatOperation(operation: 'add' | 'delete', index: number): void {
    const before = this.invoice.vatBreakdown;
    const edit = applyVatOperation(operation, this.invoice, this.evidence, index);
    this.#commit(`history.vat.${operation}`, edit, [
      { field: 'vatBreakdown', before, after: edit.invoice.vatBreakdown },
    ]);
  }

  undo(): void {
    const command = this.history.undo();
    if (!command) return;
    this.#restore(
      command.before,
      command.changes.map((c) => ({ ...c, before: c.after, after: c.before })),
    );
  }

  redo(): void {
    const command = this.history.redo();
    if (command) this.#restore(command.after, command.changes);
  }

  /** The field after (or before) `from` in visiting order: doubtful fields first. */
  nextField(from: string | undefined = this.focusedField, step: 1 | -1 = 1): string | undefined {
    const order = this.order;
    if (order.length === 0) return undefined;
    const index = from === undefined ? -1 : order.indexOf(from);
    if (index < 0) return step === 1 ? order[0] : order.at(-1);
    return order[(index + step + order.length) % order.length];
  }

  #commit(label: MessageKey, after: ReviewSnapshot, changes: readonly FieldChange[]): void {
    const before = { invoice: this.invoice, evidence: this.evidence };
    this.history.push({ label, before, after, changes });
    this.#restore(after, changes);
  }

  #restore(snapshot: ReviewSnapshot, changes: readonly FieldChange[]): void {
    this.invoice = snapshot.invoice;
    this.evidence = snapshot.evidence;
    this.#save(changes);
  }

  /** Saves in order: each save waits for the one before, so storage ends as the screen shows. */
  #save(changes: readonly FieldChange[]): void {
    const db = this.#db;
    const base = this.result;
    if (!db || !base) return;
    const result: ExtractionResult = {
      ...base,
      invoice: this.invoice,
      evidence: this.evidence,
      findings: this.findings,
    };
    const corrections = correctionsOf(changes, base.documentId, this.corrections);
    this.result = result;
    this.corrections = [...this.corrections, ...corrections];
    this.#saving = this.#saving
      .then(() => saveReviewEdit(db, result, corrections))
      .then(() => publish({ type: 'results-changed', documentIds: [base.documentId] }))
      .catch((error: unknown) => this.onSaveError(error));
  }

  /** Approve, reject (or mark exported): stored after any edit still being saved. */
  async decide(status: ReviewStatus): Promise<void> {
    const db = this.#db;
    const id = this.document?.id;
    if (!db || !id) return;
    await this.#saving;
    const updated = await decide(db, id, status);
    if (updated && this.document?.id === id) this.document = updated;
  }

  /** Queues extraction again; the screen reloads when the new result is stored. */
  async rerun(): Promise<boolean> {
    const db = this.#db;
    const id = this.document?.id;
    if (!db || !id) return false;
    await this.#saving;
    const queued = await rerunExtraction(db, id);
    if (queued) this.history.clear();
    const stored = queued ? await getDocument(db, id) : undefined;
    if (stored && this.document?.id === id) this.document = stored;
    return queued;
  }

  /** Resolves once every edit so far is stored. */
  saved(): Promise<void> {
    return this.#saving;
  }

  /** Replaced by the UI to show a notice; a failed save leaves the screen as it is. */
  onSaveError: (error: unknown) => void = (error) => console.error('Saving the edit failed', error);
}

export const reviewSession = new ReviewSession();
