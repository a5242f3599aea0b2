import { defaultLimits, type Limits } from './limits.ts';

export interface Settings {
  readonly limits: Limits;
  /** How many documents are processed at once. */
  readonly concurrency: number;
}

export const defaultSettings: Settings = {
  limits: defaultLimits,
  concurrency: 2,
};
