// Caching policy: the whole build (app shell, wasm, model, vendor files) is precached at install and
// served cache-first; every navigation gets the precached index.html, so the app works fully offline.
// Nothing else is cached at run time: the app talks to no other origin. A new version waits until
// the user accepts it (SKIP_WAITING from the page); it never takes over a running page on its own.
// Files shared from other apps (Web Share Target) are parked in the `invoice-capture-shared` cache
// until the page takes them (src/clients/shared-files.ts).
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare let self: ServiceWorkerGlobalScope;

// Must match src/clients/shared-files.ts, which reads these entries back.
const sharedFilesCacheName = 'invoice-capture-shared';
const sharedFilesField = 'files';

const scopeUrl = (path: string): URL => new URL(path, self.registration.scope);

self.addEventListener('message', (event) => {
  const data: unknown = event.data;
  if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'SKIP_WAITING') {
    void self.skipWaiting();
  }
});

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Only affects pages not yet controlled (the first install); updates still wait for SKIP_WAITING.
clientsClaim();

registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

registerRoute(
  ({ url }) => url.pathname === scopeUrl('share-target').pathname,
  ({ request }) => receiveSharedFiles(request),
  'POST',
);

async function receiveSharedFiles(request: Request): Promise<Response> {
  try {
    const form = await request.formData();
    const files = form.getAll(sharedFilesField).filter((entry) => entry instanceof File);
    const cache = await caches.open(sharedFilesCacheName);
    const stamp = Date.now();
    await Promise.all(
      files.map((file, n) =>
        cache.put(
          scopeUrl(`__shared__/${stamp}-${n}`).href,
          new Response(file, {
            headers: {
              'Content-Type': file.type || 'application/octet-stream',
              'X-File-Name': encodeURIComponent(file.name),
            },
          }),
        ),
      ),
    );
  } catch (error) {
    // Still open the app: a failed share (e.g. quota exceeded) must not leave the user on an error page.
    console.error('Could not store shared files', error);
  }
  return Response.redirect(scopeUrl('./?share-target=1').href, 303);
}
