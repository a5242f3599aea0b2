// Record helpers: a patch value of `undefined` removes the key instead of storing `undefined`.

/** `record` with `patch` applied; keys whose patch value is `undefined` are removed. */
export function patchRecord<T extends object>(record: T, patch: Partial<NoInfer<T>>): T {
  const next = { ...record } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next as T;
}
