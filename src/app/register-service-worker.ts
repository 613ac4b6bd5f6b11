// Service worker registration. Updates ask, never surprise: a new version waits until the
// person taps Update (the generated worker has no skipWaiting of its own, registerType
// 'prompt'), and only then does the page reload, once the new worker controls it.
// workbox-window is imported lazily: registration can wait until after the first render,
// and its bytes stay off every route's first load (the kiosk budget is tight).
import type { Workbox } from 'workbox-window';
import { useAppUpdateStore } from './app-update-store';

/** The part of workbox-window's `Workbox` used here, so tests can pass a fake. */
export type UpdatableWorker = Pick<
  Workbox,
  'addEventListener' | 'register' | 'update' | 'messageSkipWaiting'
>;

type RegisterServiceWorkerOptions = {
  /** Only production builds have a service worker: in development it would serve stale code. */
  isEnabled?: boolean;
  createWorkbox?: (scriptUrl: string) => Promise<UpdatableWorker>;
  offerUpdate?: (applyUpdate: () => void) => void;
  reload?: () => void;
  /** Ward tablets stay open for days without a navigation, which is when browsers look. */
  updateCheckIntervalMilliseconds?: number;
};

const hourInMilliseconds = 60 * 60 * 1000;

const createRealWorkbox = async (scriptUrl: string): Promise<UpdatableWorker> => {
  const { Workbox } = await import('workbox-window');
  return new Workbox(scriptUrl);
};

/**
 * Registers `/sw.js` and offers waiting updates. Resolves to a function that stops the
 * update checks.
 */
export async function registerServiceWorker({
  isEnabled = import.meta.env.PROD && 'serviceWorker' in navigator,
  createWorkbox = createRealWorkbox,
  offerUpdate = (applyUpdate) => useAppUpdateStore.getState().offerUpdate(applyUpdate),
  reload = () => window.location.reload(),
  updateCheckIntervalMilliseconds = hourInMilliseconds,
}: RegisterServiceWorkerOptions = {}): Promise<() => void> {
  if (!isEnabled) return () => {};

  const workbox = await createWorkbox('/sw.js');
  let hasAskedToActivate = false;

  workbox.addEventListener('controlling', () => {
    // Only a takeover that the person asked for reloads the page, and only once.
    if (!hasAskedToActivate) return;
    hasAskedToActivate = false;
    reload();
  });

  workbox.addEventListener('waiting', () => {
    offerUpdate(() => {
      hasAskedToActivate = true;
      workbox.messageSkipWaiting();
    });
  });

  // A failed registration (private mode, storage full) leaves a working online app;
  // there is nothing useful to tell the person, so it is not an error on screen.
  workbox.register().catch(() => undefined);

  const timer = setInterval(() => {
    workbox.update().catch(() => undefined);
  }, updateCheckIntervalMilliseconds);
  return () => clearInterval(timer);
}
