import { lazy, type ComponentType } from 'react';

// Each staff screen is its own chunk, so a device loads only the face it shows (the kiosk must stay
// within its first-load budget however large the other screens grow). The kiosk itself is in the
// entry (kiosk-route.tsx).

/** A lazily loaded named export, as React.lazy wants a default one. */
const lazyNamed = <Props extends object>(load: () => Promise<ComponentType<Props>>) =>
  lazy(() => load().then((component) => ({ default: component })));

export const CaptureScreen = lazyNamed(() =>
  import('../features/capture/capture-screen').then((module) => module.CaptureScreen),
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
