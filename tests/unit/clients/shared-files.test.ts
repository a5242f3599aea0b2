import { describe, expect, it } from 'vitest';
import {
  isShareTargetLaunch,
  sharedFileFromResponse,
  sharedFilesCacheName,
  takeSharedFiles,
  withoutShareTargetParam,
} from '../../../src/clients/shared-files.ts';

/** Just the Cache Storage calls takeSharedFiles makes, backed by Maps in insertion order. */
class FakeCacheStorage {
  readonly caches = new Map<string, Map<string, Response>>();

  has(name: string): Promise<boolean> {
    return Promise.resolve(this.caches.has(name));
  }

  open(name: string): Promise<Cache> {
    const entries = this.caches.get(name) ?? new Map<string, Response>();
    this.caches.set(name, entries);
    const url = (request: RequestInfo | URL) =>
      request instanceof Request ? request.url : String(request);
    const cache: Pick<Cache, 'keys' | 'match' | 'delete'> = {
      keys: () => Promise.resolve([...entries.keys()].map((key) => new Request(key))),
      match: (request) => Promise.resolve(entries.get(url(request))?.clone()),
      delete: (request) => Promise.resolve(entries.delete(url(request))),
    };
    return Promise.resolve(cache as Cache);
  }

  park(url: string, body: string, headers: Record<string, string>): void {
    const entries = this.caches.get(sharedFilesCacheName) ?? new Map<string, Response>();
    entries.set(url, new Response(body, { headers }));
    this.caches.set(sharedFilesCacheName, entries);
  }
}

const asCacheStorage = (fake: FakeCacheStorage) => fake as unknown as CacheStorage;

describe('takeSharedFiles', () => {
  it('returns the parked files in order, with names and types, and removes them', async () => {
    const storage = new FakeCacheStorage();
    storage.park('https://app.test/__shared__/1700000000000-0', '%PDF-1.7', {
      'Content-Type': 'application/pdf',
      'X-File-Name': encodeURIComponent('Rechnung März 2024.pdf'),
    });
    storage.park('https://app.test/__shared__/1700000000000-1', 'jpeg bytes', {
      'Content-Type': 'image/jpeg',
      'X-File-Name': encodeURIComponent('scan #2.jpg'),
    });

    const files = await takeSharedFiles(asCacheStorage(storage));

    expect(files.map((file) => [file.name, file.type])).toEqual([
      ['Rechnung März 2024.pdf', 'application/pdf'],
      ['scan #2.jpg', 'image/jpeg'],
    ]);
    expect(await files[0]?.text()).toBe('%PDF-1.7');
    expect(storage.caches.get(sharedFilesCacheName)?.size).toBe(0);
    expect(await takeSharedFiles(asCacheStorage(storage))).toEqual([]);
  });

  it('does not create the cache on a normal launch', async () => {
    const storage = new FakeCacheStorage();
    expect(await takeSharedFiles(asCacheStorage(storage))).toEqual([]);
    expect(storage.caches.size).toBe(0);
  });

  it('returns nothing where Cache Storage is unavailable', async () => {
    expect(await takeSharedFiles(undefined)).toEqual([]);
  });
});

describe('sharedFileFromResponse', () => {
  it('falls back to a generic name when the name is missing or malformed', async () => {
    const missing = await sharedFileFromResponse(new Response('x'));
    const malformed = await sharedFileFromResponse(
      new Response('x', { headers: { 'X-File-Name': '%E0%A4%A' } }),
    );
    expect([missing.name, malformed.name]).toEqual(['shared-file', 'shared-file']);
  });
});

describe('share-target query parameter', () => {
  it('recognises a share-target launch', () => {
    expect(isShareTargetLaunch(new URL('https://app.test/?share-target=1'))).toBe(true);
    expect(isShareTargetLaunch(new URL('https://app.test/?other=1'))).toBe(false);
  });

  it('removes only the share-target parameter', () => {
    const cleaned = withoutShareTargetParam(
      new URL('https://app.test/?share-target=1&view=inbox#top'),
    );
    expect(cleaned.href).toBe('https://app.test/?view=inbox#top');
    expect(withoutShareTargetParam(new URL('https://app.test/?share-target=1')).href).toBe(
      'https://app.test/',
    );
  });
});
