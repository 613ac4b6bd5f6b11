import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker, type UpdatableWorker } from './register-service-worker';
import { useAppUpdateStore } from './app-update-store';

type Listener = () => void;

/** Stands in for workbox-window: the test fires its lifecycle events by hand. */
function createFakeWorkbox() {
  const listeners = new Map<string, Listener[]>();
  const fake = {
    scriptUrl: '',
    register: vi.fn(async () => undefined),
    update: vi.fn(async () => undefined),
    messageSkipWaiting: vi.fn(),
    addEventListener: vi.fn((type: string, listener: Listener) => {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    }),
    fire: (type: string) => (listeners.get(type) ?? []).forEach((listener) => listener()),
  };
  return fake;
}

describe('registerServiceWorker', () => {
  let stop: () => void = () => {};

  beforeEach(() => {
    useAppUpdateStore.setState(useAppUpdateStore.getInitialState(), true);
  });

  afterEach(() => stop());

  const start = async (reload = vi.fn()) => {
    const workbox = createFakeWorkbox();
    stop = await registerServiceWorker({
      isEnabled: true,
      createWorkbox: async (scriptUrl) => {
        workbox.scriptUrl = scriptUrl;
        return workbox as unknown as UpdatableWorker;
      },
      reload,
    });
    return { workbox, reload };
  };

  it('registers /sw.js', async () => {
    const { workbox } = await start();

    expect(workbox.scriptUrl).toBe('/sw.js');
    expect(workbox.register).toHaveBeenCalledTimes(1);
  });

  it('does nothing when disabled (development builds)', async () => {
    const createWorkbox = vi.fn();
    await registerServiceWorker({ isEnabled: false, createWorkbox });

    expect(createWorkbox).not.toHaveBeenCalled();
  });

  it('offers a waiting version without activating it', async () => {
    const { workbox, reload } = await start();

    workbox.fire('waiting');

    expect(useAppUpdateStore.getState().isUpdateWaiting).toBe(true);
    expect(workbox.messageSkipWaiting).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('on Update, asks the waiting worker to activate and reloads once it controls the page', async () => {
    const { workbox, reload } = await start();
    workbox.fire('waiting');

    useAppUpdateStore.getState().applyUpdate();
    expect(workbox.messageSkipWaiting).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();

    workbox.fire('controlling');
    workbox.fire('controlling');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('never reloads for a takeover nobody asked for', async () => {
    const { workbox, reload } = await start();

    workbox.fire('controlling');

    expect(reload).not.toHaveBeenCalled();
  });

  it('checks for a new version every hour', async () => {
    vi.useFakeTimers();
    try {
      const { workbox } = await start();

      vi.advanceTimersByTime(60 * 60 * 1000);

      expect(workbox.update).toHaveBeenCalledTimes(1);
    } finally {
      stop();
      vi.useRealTimers();
    }
  });
});
