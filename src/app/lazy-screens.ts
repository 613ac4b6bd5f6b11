import { createElement, lazy, useState, type ComponentType } from 'react';

// Each route is its own chunk, so a device loads only the face it shows (the kiosk must
// stay within its first-load budget however large the other screens grow).

/** A lazily loaded screen that can be fetched ahead of its first render. */
export type PreloadableScreen<Props extends object> = ComponentType<Props> & {
  /**
   * Fetches the chunk now. Once it has resolved, the screen renders directly instead of through
   * React.lazy, so it never suspends: no "Loading…" fallback is committed, after which React would
   * hold the real screen back for up to 300 ms.
   */
  preload: () => Promise<unknown>;
};

/** A lazily loaded named export (React.lazy wants a default one), which can be preloaded. */
const lazyNamed = <Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): PreloadableScreen<Props> => {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed fetch (offline without the worker, a new deployment) may be tried again.
        loading = undefined;
        throw error;
      },
    ));
  const LazyScreen = lazy(() => preload().then((component) => ({ default: component })));
  const Screen = (props: Props) => {
    // Chosen once per mount: switching from the lazy wrapper to the loaded component on a later
    // render would remount the screen and drop what someone had typed.
    const [Component] = useState<ComponentType<Props>>(() => loaded ?? LazyScreen);
    return createElement(Component, props);
  };
  return Object.assign(Screen, { preload });
};

export const CaptureScreen = lazyNamed(() =>
  import('../features/capture/capture-screen').then((module) => module.CaptureScreen),
);

export const KioskScreen = lazyNamed(() =>
  import('../features/kiosk/kiosk-screen').then((module) => module.KioskScreen),
);

export const BoardScreen = lazyNamed(() =>
  import('../features/board/board-screen').then((module) => module.BoardScreen),
);

export const HuddleScreen = lazyNamed(() =>
  import('../features/huddle/huddle-screen').then((module) => module.HuddleScreen),
);

export const AdminScreen = lazyNamed(() =>
  import('../features/admin/admin-screen').then((module) => module.AdminScreen),
);

export const SetupRoute = lazyNamed(() => import('./setup-route').then((module) => module.SetupRoute));

// What only a staff tablet shows is one chunk (staff-face.ts), which a kiosk never loads.
const staffFace = () => import('./staff-face');

export const StaffRoutes = lazyNamed(() => staffFace().then((module) => module.StaffRoutes));

export const StaffNavigation = lazyNamed(() => staffFace().then((module) => module.StaffNavigation));

export const StaffLockControls = lazyNamed(() => staffFace().then((module) => module.StaffLockControls));
