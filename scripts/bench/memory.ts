// Peak memory while the benchmark runs: the page's JS heap (CDP) and the resident memory of all
// Chromium processes of the run's profile (/proc), which includes workers and wasm heaps.
import { readdirSync, readFileSync } from 'node:fs';
import type { CDPSession } from '@playwright/test';

function rssKb(pid: string): number {
  try {
    const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // the process ended while we looked
  }
}

function childrenOf(pid: string): string[] {
  const tasks = safeList(`/proc/${pid}/task`);
  return tasks
    .flatMap((task) => read(`/proc/${pid}/task/${task}/children`).split(/\s+/))
    .filter(Boolean);
}

function safeList(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

/** Resident memory of the browser started with this profile folder and all its child processes. */
export function profileRssMb(profileDir: string): number {
  const roots = safeList('/proc').filter(
    (pid) => /^\d+$/.test(pid) && read(`/proc/${pid}/cmdline`).includes(profileDir),
  );
  const seen = new Set<string>();
  const queue = [...roots];
  let totalKb = 0;
  while (queue.length > 0) {
    const pid = queue.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    totalKb += rssKb(pid);
    queue.push(...childrenOf(pid));
  }
  return totalKb / 1024;
}

export async function pageHeapMb(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0;
  return used / (1024 * 1024);
}
