import { describe, expect, it, vi } from 'vitest';
import {
  connectUpdateFlow,
  registerServiceWorker,
  type UpdateFlowWorkbox,
} from '../../../src/clients/service-worker-client.ts';

type Lifecycle = 'installed' | 'waiting' | 'controlling';
type LifecycleEvent = { isUpdate?: boolean; isExternal?: boolean };

/** Stands in for workbox-window: the test fires the lifecycle events by hand. */
class FakeWorkbox implements UpdateFlowWorkbox {
  readonly listeners = new Map<Lifecycle, ((event: LifecycleEvent) => void)[]>();
  readonly messageSkipWaiting = vi.fn();

  addEventListener(type: Lifecycle, listener: (event: LifecycleEvent) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  fire(type: Lifecycle, event: LifecycleEvent = {}): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

function setUp() {
  const wb = new FakeWorkbox();
  const callbacks = { onOfflineReady: vi.fn(), onNeedRefresh: vi.fn() };
  const reload = vi.fn();
  const updater = connectUpdateFlow(wb, callbacks, reload);
  return { wb, callbacks, reload, updater };
}

describe('connectUpdateFlow', () => {
  it('reports offline ready after the first install, without reloading on its claim', () => {
    const { wb, callbacks, reload } = setUp();
    wb.fire('installed', {});
    wb.fire('controlling', { isUpdate: false });
    expect(callbacks.onOfflineReady).toHaveBeenCalledOnce();
    expect(callbacks.onNeedRefresh).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('prompts for a waiting update and reloads only once it takes control', async () => {
    const { wb, callbacks, reload, updater } = setUp();
    wb.fire('installed', { isUpdate: true });
    wb.fire('waiting', { isUpdate: true });
    expect(callbacks.onOfflineReady).not.toHaveBeenCalled();
    expect(callbacks.onNeedRefresh).toHaveBeenCalledOnce();
    expect(reload).not.toHaveBeenCalled();

    await updater.update();
    expect(wb.messageSkipWaiting).toHaveBeenCalledOnce();
    wb.fire('controlling', { isUpdate: true });
    expect(reload).toHaveBeenCalledOnce();
  });

  it('treats a version installed by another tab as an update', () => {
    const { wb, callbacks } = setUp();
    wb.fire('installed', { isExternal: true });
    wb.fire('waiting', { isExternal: true });
    expect(callbacks.onOfflineReady).not.toHaveBeenCalled();
    expect(callbacks.onNeedRefresh).toHaveBeenCalledOnce();
  });
});

describe('registerServiceWorker', () => {
  it('registers nothing outside a production build', async () => {
    const callbacks = { onOfflineReady: vi.fn(), onNeedRefresh: vi.fn() };
    expect(await registerServiceWorker(callbacks)).toBeUndefined();
  });
});
