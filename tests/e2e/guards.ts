// Watches a browser context for the two promises every test must keep: no request leaves the
// app's origin, and the Content-Security-Policy is never violated.
import { expect, type BrowserContext, type Page } from '@playwright/test';

export interface Guard {
  readonly foreignRequests: string[];
  readonly cspViolations: string[];
  watch(page: Page): void;
  assertClean(): void;
}

export function guardContext(context: BrowserContext, appOrigin: string): Guard {
  const foreignRequests: string[] = [];
  const cspViolations: string[] = [];
  const isLocal = (url: string) =>
    url.startsWith(appOrigin) || url.startsWith('data:') || url.startsWith('blob:');
  context.on('request', (request) => {
    if (!isLocal(request.url())) foreignRequests.push(request.url());
  });
  context.on('serviceworker', (worker) => {
    worker.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
    });
  });
  return {
    foreignRequests,
    cspViolations,
    watch(page) {
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
      });
      page.on('pageerror', (error) => {
        if (error.message.includes('Content Security Policy')) cspViolations.push(error.message);
      });
    },
    assertClean() {
      expect(foreignRequests, 'requests to other origins').toEqual([]);
      expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
    },
  };
}

/** Records securitypolicyviolation events in the page, including those from workers it starts. */
export const cspListenerScript = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
  });
`;
