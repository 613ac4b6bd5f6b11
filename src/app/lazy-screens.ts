import { lazy } from 'react';

// Each route is its own chunk, so a device loads only the face it shows (the kiosk must
// stay within its first-load budget however large the other screens grow).

export const CaptureScreen = lazy(() =>
  import('../features/capture/capture-screen').then((module) => ({ default: module.CaptureScreen })),
);

export const KioskScreen = lazy(() =>
  import('../features/kiosk/kiosk-screen').then((module) => ({ default: module.KioskScreen })),
);

export const BoardScreen = lazy(() =>
  import('../features/board/board-screen').then((module) => ({ default: module.BoardScreen })),
);

export const HuddleScreen = lazy(() =>
  import('../features/huddle/huddle-screen').then((module) => ({ default: module.HuddleScreen })),
);

export const AdminScreen = lazy(() =>
  import('../features/admin/admin-screen').then((module) => ({ default: module.AdminScreen })),
);

export const SetupScreen = lazy(() =>
  import('../features/setup/setup-screen').then((module) => ({ default: module.SetupScreen })),
);
