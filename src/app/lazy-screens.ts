import { lazy } from 'react';

// Each route is its own chunk, so a device loads only the face it shows (the kiosk must
// stay within its first-load budget however large the other screens grow).

export const CaptureScreen = lazy(() =>
  import('../features/capture/capture-screen').then((module) => ({ default: module.CaptureScreen })),
);

export const KioskScreen = lazy(() =>
  import('./placeholders/kiosk-placeholder').then((module) => ({ default: module.KioskPlaceholder })),
);

export const BoardScreen = lazy(() =>
  import('./placeholders/board-placeholder').then((module) => ({ default: module.BoardPlaceholder })),
);

export const HuddleScreen = lazy(() =>
  import('./placeholders/huddle-placeholder').then((module) => ({ default: module.HuddlePlaceholder })),
);

export const AdminScreen = lazy(() =>
  import('./placeholders/admin-placeholder').then((module) => ({ default: module.AdminPlaceholder })),
);
