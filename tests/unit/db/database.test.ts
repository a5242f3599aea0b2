import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeAppDatabase, openAppDatabase } from '../../../src/db/database.ts';
import { SCHEMA_VERSION } from '../../../src/db/schema.ts';
import './factories.ts';

afterEach(() => closeAppDatabase());

describe('openAppDatabase', () => {
  it('shares one connection per name', async () => {
    const name = crypto.randomUUID();
    const first = await openAppDatabase(name);
    expect(await openAppDatabase(name)).toBe(first);
    expect(await openAppDatabase(crypto.randomUUID())).not.toBe(first);
    await closeAppDatabase(name);
    expect(await openAppDatabase(name)).not.toBe(first);
  });

  it('steps aside when another tab upgrades the database', async () => {
    const name = crypto.randomUUID();
    const ours = await openAppDatabase(name);
    const blocked = vi.fn();
    const theirs = await openDB(name, SCHEMA_VERSION + 1, { blocked });
    expect(blocked).not.toHaveBeenCalled();
    expect(theirs.version).toBe(SCHEMA_VERSION + 1);
    expect(() => ours.transaction('documents')).toThrow();
    theirs.close();
    // The closed connection is forgotten; this tab's old code cannot open the newer version.
    await expect(openAppDatabase(name)).rejects.toMatchObject({ name: 'VersionError' });
  });
});
