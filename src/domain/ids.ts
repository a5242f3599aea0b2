// Branded ids: a DocumentId cannot be passed where a JobId is expected.
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type DocumentId = Brand<string, 'DocumentId'>;
export type JobId = Brand<string, 'JobId'>;
export type CorrectionId = Brand<string, 'CorrectionId'>;

export const newDocumentId = (): DocumentId => crypto.randomUUID() as DocumentId;
export const newJobId = (): JobId => crypto.randomUUID() as JobId;
export const newCorrectionId = (): CorrectionId => crypto.randomUUID() as CorrectionId;
