// Word lists are written as '|'-separated strings so that they stay compact under the formatter.
export const list = (text: string): string[] => text.split('|');
