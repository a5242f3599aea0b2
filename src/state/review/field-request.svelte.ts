// A request to focus one field of a document once its review screen is ready: the export summary
// (and other screens) ask, the review screen takes the request when it shows that document.
import type { DocumentId } from '../../domain/ids.ts';

export interface FieldRequest {
  readonly documentId: DocumentId;
  /** An invoice model path, e.g. "buyerReference" or "lines[0].unitCode". */
  readonly path: string;
}

export class FieldRequests {
  pending = $state.raw<FieldRequest | undefined>();

  ask(documentId: DocumentId, path: string): void {
    this.pending = path ? { documentId, path } : undefined;
  }

  /** The path asked for `documentId`, once; undefined if none. */
  take(documentId: DocumentId): string | undefined {
    const request = this.pending;
    if (request?.documentId !== documentId) return undefined;
    this.pending = undefined;
    return request.path;
  }
}

export const fieldRequests = new FieldRequests();
