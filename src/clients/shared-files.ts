// Files shared into the app (Web Share Target) arrive as a POST that the service worker parks in
// Cache Storage before redirecting to `/?share-target=1`; this module hands them to the page once.

// Must match workers/service-worker.ts, which writes these entries.
export const sharedFilesCacheName = 'invoice-capture-shared';
export const shareTargetParam = 'share-target';
const fileNameHeader = 'X-File-Name';
const fallbackFileName = 'shared-file';

const defaultCacheStorage = (): CacheStorage | undefined =>
  typeof caches === 'undefined' ? undefined : caches;

/** Takes (reads and removes) the files parked by the service worker, oldest first. */
export async function takeSharedFiles(
  cacheStorage: CacheStorage | undefined = defaultCacheStorage(),
): Promise<File[]> {
  // `has` first, so a normal launch does not create an empty cache.
  if (!cacheStorage || !(await cacheStorage.has(sharedFilesCacheName))) return [];
  const cache = await cacheStorage.open(sharedFilesCacheName);
  const files: File[] = [];
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    if (response) files.push(await sharedFileFromResponse(response));
    await cache.delete(request);
  }
  return files;
}

export async function sharedFileFromResponse(response: Response): Promise<File> {
  const blob = await response.blob();
  const type = response.headers.get('Content-Type') ?? blob.type;
  return new File([blob], decodeFileName(response.headers.get(fileNameHeader)), { type });
}

function decodeFileName(encoded: string | null): string {
  if (!encoded) return fallbackFileName;
  try {
    return decodeURIComponent(encoded) || fallbackFileName;
  } catch {
    return fallbackFileName; // malformed escape: keep the file, lose the name
  }
}

export function isShareTargetLaunch(url: URL): boolean {
  return url.searchParams.has(shareTargetParam);
}

export function withoutShareTargetParam(url: URL): URL {
  const cleaned = new URL(url);
  cleaned.searchParams.delete(shareTargetParam);
  return cleaned;
}

/** Drops `?share-target` from the address bar, so a reload does not look like a new share. */
export function clearShareTargetParam(): void {
  const current = new URL(window.location.href);
  if (!isShareTargetLaunch(current)) return;
  window.history.replaceState(window.history.state, '', withoutShareTargetParam(current));
}
