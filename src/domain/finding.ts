// A validation finding: an EN 16931 business rule or an app check, explained for a bookkeeper.
export type FindingSeverity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Rule id, e.g. "BR-CO-15", or an app check id like "XML-VS-PAGE". */
  readonly ruleId: string;
  readonly severity: FindingSeverity;
  readonly message: string;
  /** Invoice model paths the finding concerns, e.g. "totals.grossTotal", "lines[2].lineTotal". */
  readonly fields: readonly string[];
}
